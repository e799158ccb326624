//! A file of roots is a trust store (Debian's ca-certificates.crt, what
//! nginx's ssl_trusted_certificate or Apache's SSLProxyCACertificateFile names),
//! not a server's chain: it is counted and judged as one, and the advice
//! for a server's chain ("renew it and point ssl_certificate at…", fetch a
//! staple) is not given for it (issue 18).
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::time::Timestamp;
use crate::inspect::trust::programs::{self, PROGRAMS};
use crate::inspect::validation::program_name;
use std::collections::BTreeMap;

/// What a set of roots holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustBundle {
    /// Distinct roots.
    pub roots: usize,
    pub expired: usize,
    /// Self-signed but not allowed to issue (CA:FALSE, or a version 3
    /// certificate with no basic constraints).
    pub not_ca: usize,
    /// Extra copies of a root given more than once.
    pub duplicates: usize,
    /// Distinct roots that are in Mozilla's root store (the same certificate,
    /// by SHA-256), the one root program certscope ships.
    pub in_store: usize,
    /// How many of its distinct roots each root program holds (issue 29):
    /// `mozilla` (the same count as `in_store`), `apple`, `microsoft`,
    /// `android`, `java`.
    pub programs: Vec<(&'static str, usize)>,
    /// One finding per expired root, root that is not a CA, and repeated root.
    pub findings: Vec<Finding>,
}

impl TrustBundle {
    /// `Some` when the inputs are a set of roots: at least two distinct
    /// certificates, every one self-issued, and no staple (a staple is
    /// judged against a server's chain). `given` lists the pool index of
    /// every certificate as given, a repeat once per copy.
    pub fn of(
        certificates: &[Certificate],
        given: &[usize],
        staples: usize,
        at: Timestamp,
    ) -> Option<TrustBundle> {
        if certificates.len() < 2 || staples > 0 || !certificates.iter().all(|c| c.self_issued) {
            return None;
        }
        let mut copies: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in given {
            let n = copies.entry(i).or_default();
            *n = n.saturating_add(1);
        }
        let mut bundle = TrustBundle {
            roots: certificates.len(),
            expired: 0,
            not_ca: 0,
            duplicates: 0,
            in_store: 0,
            programs: Vec::new(),
            findings: Vec::new(),
        };
        let store = crate::inspect::trust::fingerprints();
        bundle.in_store = certificates
            .iter()
            .filter(|c| store.contains(&c.sha256))
            .count();
        bundle.programs = held(certificates, bundle.in_store);
        for (i, c) in certificates.iter().enumerate() {
            let name = c.display_name();
            if at > c.not_after {
                bundle.expired = bundle.expired.saturating_add(1);
                bundle.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "bundle-expired-root",
                        format!(
                            "Expired root: {name} expired {} ({}). {}. Remove it from the bundle, or refresh the bundle from where it came from (Debian: apt upgrade ca-certificates installs the current bundle; update-ca-certificates only rebuilds it from what is installed).",
                            c.not_after.relative_to(at),
                            c.not_after,
                            crate::inspect::lint::EXPIRED_ROOT
                        ),
                    )
                    .on_certificate(i),
                );
            }
            // A version 1 root has no extensions at all; clients take it as
            // an anchor (RFC 5280 §6.1: trust anchors are inputs, not checked).
            let what = match c.is_ca {
                Some(false) => Some("its basic constraints say CA:FALSE"),
                None if c.version >= 3 => Some("it has no basic constraints extension"),
                _ => None,
            };
            if let Some(what) = what {
                bundle.not_ca = bundle.not_ca.saturating_add(1);
                bundle.findings.push(
                    Finding::new(
                        Severity::Warning,
                        "bundle-not-ca",
                        format!(
                            "Not a CA: {name} is self-signed, but {what}, so it cannot vouch for any other certificate. Trusted, it stands only for itself (a self-signed server certificate pinned this way); if it was meant as a CA, reissue it with CA:TRUE."
                        ),
                    )
                    .on_certificate(i),
                );
            }
            let extra = copies.get(&i).map_or(0, |n| n.saturating_sub(1));
            if extra > 0 {
                bundle.duplicates = bundle.duplicates.saturating_add(extra);
                bundle.findings.push(
                    Finding::new(
                        Severity::Info,
                        "bundle-duplicate-root",
                        format!(
                            "Repeated root: {name} is given {} times; one copy is enough.",
                            extra.saturating_add(1)
                        ),
                    )
                    .on_certificate(i),
                );
            }
        }
        Some(bundle)
    }
}

/// Each program's count of the bundle's roots (by SHA-256).
fn held(certificates: &[Certificate], in_mozilla: usize) -> Vec<(&'static str, usize)> {
    let mut counts: Vec<(&'static str, usize)> = vec![("mozilla", in_mozilla)];
    counts.extend(PROGRAMS.iter().map(|p| (p.id, 0)));
    for c in certificates {
        for p in programs::holders(&c.sha256) {
            if let Some((_, n)) = counts.iter_mut().find(|(id, _)| *id == p.id) {
                *n = n.saturating_add(1);
            }
        }
    }
    counts
}

/// The other programs' counts in a sentence for the bundle's headline
/// (issue 29), when any program holds a root of the bundle (a private CA's
/// roots are in none, and get no such sentence). Mozilla's count is the
/// headline's store sentence.
pub fn programs_sentence(bundle: &TrustBundle) -> Option<String> {
    if bundle.programs.iter().all(|(_, n)| *n == 0) {
        return None;
    }
    let counts: Vec<String> = bundle
        .programs
        .iter()
        .filter(|(id, _)| *id != "mozilla")
        .map(|(id, n)| format!("{} {n}", program_name(id)))
        .collect();
    Some(format!(
        "The other root programs hold: {}.",
        counts.join(", ")
    ))
}

/// Findings that advise on a server's chain or stapling: meaningless for a
/// trust store, whose roots serve no site.
pub fn is_server_advice(code: &str) -> bool {
    code.starts_with("chain-")
        || code.starts_with("ocsp-")
        || code.starts_with("staple-")
        // Chain trust verdicts (a bundle has no chains to judge).
        || code.starts_with("trust-")
        || matches!(
            code,
            "certificate-expired" | "certificate-not-yet-valid" | "certificate-expiring-soon"
        )
}
