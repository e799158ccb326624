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
//! keeps its name and changes its key). This module models the chain as
//! given: one that ends at a CA certificate whose issuer was not given ends
//! at that issuer, named in [`Chain::needed_root`]; whether clients have it,
//! and accept the chain, is the validation's verdict (rustls-webpki against
//! the root stores and the given roots, [`crate::inspect::validation`]).
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

mod bundle;
mod diagnosis;
mod model;
mod search;

pub use bundle::{fetch_command, pem};
use model::{order_by_input, out_of_order, places};
pub use model::{
    Alternative, Chain, ClientVerdict, GivenAt, GivenOrder, IssuerNeeded, Link, MissingCrossSign,
    Placement, ProgramVerdict, Trust, Validation,
};
pub use search::{
    End, Spent, CHAIN_SIGNATURES, CHAIN_STEPS, MAX_CHAIN_LENGTH, TOTAL_SIGNATURES, TOTAL_STEPS,
};

use crate::inspect::certificate::Certificate;
use crate::inspect::finding::Finding;
use crate::inspect::input::InputReport;
use crate::inspect::issuance;
use crate::inspect::signature::{self, Verdict};
use crate::inspect::time::Timestamp;
use search::{Graph, Path};
use std::collections::{HashMap, HashSet};

/// Everything the chain analysis adds to the report.
#[derive(Clone, Debug, Default)]
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
                (Some(c), Some(i)) => issuance::key_ids(c, i).word(),
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
    let spki = certificates.get(issuer)?.spki();
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

/// The inputs that list more certificates than they show: an s_client
/// capture without -showcerts, where a missing issuer was sent but not
/// printed.
fn partial_inputs(places: &[Vec<GivenAt>], inputs: &[InputReport]) -> HashSet<usize> {
    let mut shown = vec![0usize; inputs.len()];
    for at in places.iter().flatten() {
        if let Some(n) = shown.get_mut(at.input) {
            *n = n.saturating_add(1);
        }
    }
    inputs
        .iter()
        .zip(&shown)
        .enumerate()
        .filter(|(_, (input, &shown))| input.certificates_sent.is_some_and(|sent| sent > shown))
        .map(|(i, _)| i)
        .collect()
}

/// Builds every chain from `certificates` (the report's deduplicated pool)
/// as the `inputs` gave them, and judges them at `at`. Where `prefer` holds
/// the path clients build from a leaf (leaf first), that leaf's chain is
/// that path when it is one of the paths found.
pub fn analyze(
    certificates: &[Certificate],
    inputs: &[InputReport],
    at: Timestamp,
    prefer: &[Vec<usize>],
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
    for (start, found) in &mut kept {
        if let Some(path) = prefer.iter().find(|p| p.first() == Some(start)) {
            found.prefer(path);
        }
    }

    let chains: Vec<Chain> = kept
        .iter()
        .map(|(_, found)| build_chain(certificates, &places, found))
        .collect();

    let partial = partial_inputs(&places, inputs);

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
