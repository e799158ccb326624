//! Revocation without OCSP: every CRL judged (signature, freshness, scope),
//! every given certificate looked up in the CRLs that cover it, and one
//! "revocation" line per certificate saying how clients can learn it was
//! revoked (issue 14).
//!
//! The same questions `openssl verify -crl_check` asks: RFC 5280 §6.3.3
//! (CRL processing), with the scope rules of §5.2.5 (Issuing Distribution
//! Point) and §5.3.3 (indirect CRLs).
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::crl::{entries, Crl, NotCovered, MAX_LISTED_ENTRIES};
use crate::inspect::dn::Canonical;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::freshness::Freshness;
use crate::inspect::signature::{signed_parts, verify, Verdict};
use crate::inspect::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Candidate signers tried per CRL: a CA rarely has more than two keys
/// under one name (a renewal); rustls-webpki's whole-path budget is 100.
const MAX_SIGNER_CANDIDATES: usize = 8;

/// The CA/Browser Forum's short-lived threshold (Baseline Requirements
/// §4.9.1.1, ballot SC-063): a certificate valid for at most 7 days needs
/// no OCSP or CRL.
pub const SHORT_LIVED_SECONDS: i64 = 7 * 86_400;

/// RFC 9608: id-ce-noRevAvail.
const OID_NO_REV_AVAIL: &str = "2.5.29.56";

/// How a certificate's revocation can be checked, in one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Listed on a CRL whose signature checked good.
    Revoked,
    /// Covered by a good, usable CRL that does not list it.
    NotRevoked,
    /// Listed on a CRL whose signature could not be checked.
    ListedUnchecked,
    /// Has an OCSP URL and/or CRL URLs, and no given CRL answered.
    Checkable,
    /// Valid for at most 7 days: needs no revocation checking.
    ShortLived,
    /// RFC 9608 noRevAvail: the CA says there is no revocation information.
    NoRevAvail,
    /// A root: revoked by removing it from trust stores.
    TrustAnchor,
    /// No OCSP URL, no CRL URL: clients cannot learn it was revoked.
    None,
}

/// The revocation line of one certificate card.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Line {
    pub certificate: usize,
    pub status: Status,
    /// One or two sentences for the card.
    pub text: String,
    /// For a server certificate without an OCSP URL: what that means for
    /// stapling and how clients check revocation instead (filled by the
    /// report from [`crate::inspect::commands::crl::without_ocsp`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
}

impl Status {
    /// The JSON word.
    pub fn word(self) -> &'static str {
        match self {
            Status::Revoked => "revoked",
            Status::NotRevoked => "not-revoked",
            Status::ListedUnchecked => "listed-unchecked",
            Status::Checkable => "checkable",
            Status::ShortLived => "short-lived",
            Status::NoRevAvail => "no-rev-avail",
            Status::TrustAnchor => "trust-anchor",
            Status::None => "none",
        }
    }
}

impl Line {
    /// What the page shows: `[status word, text, advice or ""]`.
    pub fn words(&self) -> Vec<String> {
        vec![
            self.status.word().to_string(),
            self.text.clone(),
            self.advice.clone().unwrap_or_default(),
        ]
    }
}

/// What the page's CRL card shows, as display strings (the page's wasm
/// then carries no CRL types: the first-load budget). In order: issuer,
/// This Update, Next Update, freshness word, number, entries, signature,
/// scope; then one `"ok|error|none\tcertificate index\twords"` per given
/// certificate of its issuer. (The timeline's bar is
/// [`crate::inspect::timeline`]'s.)
pub fn card(crl: &Crl, certs: &[Certificate], at: Timestamp) -> Vec<String> {
    let name = |i: usize| {
        certs
            .get(i)
            .map_or(String::new(), |c| c.display_name().to_string())
    };
    let when = |t: Timestamp| format!("{t} ({})", t.relative_to(at));
    let signature = match (crl.signature.valid, crl.signature.signer) {
        (Some(true), Some(s)) => format!("valid, signed by {}", name(s)),
        (Some(false), _) => "invalid: no given certificate of that name signed it".to_string(),
        _ => crl
            .signature
            .note
            .clone()
            .unwrap_or_else(|| "unchecked".to_string()),
    };
    let scope = &crl.scope;
    let mut limits: Vec<&str> = Vec::new();
    if scope.only_user_certs {
        limits.push("end-entity certificates only");
    }
    if scope.only_ca_certs {
        limits.push("CA certificates only");
    }
    if scope.indirect {
        limits.push("indirect: entries of other CAs too");
    }
    if !scope.only_some_reasons.is_empty() {
        limits.push("some reasons only");
    }
    let scope = match (crl.distribution_points.is_empty(), limits.is_empty()) {
        (true, true) => "complete: every certificate of its issuer".to_string(),
        (false, _) => format!(
            "shard {} {}",
            crl.distribution_points.join(", "),
            limits.join(", ")
        ),
        (true, false) => limits.join(", "),
    };
    let mut out = vec![
        crl.issuer.clone(),
        when(crl.this_update),
        crl.next_update.map_or_else(|| "none".to_string(), when),
        crl.freshness.word().to_string(),
        crl.number.clone().unwrap_or_else(|| "none".to_string()),
        crl.entries.to_string(),
        format!("{signature} ({})", crl.signature.algorithm),
        scope,
    ];
    for &i in &crl.covers {
        let words = match crl.revoked.iter().find(|e| e.certificate == Some(i)) {
            Some(e) => format!(
                "error\t{i}\t{}: revoked {} ({})",
                name(i),
                e.revocation_time,
                e.reason.as_deref().unwrap_or("no reason given")
            ),
            None => format!("ok\t{i}\t{}: not listed", name(i)),
        };
        out.push(words);
    }
    for nc in &crl.not_covered {
        out.push(format!(
            "none\t{}\t{}: not covered, {}",
            nc.certificate,
            name(nc.certificate),
            nc.why
        ));
    }
    out
}

/// What the analysis adds to the report.
#[derive(Default)]
pub struct Judged {
    pub findings: Vec<Finding>,
    pub lines: Vec<Line>,
}

/// Judges every CRL against every certificate at `at`, filling the CRLs'
/// judged fields, and writes each certificate's revocation line.
pub fn judge(crls: &mut [Crl], certs: &[Certificate], at: Timestamp) -> Judged {
    let mut out = Judged::default();
    // (certificate, status, what the CRL said) from CRL lookups.
    let mut answers: HashMap<usize, (Status, String)> = HashMap::new();
    for crl in crls.iter_mut() {
        let usable = judge_one(crl, certs, at, &mut out.findings);
        look_up(crl, certs, usable, &mut answers, &mut out.findings);
    }
    out.lines = certs
        .iter()
        .enumerate()
        .map(|(i, c)| line(i, c, answers.remove(&i)))
        .collect();
    out
}

/// Signature, freshness and critical extensions; true when lookups in it
/// may be believed (signature good, signer allowed to sign CRLs, nothing
/// unknown and critical).
fn judge_one(
    crl: &mut Crl,
    certs: &[Certificate],
    at: Timestamp,
    findings: &mut Vec<Finding>,
) -> bool {
    let input = crl.input;
    let mut emit = |f: Finding| findings.push(f.on_input(input));
    let issuer = crl.issuer.clone();
    let mut usable = signature(crl, certs, &mut emit);
    crl.freshness = Freshness::at(crl.this_update, crl.next_update, at);
    if let Some(f) = freshness_finding(crl, at) {
        emit(f);
    }
    let critical: Vec<String> = crl.unknown_critical().map(|e| e.name.clone()).collect();
    if !critical.is_empty() {
        usable = false;
        emit(Finding::new(
            Severity::Error,
            "crl-unknown-critical-extension",
            format!(
                "The CRL of {issuer} has a critical extension certscope does not know ({}). RFC 5280 §5.2 says a client must not use such a CRL to decide whether a certificate is revoked, so it was not used; OpenSSL says \"unhandled critical CRL extension\".",
                critical.join(", ")
            ),
        ));
    }
    if crl.unusable_entries > 0 {
        emit(Finding::new(
            Severity::Warning,
            "crl-unusable-entries",
            format!(
                "{} entries of the CRL of {issuer} carry an unknown critical extension or an unreadable certificate issuer; certificates they might name cannot be judged with this CRL.",
                crl.unusable_entries
            ),
        ));
    }
    if crl.delta_base.is_some() {
        emit(Finding::new(
            Severity::Info,
            "crl-delta",
            format!(
                "This is a delta CRL of {issuer} (base CRL number {}): it lists only changes since that CRL, so a certificate missing from it may still be revoked in the base CRL.",
                crl.delta_base.as_deref().unwrap_or_default()
            ),
        ));
    }
    usable
}

/// Finds the CRL's signer among the certificates and checks the signature.
fn signature(crl: &mut Crl, certs: &[Certificate], emit: &mut impl FnMut(Finding)) -> bool {
    let issuer = crl.issuer.clone();
    let mut candidates: Vec<usize> = (0..certs.len())
        .filter(|&i| {
            certs
                .get(i)
                .is_some_and(|c| c.subject_canonical == crl.issuer_canonical)
        })
        .collect();
    // The key the CRL names first (AKI = SKI), then the rest.
    candidates.sort_by_key(|&i| {
        let ski = certs.get(i).and_then(|c| c.subject_key_id.as_deref());
        u8::from(!(crl.authority_key_id.is_some() && ski == crl.authority_key_id.as_deref()))
    });
    candidates.truncate(MAX_SIGNER_CANDIDATES);
    let Some(signed) = signed_parts(&crl.der) else {
        crl.signature.valid = Some(false);
        return false;
    };
    let mut unsupported = None;
    let mut tried = 0usize;
    for &i in &candidates {
        let Some(spki) = certs.get(i).map(Certificate::spki) else {
            continue;
        };
        tried = tried.saturating_add(1);
        match verify(spki, &signed) {
            Verdict::Valid => {
                crl.signature.valid = Some(true);
                crl.signature.signer = Some(i);
                return signer_may_sign(crl, certs, i, emit);
            }
            Verdict::Unsupported(what) => unsupported = Some(what),
            Verdict::Invalid => {}
        }
    }
    if let Some(what) = unsupported {
        crl.signature.note = Some(format!(
            "unchecked: certscope cannot check {what} signatures"
        ));
        emit(Finding::new(
            Severity::Warning,
            "crl-signature-unsupported",
            format!("The signature of the CRL of {issuer} is unchecked: certscope cannot check {what} signatures. Check it with openssl crl -verify."),
        ));
        return false;
    }
    if tried > 0 {
        crl.signature.valid = Some(false);
        emit(Finding::new(
            Severity::Error,
            "crl-signature-invalid",
            format!(
                "The CRL names {issuer} as its issuer, but its signature does not check with the key of any given certificate of that name ({tried} tried). It was signed by another key (a different CA, or a renewed one with the same name), or it was altered; clients reject it (OpenSSL: \"CRL signature failure\")."
            ),
        ));
        return false;
    }
    crl.signature.note = Some(format!(
        "unchecked: the issuer {issuer} is not among the inputs"
    ));
    emit(Finding::new(
        Severity::Warning,
        "crl-signer-missing",
        format!(
            "The signature of the CRL of {issuer} is unchecked: that certificate is not among the inputs. Add it{}.",
            fetch_hint(certs, &crl.issuer_canonical)
        ),
    ));
    false
}

/// "(curl … | openssl x509 …)" from a given certificate of that issuer.
fn fetch_hint(certs: &[Certificate], issuer: &crate::inspect::dn::Canonical) -> String {
    let url = certs
        .iter()
        .filter(|c| &c.issuer_canonical == issuer)
        .flat_map(|c| c.ca_issuers_urls.iter())
        .find(|u| u.starts_with("http://") || u.starts_with("https://"));
    match url {
        Some(url) => format!(
            ": {} | {}",
            crate::inspect::commands::shell::join(&["curl", "-fsSL", url]),
            crate::inspect::commands::shell::join(&[
                "openssl",
                "x509",
                "-inform",
                "DER",
                "-out",
                "issuer.pem"
            ])
        ),
        None => " (the issuing CA publishes it; your chain file usually holds it)".to_string(),
    }
}

/// RFC 5280 §6.3.3 (f): when the signer has keyUsage, it must include cRLSign.
fn signer_may_sign(
    crl: &mut Crl,
    certs: &[Certificate],
    signer: usize,
    emit: &mut impl FnMut(Finding),
) -> bool {
    let Some(cert) = certs.get(signer) else {
        return false;
    };
    if cert.key_usage.is_empty() || cert.key_usage.iter().any(|k| k == "cRLSign") {
        return true;
    }
    crl.signature.note = Some("the signer's key usage does not include cRLSign".to_string());
    emit(
        Finding::new(
            Severity::Error,
            "crl-signer-not-crl-sign",
            format!(
                "The CRL of {} is signed by {}, whose key usage ({}) does not include cRLSign: clients reject it (OpenSSL: \"key usage does not include CRL signing\").",
                crl.issuer,
                cert.display_name(),
                cert.key_usage.join(", ")
            ),
        )
        .on_certificate(signer),
    );
    false
}

fn freshness_finding(crl: &Crl, at: Timestamp) -> Option<Finding> {
    let issuer = &crl.issuer;
    Some(match (crl.freshness, crl.next_update) {
        (Freshness::Stale, Some(next)) => Finding::new(
            Severity::Error,
            "crl-stale",
            format!(
                "The CRL of {issuer} is stale: Next Update was {} ({next}), stale by {}. Clients that check CRLs reject it (OpenSSL: \"CRL has expired\"); fetch the current one from the CA.",
                next.relative_to(at),
                crate::inspect::time::duration_words(at.0.saturating_sub(next.0).max(0).unsigned_abs())
            ),
        ),
        (Freshness::NotYetValid, _) => Finding::new(
            Severity::Error,
            "crl-not-yet-valid",
            format!(
                "The CRL of {issuer} is not valid yet: This Update is {} ({}). The CA's clock or this machine's clock is wrong (OpenSSL: \"CRL is not yet valid\").",
                crl.this_update,
                crl.this_update.relative_to(at)
            ),
        ),
        (Freshness::Expiring, Some(next)) => Finding::new(
            Severity::Info,
            "crl-expiring",
            format!("The CRL of {issuer} goes stale {} (Next Update {next}); the CA publishes a new one before then.", next.relative_to(at)),
        ),
        (Freshness::NoNextUpdate, _) => Finding::new(
            Severity::Warning,
            "crl-no-next-update",
            format!("The CRL of {issuer} has no Next Update, so nobody can tell when it is out of date (RFC 5280 §5.1.2.5 requires one)."),
        ),
        _ => return None,
    })
}

/// Why `crl` does not cover `cert`, or `None` when it does. Only asked for
/// certificates whose issuer the CRL speaks for.
fn not_covering(crl: &Crl, cert: &Certificate, signer: Option<&Certificate>) -> Option<String> {
    if let (Some(aki), Some(ski)) = (
        cert.authority_key_id.as_deref(),
        signer.and_then(|s| s.subject_key_id.as_deref()),
    ) {
        if aki != ski && cert.issuer_canonical == crl.issuer_canonical {
            return Some("it was issued by another key of the same CA name (its Authority Key Identifier is not the CRL signer's Subject Key Identifier)".to_string());
        }
    }
    let scope = &crl.scope;
    if scope.only_attribute_certs {
        return Some("this CRL lists attribute certificates only".to_string());
    }
    let is_ca = cert.is_ca == Some(true);
    if scope.only_user_certs && is_ca {
        return Some("this CRL lists end-entity certificates only, and it is a CA".to_string());
    }
    if scope.only_ca_certs && !is_ca {
        return Some("this CRL lists CA certificates only, and it is not a CA".to_string());
    }
    if crl.distribution_points.is_empty() {
        return None;
    }
    if cert.crl_urls.is_empty() {
        return Some(format!(
            "this CRL is one part (shard) of the CA's revocations, published at {}, and the certificate names no CRL Distribution Point",
            crl.distribution_points.join(", ")
        ));
    }
    let matched = cert
        .crl_urls
        .iter()
        .any(|u| crl.distribution_points.iter().any(|d| d == u));
    (!matched).then(|| {
        format!(
            "this shard is {}, the certificate points to {}",
            crl.distribution_points.join(", "),
            cert.crl_urls.join(", ")
        )
    })
}

/// Scope and lookups: fills `covers`, `not_covered` and `revoked`.
fn look_up(
    crl: &mut Crl,
    certs: &[Certificate],
    usable: bool,
    answers: &mut HashMap<usize, (Status, String)>,
    findings: &mut Vec<Finding>,
) {
    let signer = crl.signature.signer.and_then(|i| certs.get(i));
    // Given certificates this CRL covers, by serial (minimal INTEGER bytes):
    // the CRL issuer's own, and, for an indirect CRL, those whose CRL
    // Distribution Point names this CRL's issuer as cRLIssuer (RFC 5280
    // §6.3.3 b.2.iii; OpenSSL's -extended_crl). Without that a certificate
    // of another CA is not in scope: OpenSSL says "unable to get
    // certificate CRL".
    let mut wanted: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
    // Certificates of other CAs an indirect CRL might list, which do not
    // delegate to it: explained below if it speaks for their CA.
    let mut others: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
    for (i, cert) in certs.iter().enumerate() {
        let own = cert.issuer_canonical == crl.issuer_canonical;
        let delegated = crl.scope.indirect && names_crl_issuer(cert, &crl.issuer_canonical);
        if !(own || delegated) {
            if crl.scope.indirect {
                if let Some(serial) = raw_serial(&cert.der) {
                    others.entry(serial).or_default().push(i);
                }
            }
            continue;
        }
        if let Some(why) = not_covering(crl, cert, signer) {
            crl.not_covered.push(NotCovered {
                certificate: i,
                why,
            });
            continue;
        }
        let Some(serial) = raw_serial(&cert.der) else {
            continue;
        };
        crl.covers.push(i);
        wanted.entry(serial).or_default().push(i);
    }
    let walked = walk(crl, certs, &wanted, &others);
    let listed = walked.listed;
    not_delegating(
        crl,
        certs,
        &others,
        &walked.speaks_for,
        &walked.others_listed,
    );
    crl.covers.sort_unstable();
    if crl.entries > MAX_LISTED_ENTRIES {
        crl.revoked = listed.iter().map(|(_, e)| e.clone()).collect();
    } else {
        for entry in &mut crl.revoked {
            entry.certificate = listed
                .iter()
                .find(|(_, e)| {
                    e.serial == entry.serial && e.certificate_issuer == entry.certificate_issuer
                })
                .map(|(i, _)| *i);
        }
    }
    for (i, entry) in &listed {
        let Some(cert) = certs.get(*i) else { continue };
        findings.extend(
            listed_finding(crl, cert, entry, usable, answers)
                .map(|f| f.on_certificate(*i).on_input(crl.input)),
        );
    }
    // A stale or future CRL proves nothing about today.
    let current = !matches!(crl.freshness, Freshness::Stale | Freshness::NotYetValid);
    for &i in &crl.covers {
        if usable && current && !answers.contains_key(&i) && crl.delta_base.is_none() {
            answers.insert(
                i,
                (
                    Status::NotRevoked,
                    format!(
                        "Not revoked: not on the CRL of {} (This Update {}).",
                        crl.issuer, crl.this_update
                    ),
                ),
            );
        }
    }
    for nc in &crl.not_covered {
        if let Some(cert) = certs.get(nc.certificate) {
            findings.push(
                Finding::new(
                    Severity::Info,
                    "crl-does-not-cover",
                    format!(
                        "The CRL of {} does not cover {}: {}.",
                        crl.issuer,
                        cert.display_name(),
                        nc.why
                    ),
                )
                .on_certificate(nc.certificate)
                .on_input(crl.input),
            );
        }
    }
}

/// What one pass over a CRL's entries found.
#[derive(Default)]
struct Walked {
    /// Entries that revoke a certificate in scope.
    listed: Vec<(usize, entries::Entry)>,
    /// The other CAs an indirect CRL lists certificates of (asked only
    /// when some given certificate of another CA does not delegate to it).
    speaks_for: HashSet<Canonical>,
    /// Those certificates, listed under their own issuer all the same.
    others_listed: HashSet<usize>,
}

/// One pass over the entries, one hash lookup each. An entry revokes a
/// certificate only of the issuer in effect for it (§5.3.3: the last
/// certificateIssuer seen, else the CRL's issuer), compared by the one
/// name rule.
fn walk(
    crl: &mut Crl,
    certs: &[Certificate],
    wanted: &HashMap<Vec<u8>, Vec<usize>>,
    others: &HashMap<Vec<u8>, Vec<usize>>,
) -> Walked {
    let mut walked = Walked::default();
    if wanted.is_empty() && others.is_empty() {
        return walked;
    }
    let crl_issuer = &crl.issuer_canonical;
    for raw in crl.walk().map_while(Result::ok) {
        let candidates = wanted.get(raw.serial);
        if candidates.is_none() && others.is_empty() {
            continue;
        }
        let Some(issuer) = raw.effective_issuer(crl_issuer) else {
            continue;
        };
        let of_issuer = |i: &&usize| certs.get(**i).is_some_and(|c| c.issuer_canonical == issuer);
        for &i in candidates.into_iter().flatten().filter(of_issuer) {
            let mut entry = raw.decode(&crl.issuer);
            entry.certificate = Some(i);
            walked.listed.push((i, entry));
        }
        if !others.is_empty() {
            let listed = others.get(raw.serial).into_iter().flatten();
            walked
                .others_listed
                .extend(listed.filter(of_issuer).copied());
            if issuer != *crl_issuer {
                walked.speaks_for.insert(issuer);
            }
        }
    }
    crl.entry_walks = crl.entry_walks.saturating_add(1);
    walked
}

/// A certificate of another CA that an indirect CRL lists certificates of,
/// but whose CRL Distribution Points do not name the CRL's issuer as
/// cRLIssuer: clients do not use the CRL for it (RFC 5280 §6.3.3; OpenSSL
/// says "different CRL scope"), even where an entry names it.
fn not_delegating(
    crl: &mut Crl,
    certs: &[Certificate],
    others: &HashMap<Vec<u8>, Vec<usize>>,
    speaks_for: &HashSet<Canonical>,
    listed: &HashSet<usize>,
) {
    let mut indices: Vec<usize> = others.values().flatten().copied().collect();
    indices.sort_unstable();
    for i in indices {
        let Some(cert) = certs.get(i) else { continue };
        if !speaks_for.contains(&cert.issuer_canonical) {
            continue;
        }
        let why = if listed.contains(&i) {
            format!(
                "it is listed here under its issuer, {}, but its CRL Distribution Points do not name {} as cRLIssuer: an indirect CRL speaks only for the certificates that delegate to it, so clients ignore that entry (RFC 5280 §6.3.3; OpenSSL says \"different CRL scope\")",
                cert.issuer, crl.issuer
            )
        } else {
            format!(
                "this indirect CRL lists certificates of {}, but its CRL Distribution Points do not name {} as cRLIssuer, so clients do not use this CRL for it (RFC 5280 §6.3.3; OpenSSL says \"different CRL scope\")",
                cert.issuer, crl.issuer
            )
        };
        crl.not_covered.push(NotCovered {
            certificate: i,
            why,
        });
    }
}

fn listed_finding(
    crl: &Crl,
    cert: &Certificate,
    entry: &entries::Entry,
    usable: bool,
    answers: &mut HashMap<usize, (Status, String)>,
) -> Option<Finding> {
    let index = entry.certificate?;
    let name = cert.display_name();
    let reason = entry
        .reason
        .as_deref()
        .map_or_else(|| "no reason given".to_string(), |r| format!("reason {r}"));
    let when = entry.revocation_time;
    if entry.reason.as_deref() == Some("removeFromCRL") {
        return None;
    }
    if usable {
        answers.insert(
            index,
            (
                Status::Revoked,
                format!(
                    "Revoked on {when} ({reason}), says the CRL of {}.",
                    crl.issuer
                ),
            ),
        );
        return Some(Finding::new(
            Severity::Error,
            "certificate-revoked",
            format!(
                "{name} is revoked: the CRL of {} lists serial {} as revoked on {when} ({reason}). Clients that check CRLs refuse it (OpenSSL: \"certificate revoked\"). Get a new certificate and install it.",
                crl.issuer, entry.serial
            ),
        ));
    }
    if crl.signature.valid == Some(false) {
        return None;
    }
    answers.entry(index).or_insert((
        Status::ListedUnchecked,
        format!(
            "Listed as revoked on {when} ({reason}) by a CRL whose signature could not be checked."
        ),
    ));
    Some(Finding::new(
        Severity::Warning,
        "certificate-listed-unchecked-crl",
        format!(
            "{name} is listed as revoked on {when} ({reason}) by a CRL naming {} as issuer, but that CRL could not be used ({}). If the CRL is genuine, the certificate is revoked.",
            crl.issuer,
            crl.signature.note.as_deref().unwrap_or("see the CRL's findings")
        ),
    ))
}

/// The certificate's CRL Distribution Points name `crl_issuer` as
/// cRLIssuer (a directoryName): it delegates its revocation to that CA's
/// indirect CRL (RFC 5280 §4.2.1.13).
fn names_crl_issuer(cert: &Certificate, crl_issuer: &crate::inspect::dn::Canonical) -> bool {
    use x509_parser::extensions::{GeneralName, ParsedExtension};
    use x509_parser::prelude::FromDer;
    let Ok((_, parsed)) = x509_parser::certificate::X509Certificate::from_der(&cert.der) else {
        return false;
    };
    parsed.extensions().iter().any(|ext| {
        let ParsedExtension::CRLDistributionPoints(points) = ext.parsed_extension() else {
            return false;
        };
        points
            .iter()
            .flat_map(|p| p.crl_issuer.iter().flatten())
            .any(|name| match name {
                GeneralName::DirectoryName(dn) => {
                    &crate::inspect::dn::canonical(dn.as_raw()) == crl_issuer
                }
                _ => false,
            })
    })
}

/// The serial INTEGER's contents of a certificate, minimal.
fn raw_serial(der: &[u8]) -> Option<Vec<u8>> {
    use crate::inspect::tlv;
    let (outer, _) = tlv::read(der, 0).ok()?;
    let tbs = outer.children().next()?.ok()?;
    let serial = tbs
        .children()
        .map_while(Result::ok)
        .find(|f| f.tag != tlv::context(0))
        .filter(|f| f.tag == tlv::TAG_INTEGER)?;
    Some(entries::minimal(serial.value).to_vec())
}

/// One certificate's revocation line.
fn line(index: usize, cert: &Certificate, answer: Option<(Status, String)>) -> Line {
    let (status, text) = answer.unwrap_or_else(|| unanswered(cert));
    Line {
        certificate: index,
        status,
        text,
        advice: None,
    }
}

fn unanswered(cert: &Certificate) -> (Status, String) {
    let lifetime = cert.not_after.0.saturating_sub(cert.not_before.0);
    let urls = |what: &str, list: &[String]| format!("{what} {}", list.join(", "));
    if cert.self_issued && cert.is_ca == Some(true) {
        return (
            Status::TrustAnchor,
            "A root: it is revoked by removing it from trust stores, not by OCSP or CRL."
                .to_string(),
        );
    }
    if lifetime <= SHORT_LIVED_SECONDS {
        return (
            Status::ShortLived,
            format!(
                "Short-lived ({} valid): it needs no revocation checking (CA/Browser Forum, at most 7 days).",
                crate::inspect::time::duration_words(lifetime.max(0).unsigned_abs())
            ),
        );
    }
    if cert.extensions.iter().any(|e| e.oid == OID_NO_REV_AVAIL) {
        return (
            Status::NoRevAvail,
            "No revocation information by design (RFC 9608 noRevAvail): clients do not check it."
                .to_string(),
        );
    }
    match (cert.ocsp_urls.is_empty(), cert.crl_urls.is_empty()) {
        (false, false) => (
            Status::Checkable,
            format!(
                "{}; {}.",
                urls("OCSP", &cert.ocsp_urls),
                urls("CRL", &cert.crl_urls)
            ),
        ),
        (false, true) => (
            Status::Checkable,
            format!("{}.", urls("OCSP", &cert.ocsp_urls)),
        ),
        (true, false) => (
            Status::Checkable,
            format!(
                "No OCSP: clients check the {}. Add that CRL here to check it.",
                urls("CRL", &cert.crl_urls)
            ),
        ),
        (true, true) => (
            Status::None,
            "No OCSP URL and no CRL: clients cannot learn whether it was revoked.".to_string(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inspect::tlv;

    use crate::inspect::tlv::encode as wrap;

    /// Issue 14's timing, without the integration tests' binaries:
    /// `cargo test --release --lib million -- --nocapture`. A
    /// 1,000,000-entry CRL under R2's name with a signature that does not
    /// check (the hash over all 36 MB is computed all the same), and the
    /// leaf's serial as the last entry. tests/crl.rs has the signed one.
    #[test]
    fn million_entries_judged_once() {
        let pem = include_bytes!("../../tests/fixtures/chains/correct.pem");
        let certs: Vec<Certificate> = crate::inspect::input::scan(pem)
            .found
            .iter()
            .filter_map(|f| Certificate::from_der(&f.der).ok())
            .collect();
        // The intermediate's subject Name: TBSCertificate's sixth field after [0].
        let (outer, _) = tlv::read(&certs[1].der, 0).unwrap();
        let tbs = outer.children().next().unwrap().unwrap();
        let subject = tbs.children().nth(5).unwrap().unwrap().raw.to_vec();
        let date = wrap(0x17, b"261101000000Z");
        let mut entries = Vec::with_capacity(37_000_000);
        for i in 1..=1_000_000u32 {
            let mut serial = vec![0x04u8; 13];
            serial.extend(i.to_be_bytes());
            let mut entry = wrap(0x02, &serial);
            entry.extend(&date);
            entries.extend(wrap(0x30, &entry));
        }
        let mut entry = wrap(0x02, &[0x10, 0x01]);
        entry.extend(&date);
        entries.extend(wrap(0x30, &entry));
        let alg = wrap(
            0x30,
            &[
                &wrap(
                    0x06,
                    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b],
                )[..],
                &[0x05, 0x00],
            ]
            .concat(),
        );
        let mut body = wrap(0x02, &[1]);
        body.extend(&alg);
        body.extend(&subject);
        body.extend(wrap(0x17, b"261122000000Z"));
        body.extend(wrap(0x17, b"261129000000Z"));
        body.extend(wrap(0x30, &entries));
        let mut der = wrap(0x30, &body);
        der.extend(&alg);
        der.extend(wrap(0x03, &[0u8; 257]));
        let der = wrap(0x30, &der);
        let started = std::time::Instant::now();
        let mut crls = vec![Crl::decode(&der, 0).unwrap()];
        let judged = judge(&mut crls, &certs, Timestamp(1_795_395_600));
        let took = started.elapsed();
        println!(
            "1,000,001 entries ({} bytes): decoded and judged in {took:?}",
            der.len()
        );
        assert_eq!(crls[0].entries, 1_000_001);
        assert_eq!(crls[0].signature.valid, Some(false));
        assert_eq!(crls[0].revoked.len(), 1);
        assert!(
            judged.lines.iter().all(|l| l.status != Status::Revoked),
            "an invalid signature revokes nothing"
        );
        assert_eq!(crls[0].entry_walks, 2, "counted once, looked up once");
    }
}
