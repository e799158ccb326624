//! Validation: whether clients accept a chain, as rustls-webpki decides it.
//!
//! certscope does not validate paths itself. For each chain, the leaf and
//! every other certificate given go to rustls-webpki's
//! `EndEntityCert::verify_for_usage` (server authentication, at the
//! evaluation time, the signature algorithms clients accept:
//! [`signature::client`]), then `verify_is_valid_for_subject_name` for each
//! host name given. Its verdict is the chain's; certscope's own diagnosis
//! (order, missing issuer, expiry, cross-signs) explains it and may add to
//! it, never contradict it ([`reconcile`]).
//!
//! Anchors, one verdict for each set:
//! - `mozilla`: Mozilla's root store ([`trust`]).
//! - `apple`, `microsoft`, `android`, `java`: the other root programs
//!   ([`trust::programs`], issue 29), each its own verdict, listed with
//!   Mozilla's in `trust.programs`. Java's blocked certificates are refused
//!   by their SHA-256 even on a path the engine accepts.
//! - `given`: the roots the person named as theirs (the CLI's `--root`), or
//!   else each self-signed CA given at the top of a chain, last in its file,
//!   that is not a store root (a private CA's root). A self-signed
//!   certificate given in the middle of a chain is not an anchor.
//!
//! The deciding verdict ([`Trust::validation`]) is Mozilla's when it
//! accepts, else the given roots' when there are any, else Mozilla's. A
//! chain that leads to no anchor at all, none given and none in the store,
//! is "no-anchor": certscope cannot tell, and says which root to add.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

mod explain;

use crate::inspect::certificate::Certificate;
pub use crate::inspect::chain::Validation;
use crate::inspect::chain::{Chain, ClientVerdict, MissingCrossSign, ProgramVerdict, Trust};
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::signature::client::CLIENT_ALGORITHMS;
use crate::inspect::time::Timestamp;
use crate::inspect::trust;
use crate::inspect::trust::programs::{self, PROGRAMS};
use rustls_pki_types::{CertificateDer, ServerName, TrustAnchor, UnixTime};

pub use explain::{program_name, refusal};

/// Where the anchors of the `given` verdict come from.
pub enum GivenRoots<'a> {
    /// The person named their roots (`--root`): only those.
    Named(&'a [Certificate]),
    /// None named: self-signed CAs at the top of a given chain.
    Implicit,
}

/// What the engine says about one leaf against one set of anchors: the
/// path (indices into `certificates`) and the anchor's subject, or why not.
type Outcome = Result<(Vec<usize>, Option<String>), webpki::Error>;

/// Validates every chain that starts with a leaf, sets
/// `chain.trust.validation` (and `validations`), and returns the findings
/// that explain the verdicts.
pub fn judge(
    chains: &mut [Chain],
    certificates: &[Certificate],
    given: &[bool],
    roots: GivenRoots<'_>,
    names: &[String],
    at: Timestamp,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (n, chain) in chains.iter_mut().enumerate() {
        let Some(&leaf) = chain.order.first() else {
            continue;
        };
        // A chain that starts with a CA is an intermediates bundle, unless
        // host names were given for it: then it is what the server sends,
        // and clients refuse a CA as the server's certificate.
        let server = certificates
            .get(leaf)
            .is_some_and(Certificate::is_server_leaf);
        let named_server = n == 0 && !names.is_empty();
        if !server && !named_server {
            continue;
        }
        // Host names are the main chain's (the leaf the names were given for).
        let names = if n == 0 { names } else { &[] };
        let named;
        let own: Vec<&Certificate> = match roots {
            GivenRoots::Named(list) => {
                named = list;
                named.iter().collect()
            }
            GivenRoots::Implicit => implicit_roots(chain, certificates),
        };
        let mozilla = validate(leaf, certificates, given, Program::Mozilla, names, at);
        let mut list = vec![verdict(mozilla, "mozilla", certificates, chain)];
        if !own.is_empty() {
            let outcome = validate(leaf, certificates, given, Program::Given(&own), names, at);
            list.push(verdict(outcome, "given", certificates, chain));
        }
        let deciding = pick(&list, !own.is_empty());
        findings.extend(explain::findings(&deciding, chain, certificates, names));
        findings.extend(explain::leaf_key(leaf, certificates));
        let others = PROGRAMS.iter().map(|p| {
            let outcome = validate(leaf, certificates, given, Program::Root(p), names, at);
            blocked(verdict(outcome, p.id, certificates, chain), p, certificates)
        });
        list.extend(others);
        let mut verdicts = per_program(&list);
        findings.extend(explain::programs_differ(&list, chain, certificates));
        for v in verdicts.iter_mut() {
            // Not only "no anchor": a refusal on a branch the cross-sign goes
            // around (a stale copy of its root, expired) is cured by it too.
            let lacking = list.iter().any(|l| l.program == v.program && !l.accepted());
            let anchors = match PROGRAMS.iter().find(|p| p.id == v.program) {
                Some(p) => programs::anchors(p),
                None => trust::anchors(),
            };
            if !lacking {
                continue;
            }
            if let Some(cross) = through_cross_sign(leaf, certificates, given, anchors, names, at) {
                findings.push(explain::cross_sign_missing(
                    program_name(&v.program),
                    cross,
                    chain,
                    certificates,
                ));
                v.trusted_with = Some(MissingCrossSign {
                    subject: cross.subject.clone(),
                    issuer: cross.issuer.clone(),
                    sha256: cross.sha256.clone(),
                });
            }
        }
        let trust = chain
            .trust
            .get_or_insert_with(|| Trust::none(trust::PROGRAM));
        trust.validation = Some(deciding);
        trust.validations = list;
        trust.programs = verdicts;
    }
    findings
}

/// Mozilla's verdict when it accepts; else the given roots' (the person's
/// own PKI); else Mozilla's.
fn pick(list: &[Validation], has_given: bool) -> Validation {
    let mozilla = list.iter().find(|v| v.program == trust::PROGRAM);
    let given = list.iter().find(|v| v.program == "given");
    let chosen = match (mozilla, given) {
        (Some(m), _) if m.accepted() => m,
        (_, Some(g)) if has_given => g,
        (Some(m), _) => m,
        (None, Some(g)) => g,
        (None, None) => {
            return Validation {
                verdict: ClientVerdict::NoAnchor,
                program: trust::PROGRAM.into(),
                anchor: None,
                path: Vec::new(),
                error: None,
                certificate: None,
            }
        }
    };
    chosen.clone()
}

enum Program<'a> {
    Mozilla,
    Root(&'static programs::Program),
    Given(&'a [&'a Certificate]),
}

/// `trust.programs`: Mozilla's verdict and each other program's.
fn per_program(list: &[Validation]) -> Vec<ProgramVerdict> {
    list.iter()
        .filter(|v| v.program != "given")
        .map(|v| {
            let (as_of, source) = match PROGRAMS.iter().find(|p| p.id == v.program) {
                Some(p) => (p.as_of.to_string(), p.source.to_string()),
                None => (trust::AS_OF.to_string(), trust::store_words()),
            };
            ProgramVerdict {
                program: v.program.clone(),
                as_of,
                source,
                anchor: v.anchor.clone(),
                trusted: v.accepted(),
                trusted_with: None,
            }
        })
        .collect()
}

/// A program that blocks a certificate of the accepted path (Java's list)
/// refuses the chain, whatever the path.
fn blocked(v: Validation, program: &programs::Program, certificates: &[Certificate]) -> Validation {
    let hit = v.path.iter().copied().find(|&i| {
        certificates
            .get(i)
            .is_some_and(|c| programs::blocks(program, &c.sha256))
    });
    match hit {
        Some(i) if v.accepted() => Validation {
            verdict: ClientVerdict::Refused,
            anchor: None,
            path: Vec::new(),
            error: Some("blocked".into()),
            certificate: Some(i),
            ..v
        },
        _ => v,
    }
}

/// Issue 29: a program (its `anchors`) that refuses the chain and would
/// accept it through a cross-signed certificate certscope knows
/// ([`trust::cross_signs`]) and the server does not send (one only inside a
/// staple is not sent: clients build no path from it): that certificate.
/// It is offered to rustls-webpki beside the chain's own, only where its
/// subject is the issuer of a certificate that can be on the path (the
/// root the chain stops at), named only when the accepted path goes through it.
fn through_cross_sign(
    leaf: usize,
    certificates: &[Certificate],
    given: &[bool],
    anchors: &[TrustAnchor<'_>],
    names: &[String],
    at: Timestamp,
) -> Option<&'static Certificate> {
    // Most chains stop at no root a cross-sign stands for: no work then.
    let known = trust::cross_signs::known();
    let relevant = known.iter().any(|cross| {
        certificates
            .iter()
            .any(|c| c.issuer_canonical == cross.subject_canonical)
    });
    if !relevant {
        return None;
    }
    let pool = candidates(leaf, certificates, given);
    let on_path: Vec<&Certificate> = std::iter::once(leaf)
        .chain(pool.iter().copied())
        .filter_map(|i| certificates.get(i))
        .collect();
    let mut ders: Vec<CertificateDer<'_>> = pool
        .iter()
        .filter_map(|&i| certificates.get(i))
        .map(|c| CertificateDer::from(c.der.as_slice()))
        .collect();
    known.iter().find(|cross| {
        let stops_at = on_path
            .iter()
            .any(|c| c.issuer_canonical == cross.subject_canonical);
        let given_already = on_path.iter().any(|c| c.sha256 == cross.sha256);
        if !stops_at || given_already {
            return false;
        }
        ders.push(CertificateDer::from(cross.der.as_slice()));
        let added = ders.len().saturating_sub(1);
        let through = run(leaf, certificates, &ders, anchors, names, at)
            .is_ok_and(|(inters, _)| inters.contains(&added));
        ders.pop();
        through
    })
}

/// Self-signed CAs that top a given chain, given last in their file (so
/// not in the middle of a chain), and that are not store roots.
fn implicit_roots<'a>(chain: &Chain, certificates: &'a [Certificate]) -> Vec<&'a Certificate> {
    let (Some(&top), true) = (chain.order.last(), chain.root_included) else {
        return Vec::new();
    };
    if chain.order.len() < 2 || chain.root_signature != Some("valid") {
        return Vec::new();
    }
    let Some(cert) = certificates.get(top) else {
        return Vec::new();
    };
    if cert.is_ca == Some(false) || trust::is_store_root(cert) {
        return Vec::new();
    }
    let placed = |i: usize| chain.positions.iter().find(|p| p.certificate == i);
    let last_in_file = placed(top).is_some_and(|p| {
        p.given.iter().any(|g| {
            !chain.positions.iter().any(|other| {
                other.certificate != top
                    && other
                        .given
                        .iter()
                        .any(|o| o.input == g.input && o.position > g.position)
            })
        })
    });
    if last_in_file {
        vec![cert]
    } else {
        Vec::new()
    }
}

/// rustls-webpki on one leaf: every other given certificate is offered
/// as an intermediate, as a server would send them; the anchors are the
/// program's.
fn validate(
    leaf: usize,
    certificates: &[Certificate],
    given: &[bool],
    program: Program<'_>,
    names: &[String],
    at: Timestamp,
) -> Outcome {
    let pool = candidates(leaf, certificates, given);
    let ders: Vec<CertificateDer<'_>> = pool
        .iter()
        .filter_map(|&i| certificates.get(i))
        .map(|c| CertificateDer::from(c.der.as_slice()))
        .collect();
    let own_ders: Vec<CertificateDer<'_>> = match &program {
        Program::Mozilla | Program::Root(_) => Vec::new(),
        Program::Given(list) => list
            .iter()
            .map(|c| CertificateDer::from(c.der.as_slice()))
            .collect(),
    };
    // Each given root beside its anchor, so the anchor a path ends in is
    // named by the root it came from.
    let (own_roots, own_anchors): (Vec<&Certificate>, Vec<TrustAnchor<'_>>) = match &program {
        Program::Given(list) => list
            .iter()
            .zip(&own_ders)
            .filter_map(|(c, d)| Some((*c, webpki::anchor_from_trusted_cert(d).ok()?)))
            .unzip(),
        _ => (Vec::new(), Vec::new()),
    };
    let anchors: &[TrustAnchor<'_>] = match program {
        Program::Mozilla => trust::anchors(),
        Program::Root(p) => programs::anchors(p),
        Program::Given(_) => &own_anchors,
    };
    let anchor_name = |k: usize| match program {
        Program::Mozilla => trust::anchor_root(k).map(|c| c.subject.clone()),
        Program::Root(p) => programs::anchor_subject(p, k),
        Program::Given(_) => own_roots.get(k).map(|c| c.subject.clone()),
    };
    let result = run(leaf, certificates, &ders, anchors, names, at).map(|(inters, anchor)| {
        let mut path = vec![leaf];
        path.extend(inters.iter().filter_map(|k| pool.get(*k).copied()));
        // The anchor too, where it was given as a certificate.
        let top = anchors.get(anchor).and_then(|a| {
            pool.iter().copied().find(|&i| {
                certificates.get(i).is_some_and(|c| {
                    webpki::anchor_from_trusted_cert(&CertificateDer::from(c.der.as_slice()))
                        .is_ok_and(|t| {
                            t.subject == a.subject
                                && t.subject_public_key_info == a.subject_public_key_info
                        })
                })
            })
        });
        path.extend(top.filter(|t| !path.contains(t)));
        (path, anchor_name(anchor))
    });
    result
}

/// The given certificates that can be on a path from `leaf`: those whose
/// subject is the issuer of the leaf or of another candidate, by the one
/// name rule (which matches wherever rustls-webpki's byte comparison of
/// names does). rustls-webpki reads every intermediate it is offered at
/// every step, so offering 500 unrelated ones (a bundle of leaves) would
/// cost 500 decodings per step; these are the only ones it could use.
fn candidates(leaf: usize, certificates: &[Certificate], given: &[bool]) -> Vec<usize> {
    let mut wanted: Vec<&crate::inspect::dn::Canonical> = Vec::new();
    let mut pool: Vec<usize> = Vec::new();
    if let Some(c) = certificates.get(leaf) {
        wanted.push(&c.issuer_canonical);
    }
    while let Some(name) = wanted.pop() {
        for (i, c) in certificates.iter().enumerate() {
            let usable = i != leaf && given.get(i) == Some(&true) && !pool.contains(&i);
            if usable && &c.subject_canonical == name {
                pool.push(i);
                wanted.push(&c.issuer_canonical);
            }
        }
    }
    pool.sort_unstable();
    pool
}

/// The engine itself: `(positions in ders of the path's intermediates,
/// index of the anchor in anchors)`.
fn run(
    leaf: usize,
    certificates: &[Certificate],
    ders: &[CertificateDer<'_>],
    anchors: &[TrustAnchor<'_>],
    names: &[String],
    at: Timestamp,
) -> Result<(Vec<usize>, usize), webpki::Error> {
    let leaf_der = certificates
        .get(leaf)
        .map(|c| CertificateDer::from(c.der.as_slice()))
        .ok_or(webpki::Error::BadDer)?;
    let end_entity = webpki::EndEntityCert::try_from(&leaf_der)?;
    let time = UnixTime::since_unix_epoch(std::time::Duration::from_secs(
        u64::try_from(at.0).unwrap_or(0),
    ));
    let path = end_entity.verify_for_usage(
        CLIENT_ALGORITHMS,
        anchors,
        ders,
        time,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    )?;
    let inters: Vec<usize> = path
        .intermediate_certificates()
        .filter_map(|c| ders.iter().position(|d| d.as_ref() == c.der().as_ref()))
        .collect();
    let anchor = path.anchor();
    let anchor_index = anchors
        .iter()
        .position(|a| {
            a.subject == anchor.subject
                && a.subject_public_key_info == anchor.subject_public_key_info
        })
        .unwrap_or(0);
    for name in names {
        let server_name = ServerName::try_from(name.as_str())
            .map_err(|_| webpki::Error::MalformedDnsIdentifier)?;
        end_entity.verify_is_valid_for_subject_name(&server_name)?;
    }
    Ok((inters, anchor_index))
}

/// The outcome as the report's [`Validation`]: the anchor named, the
/// refusal's code and the certificate it concerns.
fn verdict(
    outcome: Outcome,
    program: &str,
    certificates: &[Certificate],
    chain: &Chain,
) -> Validation {
    match outcome {
        Ok((path, anchor)) => Validation {
            verdict: ClientVerdict::Accepted,
            program: program.into(),
            anchor,
            path,
            error: None,
            certificate: None,
        },
        Err(error) => {
            let (code, certificate) = explain::classify(&error, chain, certificates);
            // A store lacking the root is "no anchor"; given roots are
            // the person's own, so not reaching them is a refusal.
            let no_anchor = code == "unknown-issuer" && program != "given";
            Validation {
                verdict: if no_anchor {
                    ClientVerdict::NoAnchor
                } else {
                    ClientVerdict::Refused
                },
                program: program.into(),
                anchor: None,
                path: Vec::new(),
                error: Some(code.into()),
                certificate,
            }
        }
    }
}

/// The chain findings a client's verdict overrides. When rustls-webpki
/// accepts a chain through another path than certscope's diagnosis read,
/// an error about a certificate off that path (an expired cross-sign, a
/// CA:FALSE certificate a client never uses) is not a refusal: it becomes
/// a warning that says so.
pub fn reconcile(findings: &mut Vec<Finding>, chains: &[Chain]) {
    // A weak leaf key is said by the chain's own finding where it has one.
    let weak: Vec<Option<usize>> = findings
        .iter()
        .filter(|f| f.code == "chain-weak-key")
        .map(|f| f.certificate)
        .collect();
    findings
        .retain(|f| !(f.code == "validation-leaf-key-refused" && weak.contains(&f.certificate)));
    for chain in chains {
        let Some(v) = chain.trust.as_ref().and_then(|t| t.validation.as_ref()) else {
            continue;
        };
        if v.verdict == ClientVerdict::NoAnchor {
            for f in findings.iter_mut().filter(|f| {
                f.code == "trust-not-in-store"
                    && f.certificate.is_some_and(|i| chain.order.contains(&i))
            }) {
                f.message.push_str(NO_ANCHOR);
            }
        }
        if v.verdict == ClientVerdict::Refused {
            said_once(findings, chain, v);
        }
        if !v.accepted() {
            continue;
        }
        // The issuer certscope found missing is the anchor clients reach
        // (a root given with `--root`, which a server does not send).
        let top = v.path.last().copied();
        findings.retain(|f| !(RESOLVED.contains(&f.code) && f.certificate == top && top.is_some()));
        for f in findings.iter_mut() {
            let concerns_chain = f.certificate.is_some_and(|i| {
                chain.order.contains(&i) || chain.alternatives.iter().any(|a| a.order.contains(&i))
            });
            if !concerns_chain || !overrulable(f, chains) {
                continue;
            }
            let on_path = f.certificate.is_some_and(|i| v.path.contains(&i));
            f.severity = Severity::Warning;
            overrule(&mut f.message, on_path);
        }
    }
    // An expired cross-sign is said once, by the trust finding that names
    // the store root clients use instead.
    let cross: Vec<Option<usize>> = findings
        .iter()
        .filter(|f| f.code == "trust-cross-sign-expired")
        .map(|f| f.certificate)
        .collect();
    findings.retain(|f| {
        !(f.code == "chain-expired-certificate"
            && f.severity == Severity::Warning
            && cross.contains(&f.certificate))
    });
}

/// Rewrites a chain error the client's verdict overrules: the fact it
/// states stays, its "clients reject" sentence gives way to what clients
/// do, so the finding does not say both.
fn overrule(message: &mut String, on_path: bool) {
    let cut = [
        " Clients reject",
        " Until then clients reject",
        " Clients refuse",
    ]
    .iter()
    .filter_map(|s| message.find(s))
    .min();
    if let Some(cut) = cut {
        message.truncate(cut);
    }
    message.push_str(if on_path {
        // Only an anchor can be on an accepted path and still break a rule:
        // rustls-webpki keeps an anchor's name, key and name constraints,
        // not its dates or other extensions (RFC 5280 §6.1.1).
        " Clients built on rustls-webpki accept the chain all the same: their path ends at this name and key as the trust anchor, whose dates and constraints they do not judge."
    } else {
        " It is not on the path clients build (rustls-webpki accepts the chain without it), so it can be dropped from ssl_certificate."
    });
}

/// certscope's own diagnosis already has the cause of a refusal (an
/// expired certificate, a broken link, a missing issuer): that finding
/// says the client's verdict too, and the engine's finding goes.
fn said_once(findings: &mut Vec<Finding>, chain: &Chain, v: &Validation) {
    let Some(code) = v.error.as_deref() else {
        return;
    };
    let causes: &[&str] = match code {
        "certificate-expired" => &["chain-expired-certificate", "certificate-expired"],
        "certificate-not-yet-valid" => &[
            "chain-not-yet-valid-certificate",
            "certificate-not-yet-valid",
        ],
        "signature-refused" => &[
            "chain-bad-signature",
            "chain-weak-signature",
            "chain-weak-key",
        ],
        "unknown-issuer" => &["chain-incomplete"],
        "leaf-as-ca" | "path-length-exceeded" => &["chain-ca-constraint", "chain-too-long"],
        "name-mismatch" => &["host-not-covered"],
        "malformed-certificate" => &["certificate-malformed"],
        _ => &[],
    };
    let in_chain = |f: &Finding| f.certificate.is_none_or(|i| chain.order.contains(&i));
    let Some(cause) = findings
        .iter()
        .position(|f| f.severity == Severity::Error && causes.contains(&f.code) && in_chain(f))
    else {
        return;
    };
    let engine = findings
        .iter()
        .position(|f| f.code.starts_with("validation-") && f.code.ends_with(code) && in_chain(f));
    if let Some(engine) = engine {
        findings.remove(engine);
        if let Some(f) = findings.get_mut(if engine < cause {
            cause.saturating_sub(1)
        } else {
            cause
        }) {
            f.message
                .push_str(" Clients refuse the chain for it (rustls-webpki's verdict).");
        }
    }
}

/// What the trust note adds when no anchor was found anywhere.
const NO_ANCHOR: &str = " So certscope cannot tell whether clients accept the chain: if it is a private CA, give its root (certscope inspect --root root.pem) to validate against it.";

/// Chain errors that say "clients refuse", which the client's own verdict
/// decides instead.
const OVERRULED: &[&str] = &[
    "certificate-expired",
    "certificate-not-yet-valid",
    "chain-expired-certificate",
    "chain-not-yet-valid-certificate",
    "chain-ca-constraint",
    "chain-bad-signature",
    "chain-too-long",
    "chain-cycle",
];

/// Chain errors an accepted path answers: the issuer certscope found
/// missing was an anchor (a root given with `--root`, or a store root).
const RESOLVED: &[&str] = &["chain-incomplete"];

/// A chain error another chain's accepted verdict overrules: one of
/// [`OVERRULED`], about no certificate of a chain clients refuse. There it
/// can be the refusal's cause ([`said_once`]): a second leaf's accepted
/// path through the same CA does not make the first chain work.
fn overrulable(f: &Finding, chains: &[Chain]) -> bool {
    let refused = |c: &Chain| {
        c.trust
            .as_ref()
            .and_then(|t| t.validation.as_ref())
            .is_some_and(|v| v.verdict == ClientVerdict::Refused)
    };
    let on_refused = |i: usize| chains.iter().any(|c| refused(c) && c.order.contains(&i));
    f.severity == Severity::Error
        && OVERRULED.contains(&f.code)
        && !f.certificate.is_some_and(on_refused)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    /// certscope's report on fixture files given together, with `--root`
    /// and `--host` when given.
    fn analyzed(files: &[&str], root: Option<&str>, host: Option<&str>) -> crate::Report {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let read = |f: &str| crate::Input::new(f, std::fs::read(format!("{dir}/{f}")).unwrap());
        let options = crate::Options {
            host: host.map(str::to_string),
            roots: root.into_iter().map(read).collect(),
            ..crate::Options::default()
        };
        let inputs: Vec<crate::Input> = files.iter().map(|f| read(f)).collect();
        crate::analyze_with(&inputs, Timestamp(1_795_395_600), &options)
    }

    /// The first chain's validation, which these reports all have.
    fn first_validation(report: &crate::Report) -> &crate::inspect::chain::Validation {
        report.chains[0]
            .trust
            .as_ref()
            .unwrap()
            .validation
            .as_ref()
            .unwrap()
    }

    /// A refusal whose cause the diagnosis has is said once, by that
    /// finding, which says the clients' verdict too; the engine's own
    /// finding goes. `(files, --root, --host, the refusal, the finding
    /// that says it)`.
    #[test]
    fn a_refusal_the_diagnosis_explains_is_said_once() {
        let r1 = Some("pki/root-rsa.pem");
        let table = [
            (
                &["pki/leaf-expired.pem", "pki/int-rsa.pem"][..],
                r1,
                None,
                "certificate-expired",
                "chain-expired-certificate",
            ),
            (
                &["pki/leaf-not-yet-valid.pem", "pki/int-rsa.pem"],
                r1,
                None,
                "certificate-not-yet-valid",
                "chain-not-yet-valid-certificate",
            ),
            (
                &["pki/leaf-rsa1024-sha1.pem", "pki/int-rsa.pem"],
                r1,
                None,
                "signature-refused",
                "chain-weak-signature",
            ),
            (
                &["pki/leaf.pem"],
                r1,
                None,
                "unknown-issuer",
                "chain-incomplete",
            ),
            (
                &["trust/refusals/pathlen-leaf.pem"],
                None,
                None,
                "path-length-exceeded",
                "chain-ca-constraint",
            ),
            (
                &["chains/correct.pem"],
                r1,
                Some("other.example.test"),
                "name-mismatch",
                "host-not-covered",
            ),
        ];
        // A certificate rustls-webpki cannot read (UTCTime without seconds).
        let malformed = (
            &["names/utctime-no-seconds.pem"][..],
            None,
            Some("foo.example"),
            "malformed-certificate",
            "certificate-malformed",
        );
        for (files, root, host, code, said_by) in table.into_iter().chain([malformed]) {
            let report = analyzed(files, root, host);
            let v = first_validation(&report);
            assert_eq!(
                (v.verdict, v.error.as_deref()),
                (ClientVerdict::Refused, Some(code)),
                "{files:?}"
            );
            let errors: Vec<&Finding> = report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .collect();
            let said: Vec<&&Finding> = errors
                .iter()
                .filter(|f| {
                    f.message
                        .ends_with(" Clients refuse the chain for it (rustls-webpki's verdict).")
                })
                .collect();
            assert_eq!(said.len(), 1, "{files:?}: {errors:#?}");
            assert_eq!(said[0].code, said_by, "{files:?}");
            assert!(
                errors.iter().all(|f| !f.code.starts_with("validation-")),
                "{files:?}: {errors:#?}"
            );
        }
    }

    /// The issuer certscope finds missing (the leaf's, R2) is no error when
    /// it is the anchor the accepted path ends at (R2 given with `--root`);
    /// without it, it is. `(--root, chain-incomplete errors, by the
    /// certificate they are on)`.
    #[test]
    fn a_missing_issuer_that_is_the_anchor_reached_is_no_error() {
        let leaf = "CN=www.example.test,O=certscope tests";
        let table: [(Option<&str>, &[&str]); 2] = [(Some("pki/int-rsa.pem"), &[]), (None, &[leaf])];
        for (root, incomplete) in table {
            let report = analyzed(&["pki/leaf.pem"], root, None);
            let on: Vec<&str> = report
                .findings
                .iter()
                .filter(|f| f.code == "chain-incomplete" && f.severity == Severity::Error)
                .filter_map(|f| {
                    f.certificate
                        .map(|i| report.certificates[i].subject.as_str())
                })
                .collect();
            assert_eq!(on, incomplete, "--root {root:?}");
        }
    }

    /// Two refused chains: the engine's finding that goes is the one of the
    /// chain whose cause the diagnosis has (the expired leaf's), not the
    /// other chain's, which has none (the clientAuth CA's). Each file ends
    /// in its own root, an implicit anchor.
    #[test]
    fn each_chain_says_its_own_refusal_once() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap();
        let expired = [
            "pki/leaf-expired.pem",
            "pki/int-rsa.pem",
            "pki/root-rsa.pem",
        ];
        let inputs = [
            crate::Input::new("eku.pem", read("trust/refusals/eku-intermediate.pem")),
            crate::Input::new(
                "expired.pem",
                expired.iter().flat_map(|f| read(f)).collect::<Vec<u8>>(),
            ),
        ];
        let report = crate::analyze(&inputs, Timestamp(1_795_395_600));
        let errors: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.code)
            .collect();
        assert!(
            errors.contains(&"validation-eku-lacks-server-auth"),
            "{errors:?}"
        );
        assert!(errors.contains(&"chain-expired-certificate"), "{errors:?}");
        assert!(
            !errors.contains(&"validation-certificate-expired"),
            "{errors:?}"
        );
    }

    /// A chain with no anchor, none given and none in the store: its trust
    /// note says certscope cannot tell, and only its. `(files, --root, the
    /// verdict, said)`.
    #[test]
    fn only_a_chain_with_no_anchor_says_certscope_cannot_tell() {
        let table = [
            (
                &["chains/correct.pem"][..],
                None,
                ClientVerdict::NoAnchor,
                true,
            ),
            (
                &["chains/correct.pem"],
                Some("pki/root-rsa.pem"),
                ClientVerdict::Accepted,
                false,
            ),
            (
                &["pki/leaf-expired.pem", "pki/int-rsa.pem"],
                None,
                ClientVerdict::Refused,
                false,
            ),
        ];
        for (files, root, verdict, said) in table {
            let report = analyzed(files, root, None);
            let v = first_validation(&report);
            assert_eq!(v.verdict, verdict, "{files:?}");
            let noted = report
                .findings
                .iter()
                .any(|f| f.message.ends_with(NO_ANCHOR));
            assert_eq!(noted, said, "{files:?}");
        }
    }

    /// Java's blocked list refuses a path the engine accepted, naming the
    /// certificate; a program without that list is unaffected. (No blocked
    /// certificate is public in the data, so a store root stands in, its
    /// fingerprint set to a blocked one.)
    #[test]
    fn a_blocked_certificate_on_the_path_is_refused_by_that_program_only() {
        let java = &PROGRAMS[3];
        let blocked_sha = programs::table_blocked(java)[0].clone();
        let mut cert = trust::roots()[0].clone();
        cert.sha256 = blocked_sha;
        let accepted = Validation {
            verdict: ClientVerdict::Accepted,
            program: java.id.into(),
            anchor: Some("CN=x".into()),
            path: vec![0],
            error: None,
            certificate: None,
        };
        let v = blocked(accepted.clone(), java, std::slice::from_ref(&cert));
        assert_eq!(v.verdict, ClientVerdict::Refused);
        assert_eq!(v.error.as_deref(), Some("blocked"));
        assert_eq!(v.certificate, Some(0));
        assert!(v.anchor.is_none() && v.path.is_empty());
        let apple = &PROGRAMS[0];
        let v = blocked(accepted, apple, std::slice::from_ref(&cert));
        assert!(v.accepted());
    }
}
