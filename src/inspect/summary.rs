//! One plain verdict for the whole set of inputs, shown above the details:
//! the most consequential finding, said the way an admin would say it.
//!
//! Layer: report. Assembles the analyses; imports anything but render.

use crate::inspect::finding::{Finding, Severity};
use crate::inspect::trust_bundle::TrustBundle;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub severity: Severity,
    /// "Stapling will fail: …", "Clients will fail: …", "All good: …".
    pub headline: String,
    /// The finding the headline is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// Codes in the order they matter to someone turning stapling on: what
/// breaks every visitor first, then what breaks stapling, then the rest.
const PRIORITY: &[&str] = &[
    // Issue 30: a server that could not be reached was not judged at all.
    "connect-failed",
    "staple-revoked",
    "certificate-revoked", // issue 14: listed on a good CRL
    "chain-expired-certificate",
    "certificate-expired",
    "chain-not-yet-valid-certificate",
    "certificate-not-yet-valid",
    "chain-incomplete",
    "chain-bad-signature",
    "chain-ca-constraint",
    "signature-unchecked",
    "staple-stale",
    "staple-not-yet-valid",
    "staple-next-update-before-this-update",
    "staple-not-sent-must-staple",
    "connect-staple-late",
    "staple-other-issuer-key",
    "staple-bad-signature",
    "staple-unauthorized-responder",
    "staple-certificate-not-found",
    "staple-not-successful",
    "staple-unknown-status",
    "ocsp-must-staple-without-url",
    "chain-incorrect-order",
    "private-key-exposed",
    "ocsp-no-responder-url",
    "staple-expiring",
];

/// Findings that say a verdict rests on a signature certscope could not
/// check. Whatever their severity, the headline never says "All good" while
/// one stands (issue 13): a text staple's signature cannot be checked at all,
/// a DER staple or a chain may use an algorithm certscope cannot verify.
const UNCHECKED: &[&str] = &[
    "signature-unchecked",
    "staple-signature-unchecked",
    "staple-text-unverifiable",
];

fn rank(f: &Finding) -> usize {
    PRIORITY
        .iter()
        .position(|c| *c == f.code)
        .unwrap_or(PRIORITY.len())
}

/// The verdict for these findings (`certificates` tells whether there was
/// anything to judge at all).
pub fn summarize(findings: &[Finding], certificates: usize, staples: usize) -> Summary {
    let worst = findings.iter().map(|f| f.severity).min();
    let top = findings
        .iter()
        .filter(|f| Some(f.severity) == worst && f.severity != Severity::Info)
        .min_by_key(|f| rank(f))
        .or_else(|| findings.iter().find(|f| UNCHECKED.contains(&f.code)))
        .or_else(|| findings.iter().find(|f| f.code == "ocsp-no-responder-url"));
    let Some(top) = top else {
        let headline = match (certificates, staples) {
            (0, 0) => "Nothing to judge yet: no certificate or staple could be read.".to_string(),
            (_, 0) => {
                "All good: the certificates are valid and the chain is complete and in order."
                    .to_string()
            }
            _ => "All good: the chain is complete and in order, and the staple is valid and fresh."
                .to_string(),
        };
        return Summary {
            severity: Severity::Info,
            headline,
            code: None,
        };
    };
    let lead = match (top.severity, top.code) {
        (_, "ocsp-no-responder-url") => "Nothing to staple",
        (_, c) if UNCHECKED.contains(&c) => "Not verified",
        (_, "connect-failed") => "Could not connect",
        (Severity::Error, c) if c.starts_with("staple-") => "Stapling will fail",
        (Severity::Error, c) if c.starts_with("chain-") || c.starts_with("certificate-") => {
            "Clients will fail"
        }
        (Severity::Error, _) => "Fix this first",
        (Severity::Warning, _) => "Works, but",
        (Severity::Info, _) => "Note",
    };
    Summary {
        severity: top.severity,
        headline: format!("{lead}: {}", top.message),
        code: Some(top.code.to_string()),
    }
}

/// The verdict for a set of roots (a trust store), which is not a server's
/// chain and gets no chain verdict (issue 18).
pub fn summarize_bundle(bundle: &TrustBundle) -> Summary {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let clean = bundle.expired == 0 && bundle.not_ca == 0 && bundle.duplicates == 0;
    Summary {
        severity: if clean { Severity::Info } else { Severity::Warning },
        headline: format!(
            "A trust bundle of {}, not a server's chain: {} expired, {}, {}. It belongs where certificates to trust go (nginx ssl_trusted_certificate, Apache SSLCACertificateFile, a client's CA file), never in ssl_certificate. {} of {} in the {}.",
            plural(bundle.roots, "root", "roots"),
            bundle.expired,
            plural(bundle.not_ca, "not a CA", "not CAs"),
            plural(bundle.duplicates, "duplicate", "duplicates"),
            bundle.in_store,
            if bundle.roots == 1 { "it is" } else { "them are" },
            crate::inspect::trust::store_words(),
        ),
        code: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_consequential_finding_leads() {
        let f = |s, c: &'static str| Finding::new(s, c, format!("m-{c}"));
        // (findings, expected headline, why)
        let table = [
            (
                vec![],
                "All good: the certificates are valid and the chain is complete and in order.",
                "nothing wrong",
            ),
            (
                vec![
                    f(Severity::Warning, "chain-incorrect-order"),
                    f(Severity::Error, "staple-stale"),
                ],
                "Stapling will fail: m-staple-stale",
                "errors before warnings",
            ),
            (
                vec![
                    f(Severity::Error, "staple-stale"),
                    f(Severity::Error, "chain-incomplete"),
                ],
                "Clients will fail: m-chain-incomplete",
                "a broken chain before a stale staple",
            ),
            (
                vec![f(Severity::Info, "ocsp-no-responder-url")],
                "Nothing to staple: m-ocsp-no-responder-url",
                "Let's Encrypt style",
            ),
            (
                vec![f(Severity::Warning, "chain-weak-key")],
                "Works, but: m-chain-weak-key",
                "only a warning",
            ),
            (
                vec![
                    f(Severity::Warning, "chain-incorrect-order"),
                    f(Severity::Warning, "signature-unchecked"),
                ],
                "Not verified: m-signature-unchecked",
                "an unchecked signature is never \"works\" (issue 13)",
            ),
            (
                vec![f(Severity::Info, "staple-text-unverifiable")],
                "Not verified: m-staple-text-unverifiable",
                "a text staple is never \"All good\" (issue 13)",
            ),
            (
                vec![
                    f(Severity::Info, "chain-contains-anchor"),
                    f(Severity::Info, "staple-signature-unchecked"),
                ],
                "Not verified: m-staple-signature-unchecked",
                "an info about an unchecked staple signature still leads",
            ),
            (
                vec![
                    f(Severity::Error, "staple-stale"),
                    f(Severity::Warning, "signature-unchecked"),
                ],
                "Stapling will fail: m-staple-stale",
                "errors still come first",
            ),
        ];
        for (findings, want, why) in table {
            assert_eq!(summarize(&findings, 1, 0).headline, want, "{why}");
        }
    }
}
