//! One plain verdict for the whole set of inputs, shown above the details:
//! a class on one scale (the CLI's second line, the JSON's
//! `summary.verdict`, the page's headline) and one action. The detail lives
//! in the findings, once; the headline never repeats a whole finding.
//!
//! Layer: report. Assembles the analyses; imports anything but render.

use crate::inspect::chain::{Chain, ClientVerdict};
use crate::inspect::commands::config::Server;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::trust_bundle::TrustBundle;
use serde::{Deserialize, Serialize};

/// The verdict scale, most consequential first (issue 32). Serialised as
/// its [`Verdict::word`] in `summary.verdict`; the words are stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// nginx, HAProxy and Apache refuse the files at start or reload.
    ServerWillNotStart,
    /// The server runs; clients refuse the connection.
    ClientsWillRefuse,
    /// Clients connect, but the staple does not do its job.
    StaplingBroken,
    /// A root or a signature certscope could not check: never "All good".
    CannotTell,
    /// Works; a warning is worth fixing.
    WorksBut,
    /// Nothing to fix.
    AllGood,
}

impl Verdict {
    /// Every verdict, most consequential first.
    pub const ALL: [Verdict; 6] = [
        Verdict::ServerWillNotStart,
        Verdict::ClientsWillRefuse,
        Verdict::StaplingBroken,
        Verdict::CannotTell,
        Verdict::WorksBut,
        Verdict::AllGood,
    ];

    /// The stable word of the JSON (`summary.verdict`), for the page's
    /// `data-verdict` too.
    pub fn word(self) -> &'static str {
        match self {
            Verdict::ServerWillNotStart => "server-will-not-start",
            Verdict::ClientsWillRefuse => "clients-will-refuse",
            Verdict::StaplingBroken => "stapling-broken",
            Verdict::CannotTell => "cannot-tell",
            Verdict::WorksBut => "works-but",
            Verdict::AllGood => "all-good",
        }
    }

    /// The words the headline starts with.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::ServerWillNotStart => "Server will not start",
            Verdict::ClientsWillRefuse => "Clients will refuse",
            Verdict::StaplingBroken => "Stapling broken",
            Verdict::CannotTell => "Cannot tell",
            Verdict::WorksBut => "Works, but",
            Verdict::AllGood => "All good",
        }
    }
}

// Written by hand from `word`, not derived: one home for the words, and
// the page (which reads every report) carries no derived enum visitor
// within its 200 KB first-load budget.
impl Serialize for Verdict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.word())
    }
}

impl<'de> Deserialize<'de> for Verdict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Verdict::ALL
            .into_iter()
            .find(|v| v.word() == word)
            .ok_or_else(|| serde::de::Error::custom("unknown verdict"))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Where these inputs stand on the one scale.
    pub verdict: Verdict,
    pub severity: Severity,
    /// "{verdict label}: {one sentence and one action}".
    pub headline: String,
    /// The finding the headline is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// THE table: each finding code's class, in the order the codes lead within
/// a class, with the headline's action where the finding's first sentence is
/// not one. A code ending in `*` covers every code with that prefix. The
/// class is what an error of that code means; a warning is capped at
/// "Works, but" and a note at "All good" (a chain out of order whose leaf
/// is first is a warning: the server starts). Codes not listed: an error
/// means clients refuse, a warning "Works, but".
const CLASSES: &[(&str, Verdict, Option<&str>)] = &[
    // nginx, HAProxy and Apache pair the key with the first certificate.
    ("chain-incorrect-order", Verdict::ServerWillNotStart, Some(LEAF_NOT_FIRST)),
    ("key-matches-nothing", Verdict::ServerWillNotStart, None),
    ("key-matches-ca", Verdict::ServerWillNotStart, None),
    ("staple-revoked", Verdict::ClientsWillRefuse, Some("the staple says the certificate is revoked: replace the certificate (and its key, if it was compromised) now.")),
    ("certificate-revoked", Verdict::ClientsWillRefuse, None), // issue 14: on a good CRL
    ("chain-expired-certificate", Verdict::ClientsWillRefuse, None),
    ("certificate-expired", Verdict::ClientsWillRefuse, None),
    ("chain-not-yet-valid-certificate", Verdict::ClientsWillRefuse, None),
    ("certificate-not-yet-valid", Verdict::ClientsWillRefuse, None),
    ("chain-incomplete", Verdict::ClientsWillRefuse, None),
    ("chain-bad-signature", Verdict::ClientsWillRefuse, None),
    ("chain-ca-constraint", Verdict::ClientsWillRefuse, None),
    ("validation-*", Verdict::ClientsWillRefuse, None),
    ("host-not-covered", Verdict::ClientsWillRefuse, None),
    // Firefox refuses a must-staple leaf served without a staple.
    ("staple-not-sent-must-staple", Verdict::ClientsWillRefuse, None),
    ("ocsp-must-staple-without-url", Verdict::ClientsWillRefuse, None),
    // Issue 30: a server that could not be reached was not judged at all.
    ("connect-failed", Verdict::CannotTell, None),
    // An input that could not be read was not judged either.
    ("not-recognized", Verdict::CannotTell, None),
    ("input-*", Verdict::CannotTell, None),
    ("inputs-too-large", Verdict::CannotTell, None),
    ("der-*", Verdict::CannotTell, None),
    ("pem-*", Verdict::CannotTell, None),
    ("pkcs7-invalid", Verdict::CannotTell, None),
    ("certificate-invalid", Verdict::CannotTell, None),
    ("crl-invalid", Verdict::CannotTell, None),
    ("ocsp-response-invalid", Verdict::CannotTell, None),
    // Issue 13: a verdict resting on a signature not checked is no verdict.
    ("signature-unchecked", Verdict::CannotTell, None),
    ("staple-signature-unchecked", Verdict::CannotTell, None),
    ("staple-text-unverifiable", Verdict::CannotTell, None),
    ("staple-stale", Verdict::StaplingBroken, Some(STALE)),
    ("staple-not-yet-valid", Verdict::StaplingBroken, None),
    ("staple-next-update-before-this-update", Verdict::StaplingBroken, None),
    ("connect-staple-late", Verdict::StaplingBroken, None),
    ("staple-*", Verdict::StaplingBroken, None),
    ("ocsp-*", Verdict::StaplingBroken, None),
    // A CRL given alongside: clients that check it are affected, the
    // server and its chain are not.
    ("crl-*", Verdict::WorksBut, None),
    ("chain-weak-key", Verdict::ClientsWillRefuse, None),
    ("chain-weak-signature", Verdict::ClientsWillRefuse, None),
    ("private-key-exposed", Verdict::WorksBut, None),
];

/// The headline for a stale staple: what clients do is [`STALE_STAPLE`].
const STALE: &str = concat!(
    "the staple's Next Update has passed: ",
    "clients ignore a stale staple unless the leaf is must-staple.",
    " Fetch a fresh one."
);

/// The headline's action for a chain whose first certificate is not the
/// leaf; each server's own log line is in the finding.
const LEAF_NOT_FIRST: &str = "the first certificate is not the leaf, so the private key does not match it. Put the leaf first (the fullchain.pem below).";

/// The row of `code` in [`CLASSES`] and its position there.
fn row(code: &str) -> Option<(usize, Verdict, Option<&'static str>)> {
    CLASSES
        .iter()
        .enumerate()
        .find_map(|(i, (pattern, verdict, action))| {
            let hit = match pattern.strip_suffix('*') {
                Some(prefix) => code.starts_with(prefix),
                None => code == *pattern,
            };
            hit.then_some((i, *verdict, *action))
        })
}

/// The class of one finding: its row's class, capped by its severity.
pub fn class(f: &Finding) -> Verdict {
    let listed = row(f.code).map(|(_, v, _)| v);
    if listed == Some(Verdict::CannotTell) {
        return Verdict::CannotTell;
    }
    match f.severity {
        Severity::Error => listed.unwrap_or(Verdict::ClientsWillRefuse),
        Severity::Warning => listed.unwrap_or(Verdict::WorksBut).max(Verdict::WorksBut),
        Severity::Info => Verdict::AllGood,
    }
}

/// The first sentence of a finding, for the headline: the rest stays in the
/// finding. Its first letter is lowered, as it follows the label's colon.
fn first_sentence(message: &str) -> String {
    let end = crate::inspect::text::first_sentence_end(message);
    let sentence = message.get(..end).unwrap_or(message).trim();
    let mut chars = sentence.chars();
    match chars.next() {
        // A sentence that starts with a name (a host, a file) keeps its case.
        Some(c) if c.is_uppercase() && chars.clone().next().is_some_and(char::is_lowercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => sentence.to_string(),
    }
}

/// What the chains' validation left open: a chain no known root anchors
/// (`no-anchor`) is "Cannot tell", never "All good".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Open {
    pub unanchored: bool,
}

impl Open {
    /// What the validation of `chains` left open.
    pub fn of(chains: &[Chain]) -> Open {
        Open {
            unanchored: chains.iter().any(|c| {
                c.trust
                    .as_ref()
                    .and_then(|t| t.validation.as_ref())
                    .is_some_and(|v| v.verdict == ClientVerdict::NoAnchor)
            }),
        }
    }
}

/// The verdict for these findings (`certificates` and `staples` tell
/// whether there was anything to judge at all).
pub fn summarize(findings: &[Finding], certificates: usize, staples: usize, open: Open) -> Summary {
    let key = |f: &&Finding| {
        let position = row(f.code).map_or(CLASSES.len(), |(i, _, _)| i);
        (class(f), f.severity, position)
    };
    let top = findings
        .iter()
        .filter(|f| class(f) != Verdict::AllGood)
        .min_by_key(key);
    match top {
        Some(top) if class(top) <= Verdict::CannotTell || !open.unanchored => {
            let verdict = class(top);
            let action = row(top.code)
                .and_then(|(_, _, action)| action)
                .filter(|_| top.severity == Severity::Error)
                .map_or_else(|| first_sentence(&top.message), str::to_string);
            // One voice: "Works, but" is never red, even when its finding is
            // an error for the clients that check it (a stale CRL).
            let severity = match verdict {
                Verdict::WorksBut => Severity::Warning,
                _ => top.severity,
            };
            Summary {
                verdict,
                severity,
                headline: format!("{}: {action}", verdict.label()),
                code: Some(top.code.to_string()),
            }
        }
        _ if open.unanchored => Summary {
            verdict: Verdict::CannotTell,
            severity: Severity::Warning,
            headline: format!("{}: {UNANCHORED}", Verdict::CannotTell.label()),
            code: None,
        },
        _ => all_good(findings, certificates, staples),
    }
}

/// The headline when a chain ends in a root no store here holds.
const UNANCHORED: &str = "no root certscope knows anchors the chain, so whether clients accept it is unknown. If it is a private CA, add its root.";

/// The headline when nothing needs fixing (or nothing could be read).
fn all_good(findings: &[Finding], certificates: usize, staples: usize) -> Summary {
    let nothing_to_staple = findings.iter().any(|f| f.code == "ocsp-no-responder-url");
    let (verdict, headline) = match (certificates, staples) {
        (0, 0) => (
            Verdict::CannotTell,
            "no certificate or staple could be read.",
        ),
        (_, 0) if nothing_to_staple => (
            Verdict::AllGood,
            "the certificates are valid and the chain is complete and in order. The leaf names no OCSP responder, so there is nothing to staple: leave stapling off.",
        ),
        (_, 0) => (
            Verdict::AllGood,
            "the certificates are valid and the chain is complete and in order.",
        ),
        _ => (
            Verdict::AllGood,
            "the chain is complete and in order, and the staple is valid and fresh.",
        ),
    };
    Summary {
        verdict,
        severity: Severity::Info,
        headline: format!("{}: {headline}", verdict.label()),
        code: None,
    }
}

/// What the lead finding means on the server a person runs (the CLI's
/// `--server`, issue 32): (code, server, words). The findings name every
/// server; with one chosen, the headline adds that one's line. Log lines
/// as the real-server suite sees them (tests/servers/real_servers.py);
/// Caddy's is Go's `tls.X509KeyPair` error, which Caddy reports on load.
const ON_SERVER: &[(&str, Server, &str)] = &[
    ("chain-incorrect-order", Server::Nginx, "nginx -t fails with \"key values mismatch\"."),
    ("chain-incorrect-order", Server::Haproxy, "HAProxy does not start: \"inconsistencies between private key and certificate loaded\"."),
    ("chain-incorrect-order", Server::Apache, "Apache does not start: AH02565, certificate and private key do not match."),
    ("chain-incorrect-order", Server::Caddy, "Caddy does not load it: \"tls: private key does not match public key\"."),
    ("staple-stale", Server::Nginx, "nginx serves an ssl_stapling_file as it is: the refresh-staple-file timer keeps it fresh."),
    ("staple-stale", Server::Haproxy, "HAProxy staples no stale .ocsp file: the refresh-staple-file timer keeps it fresh (HAProxy 3.0+: ocsp-update on)."),
    ("staple-stale", Server::Apache, "Apache fetches and refreshes its own staple and reads no staple file: check what it serves (check-server)."),
    ("staple-stale", Server::Caddy, "Caddy fetches and refreshes its own staple and reads no staple file: check what it serves (check-server)."),
    ("ocsp-no-responder-url", Server::Haproxy, "On HAProxy 2.8 and 2.9, ocsp-update on for this certificate stops HAProxy from starting: turn it off."),
    ("ocsp-no-responder-url", Server::Caddy, "Caddy needs nothing: it staples only certificates that name a responder."),
];

/// `summary` with the chosen server's line for its lead finding (or, when
/// all is good, for a leaf without an OCSP URL among `findings`).
pub fn on_server(mut summary: Summary, findings: &[Finding], server: Server) -> Summary {
    let lead = summary.code.clone().or_else(|| {
        findings
            .iter()
            .find(|f| f.code == "ocsp-no-responder-url")
            .map(|f| f.code.to_string())
    });
    let words = ON_SERVER
        .iter()
        .find(|(code, s, _)| Some(*code) == lead.as_deref() && *s == server);
    if let Some((_, _, words)) = words {
        summary.headline = format!("{} {words}", summary.headline);
    }
    summary
}

/// The verdict for a set of roots (a trust store), which is not a server's
/// chain and gets no chain verdict (issue 18).
pub fn summarize_bundle(bundle: &TrustBundle) -> Summary {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let clean = bundle.expired == 0 && bundle.not_ca == 0 && bundle.duplicates == 0;
    Summary {
        verdict: if clean { Verdict::AllGood } else { Verdict::WorksBut },
        severity: if clean { Severity::Info } else { Severity::Warning },
        headline: format!(
            "A trust bundle of {}, not a server's chain: {} expired, {}, {}. It belongs where certificates to trust go (nginx ssl_trusted_certificate, HAProxy ca-file, Apache SSLProxyCACertificateFile, a client's CA file), never in ssl_certificate. {} of {} in the {}.{}",
            plural(bundle.roots, "root", "roots"),
            bundle.expired,
            plural(bundle.not_ca, "not a CA", "not CAs"),
            plural(bundle.duplicates, "duplicate", "duplicates"),
            bundle.in_store,
            if bundle.roots == 1 { "it is" } else { "them are" },
            crate::inspect::trust::store_words(),
            crate::inspect::trust_bundle::programs_sentence(bundle)
                .map_or_else(String::new, |p| format!(" {p}")),
        ),
        code: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_consequential_finding_leads() {
        let f = |s, c: &'static str| Finding::new(s, c, format!("M-{c}. More detail."));
        let open = Open::default();
        let unanchored = Open { unanchored: true };
        // (findings, open, expected verdict, expected headline, why)
        let table = [
            (vec![], open, Verdict::AllGood,
             "All good: the certificates are valid and the chain is complete and in order.", "nothing wrong"),
            (vec![f(Severity::Warning, "chain-incorrect-order"), f(Severity::Error, "staple-stale")], open,
             Verdict::StaplingBroken,
             &format!("Stapling broken: {STALE}"),
             "errors before warnings; a leaf-first order problem is a warning"),
            (vec![f(Severity::Error, "staple-stale"), f(Severity::Error, "chain-incomplete")], open,
             Verdict::ClientsWillRefuse, "Clients will refuse: M-chain-incomplete.", "a broken chain before a stale staple"),
            (vec![f(Severity::Error, "staple-revoked"), f(Severity::Error, "chain-incorrect-order")], open,
             Verdict::ServerWillNotStart, &format!("Server will not start: {LEAF_NOT_FIRST}"),
             "issue 32: a leaf not first stops the server"),
            (vec![f(Severity::Error, "staple-revoked")], open, Verdict::ClientsWillRefuse,
             "Clients will refuse: the staple says the certificate is revoked: replace the certificate (and its key, if it was compromised) now.",
             "issue 32: a revoked staple is not a stapling failure"),
            (vec![f(Severity::Info, "ocsp-no-responder-url")], open, Verdict::AllGood,
             "All good: the certificates are valid and the chain is complete and in order. The leaf names no OCSP responder, so there is nothing to staple: leave stapling off.",
             "Let's Encrypt style: says the chain works"),
            (vec![f(Severity::Warning, "chain-weak-key")], open, Verdict::WorksBut,
             "Works, but: M-chain-weak-key.", "only a warning"),
            (vec![f(Severity::Warning, "chain-incorrect-order"), f(Severity::Warning, "signature-unchecked")], open,
             Verdict::CannotTell, "Cannot tell: M-signature-unchecked.", "an unchecked signature is never \"works\" (issue 13)"),
            (vec![f(Severity::Info, "staple-text-unverifiable")], open, Verdict::CannotTell,
             "Cannot tell: M-staple-text-unverifiable.", "a text staple is never \"All good\" (issue 13)"),
            (vec![f(Severity::Info, "chain-contains-anchor"), f(Severity::Info, "staple-signature-unchecked")], open,
             Verdict::CannotTell, "Cannot tell: M-staple-signature-unchecked.", "an info about an unchecked staple signature still leads"),
            (vec![f(Severity::Error, "staple-stale"), f(Severity::Warning, "signature-unchecked")], open,
             Verdict::StaplingBroken, &format!("Stapling broken: {STALE}"),
             "errors still come first"),
            (vec![f(Severity::Info, "trust-not-in-store")], unanchored, Verdict::CannotTell,
             &format!("Cannot tell: {UNANCHORED}"), "no anchor: never \"All good\""),
            (vec![f(Severity::Warning, "chain-weak-key")], unanchored, Verdict::CannotTell,
             &format!("Cannot tell: {UNANCHORED}"), "no anchor outranks a warning"),
            (vec![f(Severity::Error, "not-recognized")], open, Verdict::CannotTell,
             "Cannot tell: M-not-recognized.", "an input not read is not judged"),
            (vec![f(Severity::Error, "chain-expired-certificate")], unanchored, Verdict::ClientsWillRefuse,
             "Clients will refuse: M-chain-expired-certificate.", "an expired certificate is refused whatever the anchor"),
        ];
        for (findings, open, verdict, want, why) in table {
            let s = summarize(&findings, 1, 0, open);
            assert_eq!((s.verdict, s.headline.as_str()), (verdict, want), "{why}");
        }
    }

    #[test]
    fn the_stale_headline_says_what_the_one_sentence_says() {
        assert!(STALE.contains(crate::inspect::freshness::STALE_STAPLE));
    }

    #[test]
    fn the_verdict_is_a_stable_kebab_case_word() {
        let words: Vec<String> = Verdict::ALL
            .iter()
            .map(|v| serde_json::to_string(v).unwrap_or_default())
            .collect();
        let want: Vec<String> = Verdict::ALL
            .iter()
            .map(|v| format!("\"{}\"", v.word()))
            .collect();
        assert_eq!(words, want);
        for v in Verdict::ALL {
            let back: Verdict =
                serde_json::from_str(&format!("\"{}\"", v.word())).unwrap_or(Verdict::AllGood);
            assert_eq!(back, v);
        }
        assert!(serde_json::from_str::<Verdict>("\"fine\"").is_err());
        assert_eq!(want[0], "\"server-will-not-start\"");
        let mut sorted = Verdict::ALL;
        sorted.sort();
        assert_eq!(
            sorted,
            Verdict::ALL,
            "the order is the order of consequence"
        );
    }
}
