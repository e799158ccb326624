//! Cross-signs that only some root programs need (issue 29): a chain that
//! carries a cross-signed copy of a root (ISRG Root X2 issued by ISRG Root
//! X1) is trusted by a program that holds the root itself at the root, and
//! by one that lacks it only through the cross-sign. Mozilla's store alone
//! says the copy "can be dropped"; a Java client then fails. This reads
//! each program's accepted path and says which program needs which copy.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::{Chain, Validation};
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::validation::program_name;

/// A cross-signed certificate of a chain that some programs' accepted path
/// goes through and others' stops at (its subject is their anchor).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Need {
    /// Index into the certificates of the cross-signed copy.
    pub certificate: usize,
    /// The programs whose path needs it (ids, in verdict order).
    pub through: Vec<String>,
    /// The programs that hold the root itself.
    pub at_root: Vec<String>,
}

/// The cross-signs `chain`'s accepted program verdicts disagree on.
pub fn needs(chain: &Chain, certificates: &[Certificate]) -> Vec<Need> {
    let Some(trust) = chain.trust.as_ref() else {
        return Vec::new();
    };
    let accepted: Vec<&Validation> = trust.validations.iter().filter(|v| v.accepted()).collect();
    let mut out: Vec<Need> = Vec::new();
    for v in &accepted {
        for &k in v.path.iter().skip(1) {
            let Some(c) = certificates.get(k).filter(|c| !c.self_issued) else {
                continue;
            };
            // Its subject is this path's anchor: it stands for the root.
            if v.anchor.as_deref() == Some(c.subject.as_str()) {
                continue;
            }
            let at_root: Vec<String> = accepted
                .iter()
                .filter(|w| w.anchor.as_deref() == Some(c.subject.as_str()))
                .map(|w| w.program.clone())
                .collect();
            if at_root.is_empty() {
                continue;
            }
            match out.iter_mut().find(|n| n.certificate == k) {
                Some(n) => n.through.push(v.program.clone()),
                None => out.push(Need {
                    certificate: k,
                    through: vec![v.program.clone()],
                    at_root,
                }),
            }
        }
    }
    out
}

/// "A", "A and B", "A, B and C" of program names.
fn names(ids: &[String]) -> String {
    let words: Vec<&str> = ids.iter().map(|id| program_name(id)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The hint for one need: "Java: trusted through the cross-signed ISRG
/// Root X2 #3", for the CLI's chain section (numbered from 1, as people
/// read it).
pub fn hint(need: &Need, certificates: &[Certificate]) -> String {
    let name = certificates
        .get(need.certificate)
        .map_or("", |c| c.display_name());
    format!(
        "{}: trusted through the cross-signed {name} #{}",
        names(&need.through),
        need.certificate.saturating_add(1)
    )
}

/// Issue 29: for each chain, a cross-sign some program needs replaces the
/// Mozilla-only "can be dropped" note on it (which would break that
/// program's clients) with one that says who needs it.
pub fn judge(findings: &mut Vec<Finding>, chains: &[Chain], certificates: &[Certificate]) {
    for chain in chains {
        for need in needs(chain, certificates) {
            let Some(c) = certificates.get(need.certificate) else {
                continue;
            };
            findings.retain(|f| {
                !(f.code == "trust-cross-sign-droppable" && f.certificate == Some(need.certificate))
            });
            findings.push(
                Finding::new(
                    Severity::Info,
                    "trust-cross-sign-needed",
                    format!(
                        "{through} trusts this chain only through the cross-signed {name} (issued by {}): its store lacks {name}. Keep it in ssl_certificate if you serve {through} clients; {} stop at {name} and do not need it.",
                        c.issuer_display_name(),
                        names(&need.at_root),
                        through = names(&need.through),
                        name = c.display_name(),
                    ),
                )
                .on_certificate(need.certificate),
            );
        }
    }
}
