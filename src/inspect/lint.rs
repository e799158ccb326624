//! Lints: rules of RFC 5280 and the CA/Browser Forum Baseline Requirements
//! that rustls-webpki does not judge (so a client may accept the
//! certificate) but that a CA must keep. Each is a warning, `lint-*`, named
//! as misissuance for the CA to fix, never as a client refusal; where
//! clients differ (an expired root: OpenSSL refuses, rustls accepts) the
//! finding says which.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

/// What clients do with an expired root, said once for the lint and the
/// trust bundle (issue 32): OpenSSL checks an anchor's dates, rustls-webpki
/// (`TrustAnchor` keeps subject, key and name constraints) and browsers do not.
pub const EXPIRED_ROOT: &str = "OpenSSL (and so curl, Python, nginx's own checks) refuses chains that end in an expired root, while rustls-webpki and browsers keep only an anchor's name, key and constraints and ignore its dates, so clients differ";

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::Chain;
use crate::inspect::crl::Crl;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::time::Timestamp;

const AKI: &str = "2.5.29.35";
const SKI: &str = "2.5.29.14";
const SAN: &str = "2.5.29.17";
const BASIC_CONSTRAINTS: &str = "2.5.29.19";
const NAME_CONSTRAINTS: &str = "2.5.29.30";
const POLICY_CONSTRAINTS: &str = "2.5.29.36";
const AIA: &str = "1.3.6.1.5.5.7.1.1";

fn ext<'a>(c: &'a Certificate, oid: &str) -> Option<&'a crate::inspect::certificate::Extension> {
    c.extensions.iter().find(|e| e.oid == oid)
}

/// Lint findings for every certificate of every chain, once each.
pub fn findings(chains: &[Chain], certificates: &[Certificate], at: Timestamp) -> Vec<Finding> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for chain in chains {
        for (k, &i) in chain.order.iter().enumerate() {
            let Some(c) = certificates.get(i) else {
                continue;
            };
            if !seen.insert(i) {
                continue;
            }
            let leaf = k == 0 && c.is_ca != Some(true);
            // A root is the self-signed top of its chain, not any
            // self-issued CA (a re-keyed intermediate keeps its name).
            let top = k.saturating_add(1) == chain.order.len() && chain.root_included;
            // An expired root off the path clients build is the chain
            // finding's to drop; whether clients differ on it is moot.
            let off_path = chain
                .trust
                .as_ref()
                .and_then(|t| t.validation.as_ref())
                .is_some_and(|v| v.accepted() && !v.path.contains(&i));
            let rules = rules(c, leaf, top, at).into_iter();
            for (code, rule) in
                rules.filter(|(code, _)| !(off_path && *code == "lint-expired-root"))
            {
                out.push(
                    Finding::new(
                        Severity::Warning,
                        code,
                        format!("{}: {rule}. Clients built on rustls-webpki accept it; stricter ones may not. Ask the CA to reissue it.", c.display_name()),
                    )
                    .on_certificate(i),
                );
            }
        }
    }
    out
}

/// CRLs: RFC 5280 §5.2.3 wants a CRL number in every CRL, never critical.
/// OpenSSL (and so certscope's CRL verdict) uses the CRL either way.
pub fn crl_findings(crls: &[Crl]) -> Vec<Finding> {
    let mut out = Vec::new();
    for crl in crls {
        let number = crl.extensions.iter().find(|e| e.oid == "2.5.29.20");
        let rule = match number {
            None => "it has no CRL number, which RFC 5280 §5.2.3 requires of every CRL",
            Some(e) if e.critical => {
                "its CRL number is marked critical, which RFC 5280 §5.2.3 forbids"
            }
            Some(_) => continue,
        };
        out.push(
            Finding::new(
                Severity::Warning,
                "lint-crl-number",
                format!("The CRL of {}: {rule}. OpenSSL uses it all the same; stricter clients may not. Ask the CA to fix it.", crl.issuer),
            )
            .on_input(crl.input),
        );
    }
    out
}

/// The rules `c` breaks: `(code, the rule in words)`.
fn rules(c: &Certificate, leaf: bool, top: bool, at: Timestamp) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let ca = c.is_ca == Some(true);
    let root = c.self_issued && top && c.is_ca != Some(false);
    let mut push = |code, rule: &str| out.push((code, rule.to_string()));
    if !c.self_issued && ext(c, AKI).is_none() {
        push("lint-missing-aki", "it has no authority key identifier, which RFC 5280 §4.2.1.1 requires of every certificate not self-signed");
    }
    if ca && ext(c, SKI).is_none() {
        push(
            "lint-missing-ski",
            "it is a CA without a subject key identifier, which RFC 5280 §4.2.1.2 requires",
        );
    }
    if ext(c, AKI).is_some_and(|e| e.critical) {
        push(
            "lint-critical-aki",
            "its authority key identifier is marked critical, which RFC 5280 §4.2.1.1 forbids",
        );
    }
    if ext(c, SKI).is_some_and(|e| e.critical) {
        push(
            "lint-critical-ski",
            "its subject key identifier is marked critical, which RFC 5280 §4.2.1.2 forbids",
        );
    }
    let aki_other = c.authority_key_id.is_none() || c.authority_key_id != c.subject_key_id;
    let aki_fields =
        ext(c, AKI).is_some_and(|e| e.value.contains(", issuer ") || e.value.contains(", serial "));
    if root && ext(c, AKI).is_some() && (aki_other || aki_fields) {
        push("lint-root-aki", "it is a root whose authority key identifier is not its own subject key identifier (RFC 5280 §4.2.1.1, CA/Browser Forum BR 7.1.2.1.3)");
    }
    serial_rules(c, &mut push);
    san_rules(c, leaf, &mut push);
    if ca && c.subject.is_empty() {
        push(
            "lint-ca-empty-subject",
            "it is a CA with an empty subject, which RFC 5280 §4.1.2.6 forbids",
        );
    }
    if root && ext(c, BASIC_CONSTRAINTS).is_none_or(|e| !e.critical) {
        push(
            "lint-basic-constraints",
            "it is a CA whose basic constraints are missing or not critical (RFC 5280 §4.2.1.9)",
        );
    }
    if !ca && ext(c, BASIC_CONSTRAINTS).is_none() && c.key_usage.iter().any(|u| u == "keyCertSign")
    {
        push("lint-basic-constraints", "it may sign certificates (keyCertSign) but has no basic constraints (RFC 5280 §4.2.1.9)");
    }
    if c.is_ca == Some(false) && c.key_usage.iter().any(|u| u == "keyCertSign") {
        push("lint-leaf-key-cert-sign", "it is not a CA (cA FALSE) but its key usage asserts keyCertSign, which RFC 5280 §4.2.1.9 forbids");
    }
    if !ca && ext(c, NAME_CONSTRAINTS).is_some() {
        push("lint-name-constraints-in-leaf", "it is not a CA but carries name constraints, which RFC 5280 §4.2.1.10 allows only in CA certificates");
    }
    if ca
        && ext(c, NAME_CONSTRAINTS).is_some_and(|e| {
            e.value.is_empty() || !e.value.split("; ").any(|p| !p.ends_with("(none)"))
        })
    {
        push("lint-name-constraints-empty", "its name constraints have neither permitted nor excluded subtrees, which RFC 5280 §4.2.1.10 forbids");
    }
    if ext(c, POLICY_CONSTRAINTS).is_some_and(|e| !e.critical) {
        push(
            "lint-policy-constraints",
            "its policy constraints are not marked critical, which RFC 5280 §4.2.1.11 requires",
        );
    }
    if ext(c, AIA).is_some_and(|e| e.malformed.is_some() || e.value.trim().is_empty()) {
        push("lint-aia-empty", "its authority information access lists no access description, while the CA/Browser Forum BR 7.1.2.7.7 require one or more");
    }
    if ca && ext(c, "2.5.29.15").is_some() && !c.key_usage.iter().any(|u| u == "keyCertSign") {
        push("lint-ca-key-usage", "it is a CA whose key usage leaves out keyCertSign, so it may not sign certificates (RFC 5280 §4.2.1.3)");
    }
    if root && at > c.not_after {
        push(
            "lint-expired-root",
            &format!("this root has expired: {EXPIRED_ROOT}"),
        );
    }
    if root
        && c.extensions
            .iter()
            .any(|e| e.critical && !KNOWN_CRITICAL.contains(&e.oid.as_str()))
    {
        push("lint-root-unknown-critical", "this root has a critical extension clients do not know: OpenSSL refuses it, rustls-webpki uses only the root's name, key and constraints, so clients differ");
    }
    out
}

/// The critical extensions OpenSSL 3 accepts in a certificate
/// (`X509_supported_extension`, crypto/x509/v3_purp.c); any other critical
/// one makes `openssl verify` refuse the chain ("unhandled critical
/// extension"), a critical subject or authority key identifier and a
/// critical AIA included. tests/lint.rs asks OpenSSL about each.
const KNOWN_CRITICAL: &[&str] = &[
    "2.16.840.1.113730.1.1", // Netscape certificate type
    "2.5.29.15",             // key usage
    "2.5.29.17",             // subject alternative name
    "2.5.29.19",             // basic constraints
    "2.5.29.32",             // certificate policies
    "2.5.29.31",             // CRL distribution points
    "2.5.29.37",             // extended key usage
    "1.3.6.1.5.5.7.1.7",     // RFC 3779 IP address blocks
    "1.3.6.1.5.5.7.1.8",     // RFC 3779 AS identifiers
    "1.3.6.1.5.5.7.48.1.5",  // OCSP no check
    "2.5.29.36",             // policy constraints
    "1.3.6.1.5.5.7.1.14",    // proxy certificate information
    "2.5.29.30",             // name constraints
    "2.5.29.33",             // policy mappings
    "2.5.29.54",             // inhibit anyPolicy
];

/// RFC 5280 §4.1.2.2: a positive integer of at most 20 octets.
fn serial_rules(c: &Certificate, push: &mut impl FnMut(&'static str, &str)) {
    let raw = c.der.get(c.spans.serial.clone()).unwrap_or_default();
    let negative = raw.first().is_some_and(|b| b & 0x80 != 0);
    let zero = raw.iter().all(|&b| b == 0);
    if negative || zero || raw.len() > 20 {
        push(
            "lint-serial-number",
            "its serial number is not a positive integer of at most 20 octets (RFC 5280 §4.1.2.2)",
        );
    }
}

/// Subject alternative names: DNS syntax (no underscore, BR 7.1.4.2.1),
/// the Common Name among them (BR 7.1.4.3), criticality against an empty
/// subject (RFC 5280 §4.2.1.6).
fn san_rules(c: &Certificate, leaf: bool, push: &mut impl FnMut(&'static str, &str)) {
    let Some(san) = ext(c, SAN) else { return };
    if c.subject_alt_names
        .iter()
        .any(|n| n.starts_with("DNS:") && n.contains('_'))
    {
        push("lint-san-syntax", "a DNS name in its subject alternative names has an underscore, which the CA/Browser Forum BR 7.1.4.2.1 forbid");
    }
    if c.subject.is_empty() && !san.critical {
        push("lint-san-criticality", "its subject is empty, so its subject alternative names must be critical (RFC 5280 §4.2.1.6)");
    }
    if !c.subject.is_empty() && san.critical && leaf {
        push("lint-san-criticality", "its subject is not empty, so its subject alternative names must not be critical (CA/Browser Forum BR 7.1.2.7.12)");
    }
    if leaf {
        let cn: Vec<&str> = c
            .subject_attributes
            .iter()
            .filter(|a| a.name == "CN")
            .map(|a| a.value.as_str())
            .collect();
        // An IP address in the CN must be the SAN's address in its one
        // canonical text (BR 7.1.4.3: RFC 5952 for IPv6), which Rust's
        // Display writes; certscope's own rendering spells IPv6 in full,
        // as OpenSSL does, so the text is compared, not the address.
        let listed = |v: &str| {
            c.subject_alt_names.iter().any(|n| {
                n.strip_prefix("DNS:") == Some(v)
                    || n.strip_prefix("IP:")
                        .and_then(|ip| ip.parse::<std::net::IpAddr>().ok())
                        .is_some_and(|ip| ip.to_string() == v)
            })
        };
        if cn.iter().any(|v| !listed(v)) {
            push("lint-cn-not-in-san", "its Common Name is not, byte for byte, one of its subject alternative names (CA/Browser Forum BR 7.1.4.3)");
        }
    }
}
