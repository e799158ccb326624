//! A rustls-webpki verdict in the report's words: each refusal a stable
//! code, the certificate it concerns (found in the chain by the rule that
//! failed, since the engine's error names no certificate) and the rule.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::Chain;
use crate::inspect::chain::{ClientVerdict, Validation};
use crate::inspect::finding::{Finding, Severity};
use webpki::Error;

/// Extensions rustls-webpki understands (RFC 5280 §4.2: a client "MUST
/// reject the certificate if it encounters a critical extension it does not
/// recognize"): key usage, SAN, basic constraints, name constraints, CRL
/// distribution points, extended key usage, AIA, policy ones it reads past.
const UNDERSTOOD: &[&str] = &[
    "2.5.29.15",
    "2.5.29.17",
    "2.5.29.19",
    "2.5.29.30",
    "2.5.29.31",
    "2.5.29.37",
    "1.3.6.1.5.5.7.1.1",
    "2.5.29.14",
    "2.5.29.35",
];

/// A certificate whose extended key usage does not leave out serverAuth:
/// it lists none, or serverAuth or anyExtendedKeyUsage among them.
fn allows_server_auth(c: &Certificate) -> bool {
    // An EKU extension of no usage is empty-eku's refusal, not this one: the
    // engine says eku-lacks-server-auth only for a list without serverAuth.
    c.extended_key_usage.is_empty() || c.lists_server_auth()
}

fn has_extension(c: &Certificate, oid: &str) -> bool {
    c.extensions.iter().any(|e| e.oid == oid)
}

/// The code of a refusal and the certificate it concerns.
pub fn classify(
    error: &Error,
    chain: &Chain,
    certificates: &[Certificate],
) -> (&'static str, Option<usize>) {
    let order: Vec<(usize, &Certificate)> = chain
        .order
        .iter()
        .filter_map(|&i| Some((i, certificates.get(i)?)))
        .collect();
    let leaf = order.first().map(|(i, _)| *i);
    let first = |test: &dyn Fn(usize, &Certificate) -> bool| {
        order
            .iter()
            .enumerate()
            .find(|(k, (_, c))| test(*k, c))
            .map(|(_, (i, _))| *i)
    };
    #[allow(deprecated)] // the engine returns the context variants; the old ones are matched too
    match error {
        Error::CertExpired { not_after, .. } => (
            "certificate-expired",
            first(&|_, c| u64::try_from(c.not_after.0).ok() == Some(not_after.as_secs())).or(leaf),
        ),
        Error::CertNotValidYet { not_before, .. } => (
            "certificate-not-yet-valid",
            first(&|_, c| u64::try_from(c.not_before.0).ok() == Some(not_before.as_secs()))
                .or(leaf),
        ),
        Error::CertNotValidForName(_) => ("name-mismatch", leaf),
        Error::NameConstraintViolation => (
            "name-constraint-violation",
            first(&|k, c| k > 0 && has_extension(c, "2.5.29.30")),
        ),
        Error::MalformedNameConstraint | Error::InvalidNetworkMaskConstraint => (
            "malformed-name-constraint",
            first(&|k, c| k > 0 && has_extension(c, "2.5.29.30")),
        ),
        Error::RequiredEkuNotFound | Error::RequiredEkuNotFoundContext(_) => (
            "eku-lacks-server-auth",
            first(&|_, c| !allows_server_auth(c)).or(leaf),
        ),
        Error::EmptyEkuExtension => (
            "empty-eku",
            first(&|_, c| has_extension(c, "2.5.29.37") && c.extended_key_usage.is_empty())
                .or(leaf),
        ),
        Error::UnsupportedCriticalExtension => (
            "unknown-critical-extension",
            first(&|_, c| {
                c.extensions
                    .iter()
                    .any(|e| e.critical && !UNDERSTOOD.contains(&e.oid.as_str()))
            }),
        ),
        Error::CaUsedAsEndEntity => ("ca-as-leaf", leaf),
        Error::EndEntityUsedAsCa => ("leaf-as-ca", first(&|k, c| k > 0 && c.is_ca != Some(true))),
        Error::PathLenConstraintViolated => (
            "path-length-exceeded",
            first(&|k, c| k > 0 && c.path_length.is_some()),
        ),
        Error::InvalidSignatureForPublicKey
        | Error::UnsupportedSignatureAlgorithm
        | Error::UnsupportedSignatureAlgorithmContext(_)
        | Error::UnsupportedSignatureAlgorithmForPublicKey
        | Error::UnsupportedSignatureAlgorithmForPublicKeyContext(_)
        | Error::SignatureAlgorithmMismatch => {
            ("signature-refused", weak_link(chain, certificates))
        }
        Error::UnknownIssuer => ("unknown-issuer", chain.order.last().copied()),
        Error::CertDistrusted => ("distrusted", chain.order.last().copied()),
        Error::MaximumPathDepthExceeded
        | Error::MaximumPathBuildCallsExceeded
        | Error::MaximumSignatureChecksExceeded
        | Error::MaximumNameConstraintComparisonsExceeded => ("path-budget", leaf),
        Error::InvalidSerialNumber => ("invalid-serial-number", unparsable(&order)),
        Error::UnsupportedCertVersion => ("unsupported-version", unparsable(&order)),
        Error::MalformedDnsIdentifier => ("malformed-name", leaf),
        _ => ("malformed-certificate", unparsable(&order).or(leaf)),
    }
}

/// The first certificate whose signature clients refuse: an algorithm
/// outside their set, a key too weak, or a link that does not verify.
fn weak_link(chain: &Chain, certificates: &[Certificate]) -> Option<usize> {
    let refused = |c: &Certificate| {
        let alg = c.signature_algorithm.to_ascii_lowercase();
        alg.contains("sha1")
            || alg.contains("sha-1")
            || alg.contains("md5")
            || alg.contains("dsa") && !alg.contains("ecdsa")
    };
    let weak_key = |c: &Certificate| {
        c.public_key.algorithm.to_ascii_lowercase().contains("rsa")
            && c.public_key.bits.is_some_and(|b| b < 2048)
            || c.public_key
                .curve
                .as_deref()
                .is_some_and(|curve| !(curve.contains("256") || curve.contains("384")))
    };
    let bad_link = chain
        .links
        .iter()
        .find(|l| l.signature != "valid")
        .map(|l| l.child);
    chain
        .order
        .iter()
        .copied()
        .find(|&i| {
            certificates
                .get(i)
                .is_some_and(|c| refused(c) || weak_key(c))
        })
        .or(bad_link)
}

/// The first certificate rustls-webpki cannot read.
fn unparsable(order: &[(usize, &Certificate)]) -> Option<usize> {
    order
        .iter()
        .find(|(_, c)| {
            let der = rustls_pki_types::CertificateDer::from(c.der.as_slice());
            webpki::EndEntityCert::try_from(&der).is_err()
        })
        .map(|(i, _)| *i)
}

/// The rule a refusal breaks, in a person's words, given the concerned
/// certificate's name.
pub fn refusal(code: &str, who: &str) -> String {
    match code {
        "certificate-expired" => format!("{who} has expired"),
        "certificate-not-yet-valid" => format!("{who} is not valid yet"),
        "name-mismatch" => format!("{who} does not cover the host name"),
        "name-constraint-violation" => format!("a name in the leaf is outside the name constraints of {who}"),
        "malformed-name-constraint" => format!("the name constraints of {who} are malformed or of a kind clients cannot check"),
        "eku-lacks-server-auth" => format!("the extended key usage of {who} leaves out serverAuth (TLS server authentication)"),
        "empty-eku" => format!("{who} has an empty extended key usage extension"),
        "unknown-critical-extension" => format!("{who} has a critical extension clients do not know, and RFC 5280 §4.2 requires them to refuse it"),
        "ca-as-leaf" => format!("{who} is a CA certificate (basicConstraints CA:TRUE) used as the server's certificate"),
        "leaf-as-ca" => format!("{who} is not a CA (no basicConstraints CA:TRUE) but signs another certificate of the path"),
        "path-length-exceeded" => format!("the path is longer than the pathLenConstraint of {who} allows"),
        "signature-refused" => format!("the signature of {who} uses an algorithm or key clients refuse (they require RSA of 2048 to 8192 bits, ECDSA on P-256 or P-384, or Ed25519, with SHA-256, SHA-384 or SHA-512), or does not verify"),
        "unknown-issuer" => format!("no path from the leaf leads to a root that is trusted here; the chain stops at {who}"),
        "distrusted" => format!("{who} is distrusted by the root programs"),
        "blocked" => format!("{who} is on the program's list of blocked certificates"),
        "path-budget" => "the certificates given offer too many paths: clients give up before finding one".to_string(),
        "invalid-serial-number" => format!("the serial number of {who} is not a positive integer of at most 20 bytes (RFC 5280 §4.1.2.2)"),
        "unsupported-version" => format!("{who} is not an X.509 version 3 certificate"),
        "malformed-name" => "a host name given is not a valid DNS name or IP address".to_string(),
        _ => format!("clients cannot read {who} as RFC 5280 requires (a malformed extension or encoding)"),
    }
}

/// The findings that state the deciding verdict.
pub fn findings(
    v: &Validation,
    chain: &Chain,
    certificates: &[Certificate],
    names: &[String],
) -> Vec<Finding> {
    let leaf_name = chain
        .order
        .first()
        .and_then(|&i| certificates.get(i))
        .map(|c| c.display_name().to_string())
        .unwrap_or_default();
    let who = v
        .certificate
        .and_then(|i| certificates.get(i))
        .map(|c| c.display_name().to_string())
        .unwrap_or_else(|| leaf_name.clone());
    let anchors = if v.program == "given" {
        "the roots you gave"
    } else {
        "Mozilla's root store"
    };
    let code = v.error.as_deref().unwrap_or("");
    let finding = match v.verdict {
        // Said once, by the trust note it completes ([`super::reconcile`]).
        ClientVerdict::Accepted | ClientVerdict::NoAnchor => return Vec::new(),
        ClientVerdict::Refused => Finding::new(
            Severity::Error,
            validation_code(code),
            format!(
                "Clients refuse the chain of {leaf_name} (rustls-webpki, against {anchors}): {}.{}",
                refusal(code, &who),
                hint(code, names),
            ) + &constraint_detail(code, v.certificate, chain, certificates),
        ),
    };
    vec![match v.certificate {
        Some(i) => finding.on_certificate(i),
        None => finding,
    }]
}

fn hint(code: &str, names: &[String]) -> String {
    match code {
        "name-mismatch" if !names.is_empty() => {
            format!(" Host names checked: {}.", names.join(", "))
        }
        "unknown-issuer" => {
            " Give the missing intermediate, or the root the chain ends in.".to_string()
        }
        _ => String::new(),
    }
}

/// The finding code of each refusal: `validation-` and the refusal's code.
fn validation_code(code: &str) -> &'static str {
    match code {
        "certificate-expired" => "validation-certificate-expired",
        "certificate-not-yet-valid" => "validation-certificate-not-yet-valid",
        "name-mismatch" => "validation-name-mismatch",
        "name-constraint-violation" => "validation-name-constraint-violation",
        "malformed-name-constraint" => "validation-malformed-name-constraint",
        "eku-lacks-server-auth" => "validation-eku-lacks-server-auth",
        "empty-eku" => "validation-empty-eku",
        "unknown-critical-extension" => "validation-unknown-critical-extension",
        "ca-as-leaf" => "validation-ca-as-leaf",
        "leaf-as-ca" => "validation-leaf-as-ca",
        "path-length-exceeded" => "validation-path-length-exceeded",
        "signature-refused" => "validation-signature-refused",
        "unknown-issuer" => "validation-unknown-issuer",
        "distrusted" => "validation-distrusted",
        "path-budget" => "validation-path-budget",
        "invalid-serial-number" => "validation-invalid-serial-number",
        "unsupported-version" => "validation-unsupported-version",
        "malformed-name" => "validation-malformed-name",
        _ => "validation-malformed-certificate",
    }
}

/// The leaf's own key signs the handshake, which rustls-webpki does not
/// judge (it checks the signatures of the path): clients offer only RSA of
/// 2048 to 8192 bits (whole bytes), ECDSA on P-256, P-384 or P-521, and
/// Ed25519 (rustls' and browsers' signature schemes; no DSA, no P-192).
pub fn leaf_key(leaf: usize, certificates: &[Certificate]) -> Option<Finding> {
    let c = certificates.get(leaf)?;
    let key = &c.public_key;
    let alg = key.algorithm.to_ascii_lowercase();
    let refused = if alg.contains("rsa") {
        key.bits
            .is_some_and(|b| !(2048..=8192).contains(&b) || b % 8 != 0)
    } else if alg.contains("dsa") && !alg.contains("ecdsa") {
        true
    } else if let Some(curve) = key.curve.as_deref() {
        !["256", "384", "521"].iter().any(|n| curve.contains(n))
    } else {
        false
    };
    refused.then(|| {
        Finding::new(
            Severity::Error,
            "validation-leaf-key-refused",
            format!(
                "Clients refuse the key of {}: {}. TLS clients sign the handshake only with RSA keys of 2048 to 8192 bits, ECDSA keys on P-256, P-384 or P-521, or Ed25519. Get a certificate for a new key.",
                c.display_name(),
                key.summary
            ),
        )
        .on_certificate(leaf)
    })
}

/// For a name-constraint refusal: the CA's constraints and the leaf's
/// names, side by side, so the name that breaks them can be seen.
fn constraint_detail(
    code: &str,
    ca: Option<usize>,
    chain: &Chain,
    certificates: &[Certificate],
) -> String {
    if code != "name-constraint-violation" {
        return String::new();
    }
    let constraints = ca
        .and_then(|i| certificates.get(i))
        .and_then(|c| c.extensions.iter().find(|e| e.oid == "2.5.29.30"))
        .map(|e| e.value.clone());
    let leaf = chain.order.first().and_then(|&i| certificates.get(i));
    let names = leaf.map(|l| {
        let mut all = l.subject_alt_names.clone();
        all.push(format!("subject {}", l.subject));
        all.join(", ")
    });
    match (constraints, names) {
        (Some(c), Some(n)) => format!(" Its constraints: {c}. The leaf's names: {n}."),
        _ => String::new(),
    }
}

/// When the root programs disagree on a chain (issue 29): which trust it,
/// which do not and why, in one sentence. `None` when they agree.
pub fn programs_differ(
    list: &[Validation],
    chain: &Chain,
    certificates: &[Certificate],
) -> Option<Finding> {
    let stores: Vec<&Validation> = list.iter().filter(|v| v.program != "given").collect();
    let (yes, no): (Vec<&Validation>, Vec<&Validation>) = stores.iter().partition(|v| v.accepted());
    if yes.is_empty() || no.is_empty() {
        return None;
    }
    let top = chain.order.last().and_then(|&i| certificates.get(i));
    // The root a store lacks: the top certificate itself when it is
    // self-issued (a root given), else its issuer.
    let lacking = top.map_or_else(String::new, |c| {
        if c.self_issued {
            c.display_name().to_string()
        } else {
            c.issuer_display_name().to_string()
        }
    });
    let names = |vs: &[&Validation]| {
        let words: Vec<&str> = vs.iter().map(|v| program_name(&v.program)).collect();
        and_list(&words)
    };
    // Programs refusing for the same reason are named together.
    let mut reasons: Vec<(String, Vec<&Validation>)> = Vec::new();
    for v in &no {
        let who = v
            .certificate
            .and_then(|i| certificates.get(i))
            .map_or_else(String::new, |c| c.display_name().to_string());
        let why = match v.error.as_deref() {
            Some("unknown-issuer") | None => format!("the store lacks {lacking}"),
            Some(code) => refusal(code, &who),
        };
        match reasons.iter_mut().find(|(r, _)| *r == why) {
            Some((_, vs)) => vs.push(v),
            None => reasons.push((why, vec![v])),
        }
    }
    let why: Vec<String> = reasons
        .iter()
        .map(|(why, vs)| format!("{}: {why}", names(vs)))
        .collect();
    // A warning: clients of the refusing programs fail, which is what the
    // headline is for.
    Some(
        Finding::new(
            Severity::Warning,
            "trust-programs-differ",
            format!(
                "Trusted by {}; not by {}. Clients that use {} refuse the chain: one that ends in a root every program holds works everywhere.",
                names(&yes),
                why.join("; not by "),
                if no.len() == 1 { "that program" } else { "those programs" },
            ),
        )
        .on_certificate(chain.order.first().copied().unwrap_or(0)),
    )
}

/// Issue 29: a program that lacks the root the chain stops at, and would
/// trust the chain through a cross-signed copy of it certscope knows: the
/// action, naming the certificate to serve (certscope cannot fetch it).
/// Info: the `trust-programs-differ` warning already says who refuses.
pub fn cross_sign_missing(
    program: &str,
    cross: &Certificate,
    chain: &Chain,
    certificates: &[Certificate],
) -> Finding {
    let root = cross.display_name();
    let by = cross.issuer_display_name();
    let top = chain.order.last().copied().unwrap_or(0);
    // A self-signed root at the top is the one the program lacks: the
    // cross-sign takes its place (clients that hold it need neither).
    let place = if certificates.get(top).is_some_and(|c| c.self_issued) {
        format!("in place of the self-signed {root}")
    } else {
        "too, after the chain's last certificate".to_string()
    };
    Finding::new(
        Severity::Info,
        "trust-cross-sign-missing",
        format!(
            "{program} does not trust this chain: its store lacks {root}. Serve the cross-signed {root} (issued by {by}, SHA-256 {}) {place}: {program} reaches {by} through it. certscope knows this certificate but cannot fetch it; {root}'s CA publishes it.",
            cross.sha256
        ),
    )
    .on_certificate(top)
}

/// A root program's name in sentences.
pub fn program_name(id: &str) -> &'static str {
    match id {
        "mozilla" => "Mozilla",
        "given" => "your roots",
        _ => crate::inspect::trust::programs::PROGRAMS
            .iter()
            .find(|p| p.id == id)
            .map_or("a root program", |p| p.name),
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(words: &[&str]) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::inspect::chain::ClientVerdict;

    /// certscope's report on fixture files given together.
    fn analyzed(files: &[&str]) -> crate::Report {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let inputs: Vec<crate::Input> = files
            .iter()
            .map(|f| crate::Input::new(*f, std::fs::read(format!("{dir}/{f}")).unwrap()))
            .collect();
        crate::analyze(&inputs, crate::Timestamp(1_795_395_600))
    }

    /// Every error of the engine has its code, and the certificate it
    /// concerns, also those no fixture makes it return (no distrusted
    /// key, no CRL given to it): over chains/correct.pem (leaf, R2), whose
    /// certificates it reads and whose signatures are strong and verify.
    /// `(error, code, the certificate's place in the chain)`.
    #[test]
    #[allow(deprecated)] // the old EKU variant: classify matches it too
    fn every_engine_error_has_its_code_and_certificate() {
        let report = analyzed(&["chains/correct.pem"]);
        let (chain, certificates) = (&report.chains[0], &report.certificates);
        let table = [
            (Error::UnknownIssuer, "unknown-issuer", Some(1)),
            (Error::CertDistrusted, "distrusted", Some(1)),
            (Error::MaximumPathDepthExceeded, "path-budget", Some(0)),
            (
                Error::MaximumNameConstraintComparisonsExceeded,
                "path-budget",
                Some(0),
            ),
            (Error::InvalidSerialNumber, "invalid-serial-number", None),
            (Error::UnsupportedCertVersion, "unsupported-version", None),
            (Error::MalformedDnsIdentifier, "malformed-name", Some(0)),
            (
                Error::InvalidNetworkMaskConstraint,
                "malformed-name-constraint",
                None,
            ),
            (
                Error::NameConstraintViolation,
                "name-constraint-violation",
                None,
            ),
            (Error::CaUsedAsEndEntity, "ca-as-leaf", Some(0)),
            (Error::EndEntityUsedAsCa, "leaf-as-ca", None),
            // R2 has pathlen:0.
            (
                Error::PathLenConstraintViolated,
                "path-length-exceeded",
                Some(1),
            ),
            (Error::RequiredEkuNotFound, "eku-lacks-server-auth", Some(0)),
            (Error::EmptyEkuExtension, "empty-eku", Some(0)),
            (
                Error::UnsupportedCriticalExtension,
                "unknown-critical-extension",
                None,
            ),
            (Error::SignatureAlgorithmMismatch, "signature-refused", None),
            (Error::BadDer, "malformed-certificate", Some(0)),
        ];
        // The dates name the certificate that has them, else the leaf.
        let secs = |t: crate::Timestamp| {
            let secs = std::time::Duration::from_secs(u64::try_from(t.0).unwrap());
            rustls_pki_types::UnixTime::since_unix_epoch(secs)
        };
        let (leaf, r2) = (&certificates[chain.order[0]], &certificates[chain.order[1]]);
        let time = secs(crate::Timestamp(0));
        let dated = [
            (
                Error::CertExpired {
                    time,
                    not_after: secs(r2.not_after),
                },
                "certificate-expired",
                Some(1),
            ),
            (
                Error::CertExpired {
                    time,
                    not_after: secs(leaf.not_after),
                },
                "certificate-expired",
                Some(0),
            ),
            (
                Error::CertExpired {
                    time,
                    not_after: time,
                },
                "certificate-expired",
                Some(0),
            ),
            (
                Error::CertNotValidYet {
                    time,
                    not_before: secs(r2.not_before),
                },
                "certificate-not-yet-valid",
                Some(1),
            ),
            (
                Error::CertNotValidYet {
                    time,
                    not_before: time,
                },
                "certificate-not-yet-valid",
                Some(0),
            ),
        ];
        for (error, code, place) in table.into_iter().chain(dated) {
            let (got, at) = classify(&error, chain, certificates);
            let at = at.map(|i| chain.order.iter().position(|&o| o == i).unwrap());
            assert_eq!((got, at), (code, place), "{error:?}");
        }
    }

    /// A refused signature concerns the first certificate of the chain
    /// signed with an algorithm clients refuse or holding a key they
    /// refuse (RSA under 2048 bits, a curve other than P-256 and P-384),
    /// else the first link that does not verify. `(files, the place)`.
    #[test]
    fn a_refused_signature_names_the_weak_link() {
        let table: [(&[&str], Option<usize>); 9] = [
            (&["chains/correct.pem"], None),
            (&["pki/leaf-md5.pem", "pki/int-rsa.pem"], Some(0)),
            // An MD5 leaf under a CA signed with SHA-1: the first of the two.
            (&["trust/refusals/md5-under-sha1.pem"], Some(0)),
            (
                &[
                    "sigalgs/rsa-pkcs1-sha1/leaf.pem",
                    "sigalgs/rsa-pkcs1-sha1/root.pem",
                ],
                Some(0),
            ),
            (
                &["sigalgs/dsa-sha1/leaf.pem", "sigalgs/dsa-sha1/root.pem"],
                Some(0),
            ),
            (
                &[
                    "sigalgs/ecdsa-p256-sha256/leaf.pem",
                    "sigalgs/ecdsa-p256-sha256/root.pem",
                ],
                None,
            ),
            (
                &[
                    "sigalgs/ecdsa-p384-sha384/leaf.pem",
                    "sigalgs/ecdsa-p384-sha384/root.pem",
                ],
                None,
            ),
            (
                &[
                    "sigalgs/ecdsa-p521-sha256/leaf.pem",
                    "sigalgs/ecdsa-p521-sha256/root.pem",
                ],
                Some(1),
            ),
            (&["pki/leaf.pem", "pki/wrong-int.pem"], Some(0)),
        ];
        for (files, place) in table {
            let report = analyzed(files);
            let chain = &report.chains[0];
            let (code, at) = classify(
                &Error::InvalidSignatureForPublicKey,
                chain,
                &report.certificates,
            );
            let at = at.map(|i| chain.order.iter().position(|&o| o == i).unwrap());
            assert_eq!(
                (code, at),
                ("signature-refused", place),
                "{files:?} {:?}",
                chain.order
            );
        }
    }

    /// The leaf's own key, which signs the handshake: RSA of 2048 to 8192
    /// bits in whole bytes, ECDSA on P-256, P-384 or P-521, Ed25519; no
    /// DSA. `(file, refused)`.
    #[test]
    fn the_leaf_key_is_one_clients_sign_with() {
        let table = [
            ("pki/leaf.pem", false),
            ("pki/leaf-rsa1024-sha1.pem", true),
            ("sigalgs/dsa-sha256/root.pem", true),
            // A DSA key whose parameters are left to the issuer's (RFC
            // 3279 §2.3.2): no curve, no size, still DSA.
            ("trust/refusals/dsa-inherited-leaf.pem", true),
            ("sigalgs/ecdsa-p256-sha256/root.pem", false),
            ("sigalgs/ecdsa-p384-sha256/root.pem", false),
            ("sigalgs/ecdsa-p521-sha256/root.pem", false),
            ("sigalgs/ed25519/root.pem", false),
        ];
        for (file, refused) in table {
            let report = analyzed(&[file]);
            let f = leaf_key(0, &report.certificates);
            assert_eq!(
                f.is_some(),
                refused,
                "{file}: {:?}",
                report.certificates[0].public_key
            );
            if let Some(f) = f {
                assert_eq!(
                    (f.code, f.certificate),
                    ("validation-leaf-key-refused", Some(0))
                );
                assert!(
                    f.message
                        .contains(&report.certificates[0].public_key.summary),
                    "{}",
                    f.message
                );
            }
        }
    }

    /// The deciding verdict in words: the chain's leaf, the anchors it was
    /// judged against, the rule and the certificate that breaks it (the
    /// leaf when none is known), and what to do where there is something.
    /// `(program, refusal, certificate, host names, the message)`.
    #[test]
    fn a_refusal_is_one_finding_in_words() {
        let report = analyzed(&["chains/correct.pem"]);
        let (chain, certificates) = (&report.chains[0], &report.certificates);
        let head = "Clients refuse the chain of www.example.test (rustls-webpki, against";
        let names = ["a.example.test".to_string(), "b.example.test".to_string()];
        type Row<'a> = (&'a str, &'a str, Option<usize>, &'a [String], String);
        let table: [Row; 4] = [
            (
                "given",
                "unknown-issuer",
                Some(1),
                &[],
                format!("{head} the roots you gave): no path from the leaf leads to a root that is trusted here; the chain stops at certscope Test Intermediate R2. Give the missing intermediate, or the root the chain ends in."),
            ),
            (
                "mozilla",
                "name-mismatch",
                None,
                &names,
                format!("{head} Mozilla's root store): www.example.test does not cover the host name. Host names checked: a.example.test, b.example.test."),
            ),
            (
                "mozilla",
                "name-mismatch",
                Some(0),
                &[],
                format!("{head} Mozilla's root store): www.example.test does not cover the host name."),
            ),
            (
                "mozilla",
                "ca-as-leaf",
                Some(1),
                &names,
                format!("{head} Mozilla's root store): certscope Test Intermediate R2 is a CA certificate (basicConstraints CA:TRUE) used as the server's certificate."),
            ),
        ];
        for (program, code, certificate, names, message) in table {
            let v = Validation {
                verdict: ClientVerdict::Refused,
                program: program.into(),
                anchor: None,
                path: Vec::new(),
                error: Some(code.into()),
                certificate,
            };
            let found = findings(&v, chain, certificates, names);
            assert_eq!(found.len(), 1, "{code}");
            assert_eq!(
                (found[0].code, found[0].severity, found[0].certificate),
                (validation_code(code), Severity::Error, certificate),
                "{code}"
            );
            assert_eq!(found[0].message, message);
        }
        // Accepted, or no anchor anywhere: said by the trust note.
        for verdict in [ClientVerdict::Accepted, ClientVerdict::NoAnchor] {
            let v = Validation {
                verdict,
                program: "mozilla".into(),
                anchor: None,
                path: Vec::new(),
                error: None,
                certificate: None,
            };
            assert!(findings(&v, chain, certificates, &[]).is_empty());
        }
    }

    /// Each refusal's finding code is `validation-` and the refusal's.
    #[test]
    fn each_refusal_has_its_finding_code() {
        let codes = [
            "certificate-expired",
            "certificate-not-yet-valid",
            "name-mismatch",
            "name-constraint-violation",
            "malformed-name-constraint",
            "eku-lacks-server-auth",
            "empty-eku",
            "unknown-critical-extension",
            "ca-as-leaf",
            "leaf-as-ca",
            "path-length-exceeded",
            "signature-refused",
            "unknown-issuer",
            "distrusted",
            "path-budget",
            "invalid-serial-number",
            "unsupported-version",
            "malformed-name",
            "malformed-certificate",
        ];
        for code in codes {
            assert_eq!(validation_code(code), format!("validation-{code}"));
        }
        assert_eq!(
            validation_code("no-such-code"),
            "validation-malformed-certificate"
        );
    }

    /// Programs named in a sentence.
    #[test]
    fn lists_read_as_sentences() {
        let table: [(&[&str], &str); 4] = [
            (&[], ""),
            (&["Apple"], "Apple"),
            (&["Apple", "Java"], "Apple and Java"),
            (&["Apple", "Microsoft", "Java"], "Apple, Microsoft and Java"),
        ];
        for (words, said) in table {
            assert_eq!(and_list(words), said);
        }
    }
}
