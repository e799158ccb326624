//! Chains: every certificate of every input pooled, each leaf's path up to a
//! root rebuilt, and the given files judged against it.
//!
//! nginx sends `ssl_certificate` exactly as written: the leaf first, then each
//! intermediate after the certificate it signed. `ssl_stapling_verify` needs
//! `ssl_trusted_certificate` to hold the intermediates and the root. This
//! module finds the right order (`chain/search.rs`), says what is wrong with
//! the given one (`chain/diagnosis.rs`) and writes both files
//! (`chain/bundle.rs`).
//!
//! Links are found by issuer name, then authority/subject key id, then a
//! signature check: a name alone is not enough (a CA's renewed intermediate
//! keeps its name and changes its key). certscope has no trust store, so a
//! chain that ends at a CA certificate whose issuer was not given is taken to
//! end at a root the clients have; that root is named in
//! [`Chain::needed_root`].

mod bundle;
mod diagnosis;
mod search;

pub use bundle::{fetch_command, pem};
pub use search::{
    End, Spent, CHAIN_SIGNATURES, CHAIN_STEPS, MAX_CHAIN_LENGTH, TOTAL_SIGNATURES, TOTAL_STEPS,
};

use crate::inspect::certificate::Certificate;
use crate::inspect::finding::Finding;
use crate::inspect::input::InputReport;
use crate::inspect::input::Location;
use crate::inspect::signature::{self, Verdict};
use crate::inspect::time::Timestamp;
use search::{Graph, Path};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Everything the chain analysis adds to the report.
#[derive(Clone, Debug)]
pub struct ChainAnalysis {
    /// The main chain first (the leaf whose path is most complete), then any
    /// other leaf's chain, in the order the leaves were given.
    pub chains: Vec<Chain>,
    pub findings: Vec<Finding>,
    /// Signature checks and path steps used by the whole search.
    pub spent: Spent,
    /// Some path was cut short because a budget ran out.
    pub budget_exhausted: bool,
}

/// One chain: a leaf and the certificates above it, in the right order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    /// Indices into `certificates`, leaf first.
    pub order: Vec<usize>,
    /// Verified end to end: no certificate is missing (the chain ends in a
    /// self-signed root, or at a CA certificate whose issuer, named in
    /// `needed_root`, is taken to be a root the clients trust) and every
    /// signature it rests on verified. When false, `missing_issuer` names
    /// the gap; when there is none, a link failed (`signature: invalid`),
    /// could not be checked (`unsupported`, or `root_signature`
    /// `unsupported`: the path is still built and shown, but it is
    /// unchecked), or the path ended in a cycle.
    pub complete: bool,
    /// The chain ends in a self-signed root that was given.
    pub root_included: bool,
    /// The self-signature of the self-issued certificate the chain ends at:
    /// `valid`, `invalid` (`end` is then `bad-self-signature`) or
    /// `unsupported`; `null` when the chain does not end at one.
    #[serde(deserialize_with = "crate::inspect::intern::optional_static_str")]
    pub root_signature: Option<crate::inspect::intern::Word>,
    /// `links[i]`: `order[i]` issued by `order[i + 1]`.
    pub links: Vec<Link>,
    /// The certificate that should come next and was not given (or was
    /// given with the wrong key).
    pub missing_issuer: Option<IssuerNeeded>,
    /// How the path ends: `root`, `anchor` (issuer taken to be a trusted
    /// root), `missing`, `bad-self-signature`, `cycle`, `too-long`, `budget`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub end: crate::inspect::intern::Word,
    /// When the chain is complete but its root was not given: the root
    /// clients must trust, and `ssl_trusted_certificate` must hold.
    pub needed_root: Option<IssuerNeeded>,
    /// Whether the given files hold the chain in the right order.
    pub given_order: GivenOrder,
    /// For each certificate of `order`: where it was given, and where it
    /// belongs.
    pub positions: Vec<Placement>,
    /// Leaf and intermediates, leaf first: the file for nginx's
    /// `ssl_certificate`. Stops before a link that does not verify.
    pub fullchain_pem: String,
    /// Intermediates and root (when given): the file for
    /// `ssl_trusted_certificate`.
    pub trusted_pem: String,
    /// Other fully verified paths from the same leaf (cross-signs).
    pub alternatives: Vec<Alternative>,
    /// Whether the chain ends in a root of Mozilla's store (issue 15; set by
    /// [`crate::inspect::trust::judge`], `null` before).
    /// The page reads the verdict from the findings, so its wasm carries no
    /// decoder for it.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub trust: Option<Trust>,
}

/// A chain's trust verdict, set by the trust analysis (`trust::judge`,
/// which depends on this module, never the other way round).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trust {
    /// `mozilla`.
    pub program: String,
    /// `YYYY-MM-DD`: see `trust::AS_OF`.
    pub as_of: String,
    /// The store root the chain ends in (RFC 4514), or `null`.
    pub anchor: Option<String>,
    /// The chain's links up to a store root all verify.
    pub trusted: bool,
    /// `webpki-root-certs 1.0.11`.
    pub store: String,
    /// The store root's SHA-256 fingerprint (lowercase hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor_sha256: Option<String>,
    /// Index into `certificates` of the certificate the store root signed
    /// or is (a given root, or a cross-sign of a store root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchored_at: Option<usize>,
    /// `issued` (the last given certificate was signed by the store root),
    /// `given` (the store root itself was given), `cross-sign` (a given CA
    /// has the store root's subject and key), or `none`.
    pub how: String,
}

impl Chain {
    /// The chain's verdict in one word: `complete` (verified end to end),
    /// `incomplete` (a certificate is missing, or the path stops short of a
    /// root), `invalid` (built to the end, but a signature fails) or
    /// `unchecked` (built to the end, but a signature could not be checked).
    pub fn verdict(&self) -> &'static str {
        let reached = self.missing_issuer.is_none() && matches!(self.end, "root" | "anchor");
        if self.complete {
            "complete"
        } else if !reached {
            "incomplete"
        } else if self.links.iter().any(|l| l.signature == "invalid") {
            "invalid"
        } else {
            "unchecked"
        }
    }
}

/// One "issued by" link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Index into `certificates` of the certificate that was signed.
    pub child: usize,
    /// Index into `certificates` of the certificate whose key checks it.
    pub issuer: usize,
    /// `valid`, `invalid` or `unsupported`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub signature: crate::inspect::intern::Word,
    /// The child's authority key id against the issuer's subject key id:
    /// `match`, `mismatch`, or `absent` when either is missing.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub key_ids: crate::inspect::intern::Word,
    /// Why the signature could not be checked, for `unsupported`; for
    /// `invalid`, what makes it fail whatever the bytes (a key of another
    /// type, an inner algorithm that differs from the outer one, …), when
    /// that is the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// An issuer certscope was not given: what to look for and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuerNeeded {
    /// The distinguished name the certificate names as its issuer.
    pub issuer: String,
    /// The certificate's authority key id (the issuer's subject key id).
    pub authority_key_id: Option<String>,
    /// The certificate's CA Issuers URLs (AIA), where the issuer is served.
    pub ca_issuers_urls: Vec<String>,
    /// Index of the certificate whose issuer this is.
    pub child: usize,
    /// One command per fetchable URL, saving the issuer to `issuer.pem`.
    pub fetch_commands: Vec<String>,
}

/// Whether the given files hold the chain in the right order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GivenOrder {
    /// One input holds the leaf and intermediates, in order.
    Correct,
    /// Some input holds two of the chain's certificates the wrong way round.
    Incorrect,
    /// Each input is in order, but no one input holds the whole chain.
    Split,
}

/// Where one certificate of a chain was given, and where it belongs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// Index into `certificates`.
    pub certificate: usize,
    /// 1-based position in the corrected chain.
    pub correct: usize,
    /// Every place it was given (more than one for a duplicate).
    pub given: Vec<GivenAt>,
}

/// One place a certificate was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenAt {
    /// Index into `inputs`.
    pub input: usize,
    pub input_name: String,
    /// 1-based position among that input's certificates.
    pub position: usize,
    /// Where in the input it starts (`line 27`, `byte 0`).
    pub location: Location,
}

/// Another verified path from the same leaf.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternative {
    /// Indices into `certificates`, leaf first, as in [`Chain::order`].
    pub order: Vec<usize>,
    /// All verify.
    pub links: Vec<Link>,
    /// Ends in a self-signed root that was given.
    pub root_included: bool,
}

/// Where each certificate was given, indexed by certificate: every
/// `(input, position)` in input order, a PKCS#7 bundle's certificates in
/// bundle order. Built once so no later step scans every input per chain.
fn places(inputs: &[InputReport], count: usize) -> Vec<Vec<GivenAt>> {
    let mut places: Vec<Vec<GivenAt>> = vec![Vec::new(); count];
    for (input, report) in inputs.iter().enumerate() {
        // A certificate printed inside a staple's text is the responder's,
        // not something the server sends in its chain.
        let served = report.objects.iter().filter(|o| o.embedded_in.is_none());
        let certs = served.flat_map(|o| {
            o.certificate
                .into_iter()
                .chain(o.certificates.iter().copied())
                .map(move |c| (c, o.location))
        });
        for (n, (c, location)) in certs.enumerate() {
            if let Some(list) = places.get_mut(c) {
                list.push(GivenAt {
                    input,
                    input_name: report.name.clone(),
                    position: n.saturating_add(1),
                    location,
                });
            }
        }
    }
    places
}

/// The chain's certificates as each input gives them: for every input
/// holding any, `(position, rank in the chain)` sorted by position.
fn order_by_input(
    places: &[Vec<GivenAt>],
    order: &[usize],
) -> BTreeMap<usize, Vec<(usize, usize)>> {
    let mut by_input: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (rank, &c) in order.iter().enumerate() {
        for at in places.get(c).map_or(&[][..], Vec::as_slice) {
            by_input
                .entry(at.input)
                .or_default()
                .push((at.position, rank));
        }
    }
    for list in by_input.values_mut() {
        list.sort_unstable();
    }
    by_input
}

/// Some certificate comes after one it should precede.
fn out_of_order(list: &[(usize, usize)]) -> bool {
    list.windows(2)
        .any(|w| matches!(w, [(_, a), (_, b)] if a > b))
}

/// Short names for messages: the CN, with the serial added where two
/// certificates share a CN (a cross-sign, a renewed intermediate).
fn labels(certificates: &[Certificate]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for c in certificates {
        let n = seen.entry(c.display_name()).or_default();
        *n = n.saturating_add(1);
    }
    certificates
        .iter()
        .map(|c| {
            let name = c.display_name();
            if seen.get(name).is_some_and(|&n| n > 1) {
                format!("{name} (serial {})", c.serial)
            } else {
                name.to_string()
            }
        })
        .collect()
}

fn key_ids(child: &Certificate, issuer: &Certificate) -> &'static str {
    match (&child.authority_key_id, &issuer.subject_key_id) {
        (Some(a), Some(s)) if a == s => "match",
        (Some(_), Some(_)) => "mismatch",
        _ => "absent",
    }
}

fn links(certificates: &[Certificate], path: &Path) -> Vec<Link> {
    path.order
        .iter()
        .zip(path.order.iter().skip(1))
        .zip(&path.verdicts)
        .map(|((&child, &issuer), verdict)| Link {
            child,
            issuer,
            signature: verdict.word(),
            key_ids: match (certificates.get(child), certificates.get(issuer)) {
                (Some(c), Some(i)) => key_ids(c, i),
                _ => "absent",
            },
            detail: match verdict {
                Verdict::Unsupported(why) => Some(why.clone()),
                Verdict::Invalid => defect(certificates, child, issuer),
                Verdict::Valid => None,
            },
        })
        .collect()
}

/// The structural reason the signature on `child` fails with the key of
/// `issuer`, if that is why.
fn defect(certificates: &[Certificate], child: usize, issuer: usize) -> Option<String> {
    let signed = signature::signed_parts(&certificates.get(child)?.der)?;
    let spki = signature::certificate_spki(&certificates.get(issuer)?.der)?;
    signature::defect(spki, &signed)
}

fn issuer_needed(certificates: &[Certificate], child: usize) -> Option<IssuerNeeded> {
    let c = certificates.get(child)?;
    Some(IssuerNeeded {
        issuer: c.issuer.clone(),
        authority_key_id: c.authority_key_id.clone(),
        ca_issuers_urls: c.ca_issuers_urls.clone(),
        child,
        fetch_commands: c
            .ca_issuers_urls
            .iter()
            .filter_map(|u| fetch_command(u))
            .collect(),
    })
}

/// The certificate whose issuer is missing: the child of the first link
/// that fails with key ids that do not match (a different certificate of
/// the same name), else the top of a path that ran out of issuers.
fn missing_child(certificates: &[Certificate], path: &Path) -> Option<usize> {
    let broken = links(certificates, path)
        .into_iter()
        .find(|l| l.signature == "invalid" && l.key_ids != "match");
    match broken {
        Some(link) => Some(link.child),
        None if path.end == End::Missing => path.order.last().copied(),
        None => None,
    }
}

/// The chain's certificates up to the first link that fails: what can go
/// into a bundle.
fn usable(path: &Path) -> &[usize] {
    let cut = path
        .verdicts
        .iter()
        .position(|v| *v == Verdict::Invalid)
        .map_or(path.order.len(), |k| k.saturating_add(1));
    path.order.get(..cut).unwrap_or(&path.order)
}

fn end_word(end: End) -> &'static str {
    match end {
        End::Root => "root",
        End::Anchor => "anchor",
        End::Missing => "missing",
        End::BadSelfSignature => "bad-self-signature",
        End::Cycle => "cycle",
        End::TooLong => "too-long",
        End::Budget => "budget",
    }
}

fn build_chain(
    certificates: &[Certificate],
    places: &[Vec<GivenAt>],
    found: &search::Found,
) -> Chain {
    let path = &found.best;
    let missing = missing_child(certificates, path);
    let reached = missing.is_none() && matches!(path.end, End::Root | End::Anchor);
    let complete = reached && path.is_good();
    let root_included = path.end == End::Root;
    let root_signature = match (path.end, &path.root_signature) {
        (End::Root, Some(v)) => Some(v.word()),
        (End::BadSelfSignature, _) => Some(Verdict::Invalid.word()),
        _ => None,
    };
    let usable = usable(path);
    let root = if root_included {
        path.order.last().copied()
    } else {
        None
    };
    let pem_of = |list: &mut dyn Iterator<Item = &usize>| -> String {
        list.filter_map(|&i| certificates.get(i))
            .map(|c| pem(&c.der))
            .collect()
    };
    let fullchain_pem = pem_of(&mut usable.iter().filter(|&&i| Some(i) != root));
    let trusted_pem = pem_of(&mut usable.iter().skip(1));
    let needed_root = if reached && path.end == End::Anchor {
        path.order
            .last()
            .and_then(|&top| issuer_needed(certificates, top))
    } else {
        None
    };
    let positions = path
        .order
        .iter()
        .enumerate()
        .map(|(k, &certificate)| Placement {
            certificate,
            correct: k.saturating_add(1),
            given: places.get(certificate).cloned().unwrap_or_default(),
        })
        .collect();
    // The order is judged on everything given, a broken link or not.
    let bundle: Vec<usize> = path
        .order
        .iter()
        .copied()
        .filter(|&i| Some(i) != root)
        .collect();
    Chain {
        order: path.order.clone(),
        complete,
        root_included,
        root_signature,
        links: links(certificates, path),
        missing_issuer: missing.and_then(|child| issuer_needed(certificates, child)),
        end: end_word(path.end),
        needed_root,
        given_order: given_order(places, &path.order, &bundle),
        positions,
        fullchain_pem,
        trusted_pem,
        alternatives: found
            .alternatives
            .iter()
            .map(|p| Alternative {
                order: p.order.clone(),
                links: links(certificates, p),
                root_included: p.end == End::Root,
            })
            .collect(),
        trust: None,
    }
}

/// Judges the given order of one chain: within every input the chain's
/// certificates must come in chain order (leaf first), and some input must
/// hold the whole `ssl_certificate` part (leaf and intermediates).
fn given_order(places: &[Vec<GivenAt>], order: &[usize], bundle: &[usize]) -> GivenOrder {
    let by_input = order_by_input(places, order);
    if by_input.values().any(|list| out_of_order(list)) {
        return GivenOrder::Incorrect;
    }
    let holds_bundle = by_input.keys().any(|&input| {
        bundle.iter().all(|&b| {
            places
                .get(b)
                .is_some_and(|at| at.iter().any(|g| g.input == input))
        })
    });
    if holds_bundle || by_input.len() <= 1 {
        GivenOrder::Correct
    } else {
        GivenOrder::Split
    }
}

/// How many certificates `openssl s_client` output says the server sent:
/// the numbered ` 0 s:…` entries of its "Certificate chain" section(s).
/// Without `-showcerts` s_client prints the PEM of the first one only, so a
/// capture can list more than it shows. `None` when the text is not
/// s_client output.
pub fn s_client_sent(bytes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut sections = 0usize;
    let mut sent = 0usize;
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line == "Certificate chain" {
            inside = true;
            sections = sections.saturating_add(1);
        } else if line == "---" {
            inside = false;
        } else if inside {
            let entry = line.trim_start();
            let digits = entry.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && entry.get(digits..).is_some_and(|r| r.starts_with(" s:")) {
                sent = sent.saturating_add(1);
            }
        }
    }
    (sections > 0).then_some(sent)
}

/// A certificate that heads a chain: [`Certificate::is_server_leaf`].
fn is_leaf(certificates: &[Certificate], i: usize) -> bool {
    certificates.get(i).is_some_and(Certificate::is_server_leaf)
}

/// No leaf at all (an intermediates bundle, a root, a cycle): each chain
/// starts from a certificate nobody here names as issuer, else from the first
/// one left, until every certificate is in some chain.
fn leafless_chains(
    graph: &mut Graph<'_>,
    covered: &mut HashSet<usize>,
) -> Vec<(usize, search::Found)> {
    let count = graph.len();
    let mut named_as_issuer = vec![false; count];
    for child in 0..count {
        for &issuer in graph.issuers_of(child) {
            if let Some(flag) = named_as_issuer.get_mut(issuer) {
                *flag = true;
            }
        }
    }
    let mut chains = Vec::new();
    // Each round covers at least its start, so there are at most `count`.
    loop {
        let left: Vec<usize> = (0..count).filter(|i| !covered.contains(i)).collect();
        let Some(&first) = left.first() else {
            return chains;
        };
        let start = left
            .iter()
            .copied()
            .find(|&i| !graph.is_self_issued(i) && named_as_issuer.get(i) == Some(&false))
            .unwrap_or(first);
        let found = graph.search(start);
        covered.insert(start);
        covered.extend(found.best.order.iter().copied());
        for alt in &found.alternatives {
            covered.extend(alt.order.iter().copied());
        }
        chains.push((start, found));
    }
}

/// Builds every chain from `certificates` (the report's deduplicated pool)
/// as the `inputs` gave them, and judges them at `at`.
pub fn analyze(
    certificates: &[Certificate],
    inputs: &[InputReport],
    at: Timestamp,
) -> ChainAnalysis {
    let places = places(inputs, certificates.len());
    // Only certificates given as such take part; one that came only inside
    // a staple (a responder's) is not part of what the server sends.
    let given: Vec<bool> = places.iter().map(|p| !p.is_empty()).collect();
    let mut graph = Graph::new(certificates, &given);
    let labels = labels(certificates);

    // Each leaf's best path; the most complete (then longest) one is the main
    // chain. Another leaf that stands alone, nothing given above it, is an
    // extra certificate rather than a chain of its own.
    let leaves: Vec<usize> = (0..certificates.len())
        .filter(|&i| given.get(i) == Some(&true) && is_leaf(certificates, i))
        .collect();
    let mut leaf_chains: Vec<(usize, search::Found)> =
        leaves.into_iter().map(|i| (i, graph.search(i))).collect();
    let main = leaf_chains
        .iter()
        .enumerate()
        .min_by_key(|(_, (start, f))| {
            (
                !f.best.is_good(),
                std::cmp::Reverse(f.best.order.len()),
                *start,
            )
        })
        .map(|(k, _)| k);
    if let Some(k) = main {
        if k < leaf_chains.len() {
            let chosen = leaf_chains.remove(k);
            leaf_chains.insert(0, chosen);
        }
    }
    let mut kept: Vec<(usize, search::Found)> = Vec::new();
    let mut lone_leaves: Vec<usize> = Vec::new();
    for (n, (start, found)) in leaf_chains.into_iter().enumerate() {
        if n > 0 && found.best.order.len() == 1 && !found.best.is_good() {
            lone_leaves.push(start);
        } else {
            kept.push((start, found));
        }
    }

    // Certificates not given count as covered: never a chain, never extra.
    let mut covered: HashSet<usize> = (0..certificates.len())
        .filter(|&i| given.get(i) != Some(&true))
        .collect();
    for (_, f) in &kept {
        covered.extend(f.best.order.iter().copied());
        for alt in &f.alternatives {
            covered.extend(alt.order.iter().copied());
        }
    }
    if kept.is_empty() {
        kept = leafless_chains(&mut graph, &mut covered);
    }

    let chains: Vec<Chain> = kept
        .iter()
        .map(|(_, found)| build_chain(certificates, &places, found))
        .collect();

    // s_client captures that list more certificates than they show: a
    // missing issuer there was sent but not printed (no -showcerts).
    let mut shown = vec![0usize; inputs.len()];
    for at in places.iter().flatten() {
        if let Some(n) = shown.get_mut(at.input) {
            *n = n.saturating_add(1);
        }
    }
    let partial: HashSet<usize> = inputs
        .iter()
        .zip(&shown)
        .enumerate()
        .filter(|(_, (input, &shown))| input.certificates_sent.is_some_and(|sent| sent > shown))
        .map(|(i, _)| i)
        .collect();

    let context = diagnosis::Context {
        certificates,
        labels: &labels,
        inputs,
        places: &places,
        partial: &partial,
        at,
    };
    let mut findings = diagnosis::Findings::default();
    for (n, ((_, found), chain)) in kept.iter().zip(&chains).enumerate() {
        context.chain(&mut findings, &graph, chain, found, n == 0);
    }
    let leaves: Vec<(usize, &Chain)> = kept
        .iter()
        .zip(&chains)
        .filter(|((start, _), _)| is_leaf(certificates, *start))
        .map(|((start, _), chain)| (*start, chain))
        .collect();
    context.multiple_leaves(&mut findings, &leaves);
    context.duplicates(&mut findings);
    let main_chain = chains.first();
    for i in (0..certificates.len()).filter(|i| !covered.contains(i)) {
        let lone = lone_leaves.contains(&i);
        context.unrelated(&mut findings, &mut graph, i, main_chain, lone);
    }
    if graph.exhausted {
        context.budget(&mut findings, graph.total);
    }

    ChainAnalysis {
        chains,
        findings: findings.list,
        spent: graph.total,
        budget_exhausted: graph.exhausted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s_client_lists_what_the_server_sent() {
        // Shape of `openssl s_client -status` (no -showcerts) output, OpenSSL 3.
        let capture = "CONNECTED(00000003)\n---\nCertificate chain\n 0 s:O = t, CN = www.example.test\n   i:O = t, CN = R2\n   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256\n 1 s:O = t, CN = R2\n   i:O = t, CN = R1\n---\nServer certificate\n";
        assert_eq!(s_client_sent(capture.as_bytes()), Some(2));
        assert_eq!(
            s_client_sent(capture.replace('\n', "\r\n").as_bytes()),
            Some(2)
        );
        assert_eq!(s_client_sent(b"-----BEGIN CERTIFICATE-----\n"), None);
    }
}
