//! Findings about chains, in SSL Labs' words ("Incomplete", "Incorrect
//! order", "Contains anchor", "Extra certs") and each with what it means for
//! nginx. Every message names the certificates by CN.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use super::model::{order_by_input, out_of_order, Chain, GivenAt, GivenOrder};
use super::search::{
    End, Found, Graph, Spent, CHAIN_SIGNATURES, CHAIN_STEPS, MAX_CHAIN_LENGTH, TOTAL_SIGNATURES,
    TOTAL_STEPS,
};
use crate::inspect::certificate::Certificate;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::input::InputReport;
use crate::inspect::signature::Verdict;
use crate::inspect::time::Timestamp;
use std::collections::{BTreeMap, HashSet};

/// What the messages need to know.
pub struct Context<'a> {
    pub certificates: &'a [Certificate],
    pub labels: &'a [String],
    pub inputs: &'a [InputReport],
    pub places: &'a [Vec<GivenAt>],
    /// Inputs (s_client captures) that list more certificates than they show.
    pub partial: &'a HashSet<usize>,
    pub at: Timestamp,
}

/// Findings, each at most once per code and subject (a certificate shared by
/// several chains is judged once).
#[derive(Default)]
pub struct Findings {
    pub list: Vec<Finding>,
    seen: HashSet<(&'static str, usize, usize)>,
}

impl Findings {
    fn push(&mut self, key: (usize, usize), finding: Finding) {
        if self.seen.insert((finding.code, key.0, key.1)) {
            self.list.push(finding);
        }
    }
}

/// "a → b → c".
fn arrow(names: &[&str]) -> String {
    names.join(" → ")
}

impl Context<'_> {
    fn name(&self, i: usize) -> &str {
        self.labels.get(i).map_or("?", String::as_str)
    }

    fn cert(&self, i: usize) -> Option<&Certificate> {
        self.certificates.get(i)
    }

    fn names(&self, order: &[usize]) -> String {
        arrow(&order.iter().map(|&i| self.name(i)).collect::<Vec<_>>())
    }

    fn input_name(&self, input: usize) -> &str {
        self.inputs.get(input).map_or("?", |i| i.name.as_str())
    }

    fn places_of(&self, i: usize) -> &[GivenAt] {
        self.places.get(i).map_or(&[], Vec::as_slice)
    }

    /// "unrelated.pem #3" for every place certificate `i` was given.
    fn given_at(&self, i: usize) -> String {
        self.places_of(i)
            .iter()
            .map(|g| format!("{} #{}", g.input_name, g.position))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Everything about one chain. `main`: the first chain of the report.
    pub fn chain(
        &self,
        out: &mut Findings,
        graph: &Graph<'_>,
        chain: &Chain,
        found: &Found,
        main: bool,
    ) {
        let Some(&leaf) = chain.order.first() else {
            return;
        };
        let leaf_name = self.name(leaf);
        self.missing(out, chain);
        self.bad_links(out, chain);
        self.path_end(out, graph, chain, found.best.end, (leaf, leaf_name));
        self.unchecked(out, chain, found);
        self.constraints(out, chain);
        self.validity(out, chain, leaf_name);
        self.strength(out, chain);
        self.order(out, chain, leaf_name, main);
        self.root(out, chain, leaf_name);
        self.alternatives(out, found, leaf, leaf_name);
    }

    /// The certificate missing above the chain: a capture without
    /// `-showcerts`, or an issuer that was not given.
    fn missing(&self, out: &mut Findings, chain: &Chain) {
        let capture = chain.missing_issuer.as_ref().and_then(|m| {
            self.places_of(m.child)
                .iter()
                .find(|g| self.partial.contains(&g.input))
                .map(|g| (m, g))
        });
        if let Some((missing, at)) = capture {
            let c = self.name(missing.child);
            let sent = self
                .inputs
                .get(at.input)
                .and_then(|i| i.certificates_sent)
                .unwrap_or(0);
            let key = missing
                .authority_key_id
                .as_ref()
                .map_or_else(String::new, |k| format!(", key id {k}"));
            out.push(
                (missing.child, 0),
                Finding::new(
                    Severity::Warning,
                    "chain-partial-capture",
                    format!(
                        "Chain not captured: {} is openssl s_client output whose \"Certificate chain\" lists {sent} certificates sent by the server, but without -showcerts it prints the PEM of the first only ({c}). So certscope cannot check the served chain from it; the next certificate should be {}{key}. Capture it again with `openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null` and inspect that.",
                        at.input_name, missing.issuer
                    ),
                )
                .on_certificate(missing.child),
            );
        } else if let Some(missing) = &chain.missing_issuer {
            let child = missing.child;
            let c = self.name(child);
            let key = missing
                .authority_key_id
                .as_ref()
                .map_or_else(String::new, |k| format!(", key id {k}"));
            let impostor = chain
                .links
                .iter()
                .find(|l| l.child == child && l.signature == "invalid")
                .map_or_else(String::new, |l| {
                    format!(
                        " ({} was given in its place, but it has another key)",
                        self.name(l.issuer)
                    )
                });
            let fetch = match (missing.ca_issuers_urls.first(), missing.fetch_commands.first()) {
                (Some(url), Some(cmd)) => format!(
                    " {c} says where to get it (CA Issuers): {url}. Fetch it with `{cmd}` and put issuer.pem right after {c} in ssl_certificate."
                ),
                (Some(url), None) => format!(
                    " {c} says where to get it (CA Issuers): {url}. Download it from there and put it right after {c} in ssl_certificate."
                ),
                _ => format!(
                    " {c} names no CA Issuers URL: download the intermediate from your CA's website, check that its subject key id matches{}, and put it right after {c} in ssl_certificate.",
                    missing.authority_key_id.as_ref().map_or_else(String::new, |k| format!(" ({k})"))
                ),
            };
            out.push(
                (child, 0),
                Finding::new(
                    Severity::Error,
                    "chain-incomplete",
                    format!(
                        "Incomplete chain: the issuer of {c} is missing — {}{key}{impostor}. nginx can only send what ssl_certificate holds; browsers may patch the gap by downloading the issuer themselves, but curl, OpenSSL, Java, Android apps and most API clients fail with \"unable to get local issuer certificate\".{fetch}",
                        missing.issuer
                    ),
                )
                .on_certificate(child),
            );
        }
    }

    /// Links whose signature does not verify, and why.
    fn bad_links(&self, out: &mut Findings, chain: &Chain) {
        for link in &chain.links {
            if link.signature != "invalid" {
                continue;
            }
            let (c, i) = (self.name(link.child), self.name(link.issuer));
            let why = if let (Some(defect), "match") = (&link.detail, link.key_ids) {
                format!(
                    "Names and key ids match, so {i} is the right issuer, but {c} cannot verify whatever its bytes: {defect}. Ask your CA for a correctly issued certificate."
                )
            } else if link.key_ids == "match" {
                format!(
                    "Names and key ids match, so {i} is the right issuer: {c} was changed after it was signed, or damaged on the way. Download it again from your CA."
                )
            } else {
                let ids = match (
                    self.cert(link.child)
                        .and_then(|x| x.authority_key_id.as_ref()),
                    self.cert(link.issuer)
                        .and_then(|x| x.subject_key_id.as_ref()),
                ) {
                    (Some(a), Some(s)) => {
                        format!(" ({c} was signed by key id {a}; {i} has key id {s})")
                    }
                    _ => String::new(),
                };
                format!(
                    "{i} has the right name but another key{ids}: it is a different certificate of the same name, such as an older or newer generation of that intermediate. Replace it in ssl_certificate with the issuer named in the incomplete-chain finding."
                )
            };
            out.push(
                (link.child, link.issuer),
                Finding::new(
                    Severity::Error,
                    "chain-bad-signature",
                    format!(
                        "Bad signature: the signature on {c} does not verify with the key of {i}, the certificate given as its issuer. {why} Clients reject this chain (\"certificate signature failure\")."
                    ),
                )
                .on_certificate(link.child),
            );
        }
    }

    /// How the path ended, when that is a fault: a bad self-signature, a
    /// cycle, a path too long.
    fn path_end(
        &self,
        out: &mut Findings,
        graph: &Graph<'_>,
        chain: &Chain,
        end: End,
        (leaf, leaf_name): (usize, &str),
    ) {
        match end {
            End::BadSelfSignature => {
                if let Some(&top) = chain.order.last() {
                    let t = self.name(top);
                    out.push(
                        (top, top),
                        Finding::new(
                            Severity::Error,
                            "chain-bad-signature",
                            format!(
                                "Bad signature: {t} names itself as its issuer, but its signature does not verify with its own key, so it is neither a valid root nor issued by anything given here. Clients cannot anchor the chain of {leaf_name} on it; download the root again from your CA."
                            ),
                        )
                        .on_certificate(top),
                    );
                }
            }
            End::Cycle => {
                if let Some(&top) = chain.order.last() {
                    let back = graph
                        .issuers_of(top)
                        .iter()
                        .copied()
                        .find(|i| chain.order.contains(i));
                    let round = back.map_or_else(String::new, |b| {
                        let from = chain.order.iter().position(|&o| o == b).unwrap_or(0);
                        let mut loop_names: Vec<usize> =
                            chain.order.iter().skip(from).copied().collect();
                        loop_names.push(b);
                        format!(" ({})", self.names(&loop_names))
                    });
                    out.push(
                        (top, 0),
                        Finding::new(
                            Severity::Error,
                            "chain-cycle",
                            format!(
                                "Issuer cycle: following issuers up from {leaf_name} goes round in a circle{round} and never reaches a self-signed root. Clients cannot build a path to anything they trust (\"unable to get local issuer certificate\"); these certificates cannot make a working chain for nginx — get the chain from your CA again."
                            ),
                        )
                        .on_certificate(top),
                    );
                }
            }
            End::TooLong => {
                out.push(
                    (leaf, 0),
                    Finding::new(
                        Severity::Error,
                        "chain-too-long",
                        format!(
                            "Chain too long: the path up from {leaf_name} still had not reached a root after {MAX_CHAIN_LENGTH} certificates. Clients give up much sooner (rustls after 6 intermediates), so this chain will not verify; certscope stopped following it there."
                        ),
                    )
                    .on_certificate(leaf),
                );
            }
            End::Root | End::Anchor | End::Missing | End::Budget => {}
        }
    }

    /// The root: given in the chain (not needed there), or not given (needed
    /// in `ssl_trusted_certificate`).
    fn root(&self, out: &mut Findings, chain: &Chain, leaf_name: &str) {
        // A root given alone is not "included" in anything.
        if chain.root_included && chain.order.len() > 1 {
            if let Some(&root) = chain.order.last() {
                let bytes = self.cert(root).map_or(0, |c| c.der.len());
                out.push(
                    (root, 0),
                    Finding::new(
                        Severity::Info,
                        "chain-contains-anchor",
                        format!(
                            "Contains anchor: {}, the self-signed root of this chain, was given. In ssl_certificate it is not needed — clients use their own copy of the root, so it only adds {bytes} bytes to every handshake and can be left out (fullchain.pem does) — and it is not quite harmless there: nginx's ssl_stapling_verify trusts every certificate of ssl_certificate as it is, so an OCSP response signed by this root (which may not answer for a leaf) is accepted. It belongs in ssl_trusted_certificate, which nginx uses to check a delegated responder's OCSP responses (trusted.pem has it).",
                            self.name(root)
                        ),
                    )
                    .on_certificate(root),
                );
            }
        }

        if let (Some(needed), Some(&top)) = (&chain.needed_root, chain.order.last()) {
            let url = needed
                .ca_issuers_urls
                .first()
                .map_or_else(String::new, |u| {
                    format!(" ({} says it is served at {u})", self.name(top))
                });
            out.push(
                (top, 0),
                Finding::new(
                    Severity::Info,
                    "chain-root-not-included",
                    format!(
                        "Root not given: the chain of {leaf_name} ends at {}, issued by {}, a root that clients must hold themselves: servers do not send it, so ssl_certificate is right without it. If nginx fetches staples with ssl_stapling_verify on and the responder is a delegated one, ssl_trusted_certificate must hold that root: add it to trusted.pem{url} (a response signed by the issuer in ssl_certificate needs no ssl_trusted_certificate).",
                        self.name(top),
                        needed.issuer
                    ),
                )
                .on_certificate(top),
            );
        }
    }

    /// Other valid paths from the same leaf (cross-signs).
    fn alternatives(&self, out: &mut Findings, found: &Found, leaf: usize, leaf_name: &str) {
        if let Some(alternative) = found.alternatives.first() {
            let path = &found.best;
            let why = if found.clients_path {
                "it is the path clients build (rustls-webpki's verdict)"
            } else if path.end != alternative.end {
                "it ends in a root that was given"
            } else if path.order.len() != alternative.order.len() {
                "it is shorter"
            } else {
                "its certificates were given first"
            };
            let others: Vec<String> = found
                .alternatives
                .iter()
                .map(|a| self.names(&a.order))
                .collect();
            out.push(
                (leaf, 0),
                Finding::new(
                    Severity::Info,
                    "chain-alternative-path",
                    format!(
                        "Cross-signed: {leaf_name} has more than one valid path. certscope chose {} because {why}; the other{}: {}. Clients build whichever path they can trust, but nginx serves one ssl_certificate: serve the path to the root your clients have (fullchain.pem holds the chosen one).",
                        self.names(&path.order),
                        if others.len() > 1 { "s are" } else { " is" },
                        others.join("; ")
                    ),
                )
                .on_certificate(leaf),
            );
        }
    }

    /// Signatures the chain rests on that certscope could not check: a link,
    /// or the self-signature that makes its end a root. Never counted as
    /// verified (issue 13): the chain is shown as built from names and key
    /// ids, and says so.
    fn unchecked(&self, out: &mut Findings, chain: &Chain, found: &Found) {
        let check = "`openssl verify -partial_chain -CAfile issuer.pem certificate.pem` (issuer.pem holding the issuer, certificate.pem the certificate) checks it";
        for link in chain.links.iter().filter(|l| l.signature == "unsupported") {
            let (c, i) = (self.name(link.child), self.name(link.issuer));
            let what = link
                .detail
                .as_deref()
                .unwrap_or("an algorithm certscope does not know");
            out.push(
                (link.child, link.issuer),
                Finding::new(
                    Severity::Warning,
                    "signature-unchecked",
                    format!(
                        "Signature not checked: {c} is signed with {what}, which certscope cannot verify, so the link from {c} to {i} rests on names and key ids only and this chain is not counted as verified. {check}."
                    ),
                )
                .on_certificate(link.child),
            );
        }
        if let (Some(Verdict::Unsupported(what)), Some(&root)) =
            (&found.best.root_signature, chain.order.last())
        {
            let r = self.name(root);
            out.push(
                (root, root),
                Finding::new(
                    Severity::Warning,
                    "signature-unchecked",
                    format!(
                        "Signature not checked: {r} names itself as its issuer and is signed with {what}, which certscope cannot verify, so it is taken to be a self-signed root without proof and the chain is not counted as verified. {check}."
                    ),
                )
                .on_certificate(root),
            );
        }
    }

    /// CA flag, path length and keyCertSign on every issuer that signed
    /// (RFC 5280 §4.2.1.9 and §4.2.1.3).
    fn constraints(&self, out: &mut Findings, chain: &Chain) {
        for (k, link) in chain.links.iter().enumerate() {
            if link.signature == "invalid" {
                continue;
            }
            let (Some(issuer), Some(_)) = (self.cert(link.issuer), self.cert(link.child)) else {
                continue;
            };
            let (i, c) = (self.name(link.issuer), self.name(link.child));
            // A version 1 self-signed root has no extensions at all; clients
            // accept it as an anchor.
            let v1_root = issuer.version < 3 && issuer.self_issued;
            if issuer.is_ca != Some(true) && !v1_root {
                let what = match issuer.is_ca {
                    Some(_) => "its basic constraints say CA:FALSE",
                    None => "it has no basic constraints extension",
                };
                out.push(
                    (link.issuer, 1),
                    Finding::new(
                        Severity::Error,
                        "chain-ca-constraint",
                        format!(
                            "Not a CA: {i} signed {c}, but {what}, so it may not issue certificates. Clients reject the chain (\"invalid CA certificate\"); the certificate above {c} must be your CA's intermediate."
                        ),
                    )
                    .on_certificate(link.issuer),
                );
            }
            if let Some(limit) = issuer.path_length {
                // Intermediates between this issuer and the leaf, not counting
                // self-issued ones (RFC 5280 §4.2.1.9).
                let below = chain
                    .order
                    .iter()
                    .take(k.saturating_add(1))
                    .skip(1)
                    .filter(|&&o| self.cert(o).is_some_and(|x| !x.self_issued))
                    .count();
                if u32::try_from(below).map_or(true, |b| b > limit) {
                    out.push(
                        (link.issuer, 2),
                        Finding::new(
                            Severity::Error,
                            "chain-ca-constraint",
                            format!(
                                "Path length exceeded: {i} allows {limit} intermediate CA certificate{} below it (pathlen:{limit}), but this chain puts {below} there. Clients reject the chain (\"path length constraint exceeded\"); ask your CA for the intended chain.",
                                if limit == 1 { "" } else { "s" }
                            ),
                        )
                        .on_certificate(link.issuer),
                    );
                }
            }
            let has_key_usage = issuer
                .extensions
                .iter()
                .any(|e| e.oid == "2.5.29.15" && e.malformed.is_none());
            if has_key_usage && !issuer.key_usage.iter().any(|u| u == "keyCertSign") {
                out.push(
                    (link.issuer, 3),
                    Finding::new(
                        Severity::Error,
                        "chain-ca-constraint",
                        format!(
                            "Missing keyCertSign: {i} signed {c}, but its key usage ({}) does not allow signing certificates. Clients reject the chain (\"key usage does not include certificate signing\").",
                            if issuer.key_usage.is_empty() { "empty".to_string() } else { issuer.key_usage.join(", ") }
                        ),
                    )
                    .on_certificate(link.issuer),
                );
            }
        }
    }

    /// Expired and not-yet-valid certificates at the evaluation time.
    fn validity(&self, out: &mut Findings, chain: &Chain, leaf_name: &str) {
        let at = self.at;
        let last = chain.order.len().saturating_sub(1);
        for (k, &i) in chain.order.iter().enumerate() {
            let Some(c) = self.cert(i) else { continue };
            let x = self.name(i);
            let role = if k == 0 {
                "renew it and point ssl_certificate at the new file, then reload nginx"
            } else if k == last && chain.root_included {
                "clients go by the root in their own store, so make sure your CA's chain leads to a current root"
            } else {
                "get the current intermediate from your CA and replace it in ssl_certificate"
            };
            if at > c.not_after {
                out.push(
                    (i, 0),
                    Finding::new(
                        Severity::Error,
                        "chain-expired-certificate",
                        format!(
                            "Expired certificate: {x} expired {} ({}). Clients reject the chain of {leaf_name} (\"certificate has expired\"), whatever nginx serves; {role}.",
                            c.not_after.relative_to(at),
                            c.not_after
                        ),
                    )
                    .on_certificate(i),
                );
            } else if at < c.not_before {
                out.push(
                    (i, 0),
                    Finding::new(
                        Severity::Error,
                        "chain-not-yet-valid-certificate",
                        format!(
                            "Not yet valid: {x} is valid only from {} ({}). Until then clients reject the chain of {leaf_name} (\"certificate is not yet valid\"); keep serving the previous certificate until that date, or check the clock of whatever issued it.",
                            c.not_before,
                            c.not_before.relative_to(at)
                        ),
                    )
                    .on_certificate(i),
                );
            }
        }
    }

    /// SHA-1 or MD5 signatures below the root; RSA keys under 2048 bits.
    fn strength(&self, out: &mut Findings, chain: &Chain) {
        let last = chain.order.len().saturating_sub(1);
        for (k, &i) in chain.order.iter().enumerate() {
            let Some(c) = self.cert(i) else { continue };
            let x = self.name(i);
            let is_root = k == last && chain.root_included;
            let alg = c.signature_algorithm.to_ascii_lowercase();
            // A root's self-signature is never checked by clients: it is
            // trusted because it is in the store, whatever signed it.
            if !is_root && (alg.contains("sha1") || alg.contains("md5") || alg.contains("md2")) {
                out.push(
                    (i, 0),
                    // Clients refuse it (issue 25): an error, as rustls-webpki's
                    // verdict on the same chain says.
                    Finding::new(
                        Severity::Error,
                        "chain-weak-signature",
                        format!(
                            "Weak signature: {x} is signed with {}. Browsers, and OpenSSL at the security level current distributions default to, refuse SHA-1 and MD5 signatures on certificates below the root, so those clients reject the chain; have {x} reissued with SHA-256.",
                            c.signature_algorithm
                        ),
                    )
                    .on_certificate(i),
                );
            }
            if let (true, Some(bits)) = (c.public_key.algorithm == "RSA", c.public_key.bits) {
                if bits < 2048 {
                    out.push(
                        (i, 0),
                        Finding::new(
                            Severity::Error,
                            "chain-weak-key",
                            format!(
                                "Weak key: {x} has a {bits}-bit RSA key. Browsers, and OpenSSL at security level 2 (the default on current Debian, Ubuntu and RHEL), refuse RSA keys under 2048 bits; make a new key of at least 2048 bits and have {x} reissued."
                            ),
                        )
                        .on_certificate(i),
                    );
                }
            }
        }
    }

    /// The given order against the right one.
    fn order(&self, out: &mut Findings, chain: &Chain, leaf_name: &str, main: bool) {
        let Some(&leaf) = chain.order.first() else {
            return;
        };
        let right = self.names(&chain.order);
        match chain.given_order {
            GivenOrder::Incorrect => {
                let mut wrong = Vec::new();
                let mut leaf_not_first = false;
                for (input, list) in order_by_input(self.places, &chain.order) {
                    if !out_of_order(&list) {
                        continue;
                    }
                    if list
                        .iter()
                        .any(|&(position, rank)| rank == 0 && position != 1)
                    {
                        leaf_not_first = true;
                    }
                    let listed: Vec<String> = list
                        .iter()
                        .filter_map(|&(position, rank)| {
                            let c = chain.order.get(rank)?;
                            Some(format!("#{position} {}", self.name(*c)))
                        })
                        .collect();
                    wrong.push(format!(
                        "{} gives {}",
                        self.input_name(input),
                        listed.join(", ")
                    ));
                }
                // nginx, HAProxy and Apache all pair the private key with
                // the first certificate: a leaf not first stops the server.
                let (severity, consequence) = if leaf_not_first {
                    (Severity::Error, LEAF_NOT_FIRST_LOGS)
                } else {
                    (Severity::Warning, "servers send the file exactly as written; browsers usually sort it out, but strict TLS clients (Java, older OpenSSL, embedded devices) reject a chain out of order")
                };
                out.push(
                    (leaf, 0),
                    Finding::new(
                        severity,
                        "chain-incorrect-order",
                        format!(
                            "Incorrect order: {}; the chain of {leaf_name} is {right} (leaf first, each issuer after the certificate it signed). {consequence}. Use the fullchain.pem below.",
                            wrong.join("; ")
                        ),
                    )
                    .on_certificate(leaf),
                );
            }
            GivenOrder::Split => {
                let mut files: Vec<&str> = Vec::new();
                for placement in &chain.positions {
                    for at in &placement.given {
                        if !files.contains(&at.input_name.as_str()) {
                            files.push(at.input_name.as_str());
                        }
                    }
                }
                out.push(
                    (leaf, 0),
                    Finding::new(
                        Severity::Info,
                        "chain-split-across-inputs",
                        format!(
                            "Chain split over files: the chain of {leaf_name} ({right}) is spread over {}. nginx's ssl_certificate is one file holding the leaf and then its intermediates: use the fullchain.pem below.",
                            files.join(" and ")
                        ),
                    )
                    .on_certificate(leaf),
                );
            }
            GivenOrder::Correct => {
                // Said once, of the main chain, and only of one that works:
                // "correct order" next to a broken chain would mislead.
                let works = chain.complete && chain.links.iter().all(|l| l.signature != "invalid");
                if !main || chain.order.len() < 2 || !works {
                    return;
                }
                out.push(
                    (leaf, 0),
                    Finding::new(
                        Severity::Info,
                        "chain-correct-order",
                        format!(
                            "Correct order: the chain of {leaf_name} is given leaf first, each issuer after the certificate it signed ({right}). nginx sends ssl_certificate as written, so clients get what they expect."
                        ),
                    )
                    .on_certificate(leaf),
                );
            }
        }
    }

    /// A second end-entity certificate with a chain of its own.
    pub fn multiple_leaves(&self, out: &mut Findings, leaves: &[(usize, &Chain)]) {
        let Some((main, _)) = leaves.first() else {
            return;
        };
        let main_inputs: HashSet<usize> = self.inputs_of(*main);
        for (leaf, chain) in leaves.iter().skip(1) {
            let x = self.name(*leaf);
            let together = self
                .inputs_of(*leaf)
                .iter()
                .any(|i| main_inputs.contains(i));
            let (severity, consequence) = if together {
                (
                    Severity::Warning,
                    format!(
                        "nginx serves the first certificate of ssl_certificate ({}) as the server's and sends {x} along to every client as dead weight; give each site its own ssl_certificate file (one fullchain.pem per chain below).",
                        self.name(*main)
                    ),
                )
            } else {
                (
                    Severity::Info,
                    format!(
                        "It did not come in the same file as {}; certscope shows each chain separately, and each needs its own ssl_certificate.",
                        self.name(*main)
                    ),
                )
            };
            out.push(
                (*leaf, 0),
                Finding::new(
                    severity,
                    "chain-multiple-leaves",
                    format!(
                        "Several leaves: {x} is another end-entity certificate besides {}, with its own chain ({}). {consequence}",
                        self.name(*main),
                        self.names(&chain.order)
                    ),
                )
                .on_certificate(*leaf),
            );
        }
    }

    fn inputs_of(&self, i: usize) -> HashSet<usize> {
        self.places_of(i).iter().map(|g| g.input).collect()
    }

    /// The same certificate more than once in one input. Across inputs a
    /// repeat is normal (cert.pem next to fullchain.pem) and nginx never
    /// sees the files together, so only repeats inside one file count.
    pub fn duplicates(&self, out: &mut Findings) {
        for (c, places) in self.places.iter().enumerate() {
            let mut by_input: BTreeMap<usize, Vec<String>> = BTreeMap::new();
            for g in places {
                by_input
                    .entry(g.input)
                    .or_default()
                    .push(format!("#{}", g.position));
            }
            for (input, positions) in by_input {
                if positions.len() < 2 {
                    continue;
                }
                let bytes = self.cert(c).map_or(0, |x| x.der.len());
                out.push(
                    (c, input),
                    Finding::new(
                        Severity::Warning,
                        "chain-duplicate-certificate",
                        format!(
                            "Duplicate certificate: {} appears {} times in {} ({}). nginx sends every copy in every handshake ({bytes} wasted bytes each) and some clients reject a chain with repeats; keep one copy (fullchain.pem has no repeats).",
                            self.name(c),
                            positions.len(),
                            self.input_name(input),
                            positions.join(", ")
                        ),
                    )
                    .on_certificate(c)
                    .on_input(input),
                );
            }
        }
    }

    /// A certificate in no chain.
    pub fn unrelated(
        &self,
        out: &mut Findings,
        graph: &mut Graph<'_>,
        i: usize,
        main: Option<&Chain>,
        lone_leaf: bool,
    ) {
        let x = self.name(i);
        let bytes = self.cert(i).map_or(0, |c| c.der.len());
        let main_leaf = main
            .and_then(|m| m.order.first())
            .map_or("the main chain", |&l| self.name(l));
        // Does it carry the name of some chain member's issuer (so it was
        // meant to be that issuer) without having signed it?
        let impostor_for = main.and_then(|m| {
            m.order
                .iter()
                .copied()
                .find(|&c| graph.issuers_of(c).contains(&i))
        });
        let why = if lone_leaf {
            "it is another end-entity certificate, and nothing given here issued it".to_string()
        } else if let Some(child) = impostor_for {
            format!(
                "it has the name of {}'s issuer but did not sign it (another key: an older or newer generation of that intermediate, perhaps)",
                self.name(child)
            )
        } else if graph.root(i) {
            let missing = main
                .and_then(|m| m.missing_issuer.as_ref())
                .map_or_else(String::new, |m| {
                    format!(
                        "; if it is the root above the missing {}, it belongs in ssl_trusted_certificate once that issuer is added",
                        m.issuer
                    )
                });
            format!("it is a self-signed root that issued none of its certificates{missing}")
        } else {
            "it issued none of its certificates and none of them issued it".to_string()
        };
        out.push(
            (i, 0),
            Finding::new(
                Severity::Warning,
                "chain-unrelated-certificate",
                format!(
                    "Extra certificate: {x} ({}) is not part of the chain of {main_leaf}: {why}. nginx sends every certificate in ssl_certificate to every client, so it costs {bytes} bytes per handshake and can confuse clients; leave it out (fullchain.pem does).",
                    self.given_at(i)
                ),
            )
            .on_certificate(i),
        );
    }

    /// The search stopped early somewhere.
    pub fn budget(&self, out: &mut Findings, spent: Spent) {
        out.push(
            (0, 0),
            Finding::new(
                Severity::Warning,
                "chain-search-budget-exhausted",
                format!(
                    "Search budget spent: certscope stopped building paths after {} signature checks and {} steps (limits: {CHAIN_SIGNATURES} checks and {CHAIN_STEPS} steps per chain, {} and {} in all), so some chains may be shown shorter than they are. Inspect fewer certificates at a time.",
                    spent.signatures,
                    spent.steps,
                    TOTAL_SIGNATURES,
                    TOTAL_STEPS
                ),
            ),
        );
    }
}

/// What each server does with a file whose first certificate is not the
/// leaf: it checks that certificate against the private key and stops.
const LEAF_NOT_FIRST_LOGS: &str = "servers take the first certificate as their own and check it against the private key, so with this file they refuse to start or reload: nginx logs \"SSL_CTX_use_PrivateKey(...) failed (... key values mismatch)\", HAProxy \"inconsistencies between private key and certificate loaded\", Apache \"AH02565: Certificate and private key ... do not match\"";
