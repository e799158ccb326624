//! Judging a staple against every certificate of the analysis: which
//! certificate it answers for (the CertID, RFC 6960 §4.1.1), who signed it and
//! whether they may (§4.2.2.2), how fresh it is, and what nginx and HAProxy do
//! with such a file, in the words they log.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::dn;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::freshness::Freshness;
use crate::inspect::issuance;
use crate::inspect::signature::{self, Verdict};
use crate::inspect::staple::model::{
    CertStatus, Responder, ResponderId, Signer, SingleResponse, Staple, StapleSignature,
};
use crate::inspect::staple::servers;
use crate::inspect::time::{duration_words, Timestamp};
use sha1::{Digest as _, Sha1};

/// Single responses matched and judged per staple. A staple answers for one
/// certificate; CAs batch a few at most. The rest are shown, not matched.
pub const MAX_JUDGED_RESPONSES: usize = 100;
/// Per certificate: the hash of its subject and of its public key, or
/// `None` when it could not be decoded.
type CertIdHashes = Vec<Option<(Vec<u8>, Vec<u8>)>>;

/// The certificates a staple is judged against: every certificate of the
/// analysis, with their OCSP hashes computed once per algorithm.
pub struct Candidates<'a> {
    certificates: &'a [Certificate],
    /// The end-entity certificates a server would present: not CAs, not
    /// OCSP responders, and not merely embedded in a staple.
    served: Vec<usize>,
    /// The certificates that came only from staples: never served.
    embedded: Vec<usize>,
    /// Per algorithm: each certificate's (subject hash, key hash).
    hashes: Vec<(String, CertIdHashes)>,
    /// The one issuer search: who issued whom, each signature checked once.
    issuers: issuance::Issuers<'a>,
}

/// Signature checks the staple judge may spend deciding which given
/// certificate issued a staple's certificate: a staple answers for one
/// certificate, CAs batch a few, so this is the commands' budget twice.
const ISSUER_CHECKS: usize = 200;

/// Where one single response points.
#[derive(Clone, Copy, Debug, Default)]
struct Match {
    certificate: Option<usize>,
    issuer: Option<usize>,
    /// A certificate with the serial and issuer name whose issuer's key is
    /// not the CertID's: the staple is from another key of that CA name.
    key_mismatch: Option<usize>,
}

impl<'a> Candidates<'a> {
    /// `embedded`: indices of certificates that came only from staples.
    pub fn new(certificates: &'a [Certificate], embedded: &[usize]) -> Self {
        let served = certificates
            .iter()
            .enumerate()
            .filter(|(i, c)| c.is_server_leaf() && !embedded.contains(i))
            .map(|(i, _)| i)
            .collect();
        Candidates {
            certificates,
            served,
            embedded: embedded.to_vec(),
            hashes: Vec::new(),
            issuers: issuance::Issuers::new(certificates, ISSUER_CHECKS),
        }
    }

    /// What the server verdicts need from the analysis besides the staple.
    fn server_context(&self, staple: &Staple, r: Option<&SingleResponse>) -> servers::Context {
        servers::Context {
            // The staple's certificate was given, and its issuer was not, or
            // only inside a staple: not what the server would serve.
            issuer_not_served: r.is_some_and(|r| {
                r.certificate.is_some_and(|c| self.served.contains(&c))
                    && r.issuer.is_none_or(|i| self.embedded.contains(&i))
            }),
            first_url_not_http: r
                .and_then(|r| r.certificate)
                .filter(|c| self.served.contains(c))
                .and_then(|c| self.cert(c))
                .and_then(|c| c.ocsp_urls.first())
                .is_some_and(|url| !crate::inspect::urls::is_http_url(url)),
            server_certificate_given: !self.served.is_empty(),
            signer_self_signed: staple
                .signature
                .certificate
                .and_then(|i| self.cert(i))
                .is_some_and(|c| c.self_issued),
            embeds_no_certificate: staple.source == "der"
                && staple.embedded_der.is_empty()
                && staple.embedded_certificates.is_empty(),
        }
    }

    fn cert(&self, index: usize) -> Option<&'a Certificate> {
        self.certificates.get(index)
    }

    fn name(&self, index: Option<usize>) -> Option<&'a str> {
        index
            .and_then(|i| self.cert(i))
            .map(Certificate::display_name)
    }

    fn hashes(&mut self, algorithm: &str) -> Option<&CertIdHashes> {
        issuance::digest(algorithm, b"")?;
        let position = match self.hashes.iter().position(|(a, _)| a == algorithm) {
            Some(p) => p,
            None => {
                let list = self
                    .certificates
                    .iter()
                    .map(|c| issuance::cert_id_hashes(c, algorithm))
                    .collect();
                self.hashes.push((algorithm.to_string(), list));
                self.hashes.len().saturating_sub(1)
            }
        };
        self.hashes.get(position).map(|(_, list)| list)
    }

    /// RFC 6960 §4.1.1: a CertID names the certificate by serial, and its
    /// issuer by the hash of the issuer's name and of its public key. The
    /// response matches a certificate only through the certificate that
    /// issued it (signature verified, or key ids equal where it cannot be
    /// checked), never through another certificate that merely shares the
    /// issuer's name.
    fn match_response(&mut self, response: &SingleResponse) -> Match {
        let algorithm = response.hash_algorithm.clone();
        let Some((name_hash, key_hash)) = response.issuer_hashes.clone() else {
            return Match::default();
        };
        // The certificates the CertID names as the issuer.
        let named: Vec<usize> = self.hashes(&algorithm).map_or_else(Vec::new, |list| {
            list.iter()
                .enumerate()
                .filter(|(_, h)| {
                    h.as_ref()
                        .is_some_and(|(name, key)| *name == name_hash && *key == key_hash)
                })
                .map(|(i, _)| i)
                .collect()
        });
        let mut found = Match {
            issuer: named.first().copied(),
            ..Match::default()
        };
        for (index, cert) in self.certificates.iter().enumerate() {
            if cert.serial != response.serial {
                continue;
            }
            let same_name: Vec<usize> = self.issuers.candidates_of(index).to_vec();
            let issued_by: Vec<usize> = same_name
                .into_iter()
                .filter(|&i| self.issuers.issued(index, i))
                .collect();
            if let Some(&issuer) = issued_by.iter().find(|i| named.contains(i)) {
                found.certificate = Some(index);
                found.issuer = Some(issuer);
                return found;
            }
            if !issued_by.is_empty() || !named.is_empty() {
                // Its issuer was given and the CertID names another key, or
                // the CertID names a given certificate that did not issue it.
                found.key_mismatch.get_or_insert(index);
                continue;
            }
            // Its issuer was not given: only the issuer name can be compared.
            let name_matches =
                issuance::digest(&algorithm, cert.issuer_der()).is_some_and(|h| h == name_hash);
            if name_matches {
                found.certificate = Some(index);
                found.issuer = None;
                return found;
            }
        }
        found
    }

    /// Certificates the ResponderID names, the staple's own first.
    fn responder_candidates(&self, staple: &Staple) -> Vec<usize> {
        let Some(id) = &staple.responder_id else {
            return Vec::new();
        };
        let named = |index: usize| {
            self.cert(index)
                .is_some_and(|cert| names_responder(id, cert))
        };
        let mut out: Vec<usize> = staple
            .embedded_certificates
            .iter()
            .copied()
            .filter(|i| named(*i))
            .collect();
        let others: Vec<usize> = (0..self.certificates.len())
            .filter(|i| !out.contains(i) && named(*i))
            .collect();
        out.extend(others);
        out
    }

    /// Finds the signer, checks the signature and decides whether the signer
    /// may answer for the certificate (RFC 6960 §4.2.2.2).
    fn signature(
        &self,
        staple: &Staple,
        response: Option<&SingleResponse>,
        at: Timestamp,
    ) -> StapleSignature {
        let candidates = self.responder_candidates(staple);
        let from_text = staple.basic.is_empty();
        let responder = match &staple.responder {
            Some(Responder::Name(n)) => n.clone(),
            Some(Responder::KeyHash(h)) => {
                format!("the key with SHA-1 hash {h}")
            }
            None => "nobody".to_string(),
        };
        let Some(&first) = candidates.first() else {
            return StapleSignature {
                valid: None,
                signer: Signer::Unknown,
                certificate: None,
                detail: format!(
                    "The response names its signer as {responder}, but that certificate is neither embedded in the response nor among the inputs, so the signature cannot be checked."
                ),
                signer_expired: false,
            };
        };
        let (signer, valid, mut detail) = if from_text {
            (
                first,
                None,
                "The signature cannot be checked from text. ".to_string(),
            )
        } else {
            let Some(signed) = signature::signed_parts(&staple.basic) else {
                return StapleSignature {
                    detail: "The response's signature is not where RFC 6960 puts it.".to_string(),
                    ..StapleSignature::default()
                };
            };
            let verdicts: Vec<(usize, Verdict)> = candidates
                .iter()
                .filter_map(|&i| Some((i, signature::verify(self.cert(i)?.spki(), &signed))))
                .collect();
            match verdicts.iter().find(|(_, v)| *v == Verdict::Valid) {
                Some((i, _)) => (*i, Some(true), String::new()),
                None => match verdicts.iter().find_map(|(_, v)| match v {
                    Verdict::Unsupported(what) => Some(what.clone()),
                    _ => None,
                }) {
                    Some(what) => (
                        first,
                        None,
                        format!("certscope cannot check signatures made with {what}. "),
                    ),
                    None => (
                        first,
                        Some(false),
                        format!(
                            "The signature does NOT verify with the key of {}: the response was altered or corrupted after it was signed. ",
                            self.name(Some(first)).unwrap_or("its signer")
                        ),
                    ),
                },
            }
        };
        let (kind, why) = self.authority(signer, response, at, from_text);
        detail.push_str(&why);
        let signer_expired = kind == Signer::Delegated
            && self
                .cert(signer)
                .is_some_and(|c| at < c.not_before || at > c.not_after);
        StapleSignature {
            valid,
            signer: kind,
            certificate: Some(signer),
            detail,
            signer_expired,
        }
    }

    /// RFC 6960 §4.2.2.2: the signer must be the CA that issued the
    /// certificate, or hold a certificate from that CA with id-kp-OCSPSigning.
    fn authority(
        &self,
        signer: usize,
        response: Option<&SingleResponse>,
        at: Timestamp,
        claimed: bool,
    ) -> (Signer, String) {
        // From text the signature is unchecked: say who the response names.
        let signed_by = if claimed {
            "It names as its signer"
        } else {
            "Signed by"
        };
        let signer_name = self.name(Some(signer)).unwrap_or("the signer");
        let Some(response) = response else {
            return (
                Signer::Unknown,
                format!("{signed_by} {signer_name}; the response holds no single response to judge its authority by."),
            );
        };
        let subject = self
            .name(response.certificate)
            .map_or_else(|| format!("serial {}", response.serial), str::to_string);
        let Some(signer_cert) = self.cert(signer) else {
            return (
                Signer::Unknown,
                format!("{signer_name} could not be decoded."),
            );
        };
        let Some(ca) = response.issuer else {
            return (
                Signer::Unknown,
                format!(
                    "{signed_by} {signer_name}. The certificate of the CA that issued {subject} is not among the inputs, so certscope cannot tell whether {signer_name} may answer for it: add the issuer's certificate."
                ),
            );
        };
        let ca_name = self.name(Some(ca)).unwrap_or("the issuing CA");
        let Some(ca_cert) = self.cert(ca) else {
            return (Signer::Unknown, format!("{ca_name} could not be decoded."));
        };
        if signer_cert.key_bits() == ca_cert.key_bits() {
            return (
                Signer::Issuer,
                format!("{signed_by} {ca_name}, the CA that issued {subject}: it may answer for its own certificates."),
            );
        }
        let issued_by_ca = self
            .cert(ca)
            .is_some_and(|c| c.subject_canonical == signer_cert.issuer_canonical)
            && self
                .cert(ca)
                .is_some_and(|c| issuance::verdict(signer_cert, c) == Verdict::Valid);
        if !issued_by_ca {
            return (
                Signer::Unauthorized,
                format!(
                    // OpenSSL's ocsp_check_issuer finds neither case and
                    // falls back to asking whether the root is trusted for
                    // OCSP signing, which it never is by default.
                    "{signed_by} {signer_name}, which may not answer for {subject}: it is neither {ca_name} (the CA that issued {subject}) nor a responder certified by {ca_name}. Clients reject it; OpenSSL says \"root ca not trusted\"."
                ),
            );
        }
        if !signer_cert
            .extended_key_usage
            .iter()
            .any(|u| u == "OCSPSigning")
        {
            return (
                Signer::Unauthorized,
                format!(
                    "{signed_by} {signer_name}, issued by {ca_name} but without the OCSP Signing extended key usage (id-kp-OCSPSigning), so it may not answer for {ca_name}'s certificates. Clients reject it; OpenSSL says \"missing ocspsigning usage\"."
                ),
            );
        }
        let nocheck = signer_cert
            .extensions
            .iter()
            .any(|e| e.oid == "1.3.6.1.5.5.7.48.1.5");
        let mut why = format!(
            "{signed_by} the delegated responder {signer_name}, certified by {ca_name} with the OCSP Signing extended key usage. "
        );
        why.push_str(if nocheck {
            "It carries id-pkix-ocsp-nocheck, so clients do not check the responder's own revocation."
        } else {
            "It has no id-pkix-ocsp-nocheck extension, so clients may try to check the responder's own revocation (RFC 6960 §4.2.2.2.1)."
        });
        if at < signer_cert.not_before || at > signer_cert.not_after {
            why.push_str(&format!(
                " But the responder's certificate is not valid at the evaluation time ({} to {}), so OpenSSL rejects the response.",
                signer_cert.not_before, signer_cert.not_after
            ));
        }
        (Signer::Delegated, why)
    }
}

/// Whether a ResponderID (RFC 6960 §4.2.1) names `cert`: by its subject
/// name, or by the SHA-1 hash of its public key's bits. The one rule for
/// "who may have signed this staple", shared with `ahead`'s list of checks.
pub fn names_responder(id: &ResponderId, cert: &Certificate) -> bool {
    match id {
        ResponderId::NameDer(der) => dn::same_name(cert.subject_der(), der),
        ResponderId::NameAttributes(pairs) => {
            cert.subject_attributes.len() == pairs.len()
                && cert
                    .subject_attributes
                    .iter()
                    .zip(pairs)
                    .all(|(a, (n, v))| a.name == *n && dn::fold(&a.value) == dn::fold(v))
        }
        ResponderId::KeyHash(hash) => Sha1::digest(cert.key_bits()).as_slice() == hash.as_slice(),
    }
}

/// Judges one staple (index `index` in the report) and returns its findings.
/// Fills each response's `certificate`, `issuer` and `freshness`, the
/// `signature` and the `server_verdicts`.
pub fn judge(
    staple: &mut Staple,
    index: usize,
    pool: &mut Candidates<'_>,
    at: Timestamp,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !staple.is_successful() {
        staple.signature = StapleSignature {
            detail: "An unsuccessful OCSP response carries no signature and no status.".to_string(),
            ..StapleSignature::default()
        };
        findings.push(Finding::new(
            Severity::Error,
            "staple-not-successful",
            format!(
                "This OCSP response is not an answer about any certificate: the responder said {} ({}). Do not staple it; fetch a new response from the responder.",
                staple.response_status,
                status_meaning(&staple.response_status)
            ),
        ));
        staple.server_verdicts =
            servers::verdicts(staple, None, pool.server_context(staple, None), at);
        return tag(findings, index);
    }

    let (matched, primary, key_mismatch) = match_responses(staple, pool, at);
    let primary_response = primary.and_then(|i| staple.responses.get(i)).cloned();
    staple.signature = pool.signature(staple, primary_response.as_ref(), at);
    staple.server_verdicts = servers::verdicts(
        staple,
        primary_response.as_ref(),
        pool.server_context(staple, primary_response.as_ref()),
        at,
    );
    findings.extend(signature_findings(staple, pool));
    findings.extend(whom_findings(
        staple,
        &matched,
        primary_response.as_ref(),
        key_mismatch,
        pool,
    ));
    // Status and freshness of each response that answers for a given
    // certificate (or of the first, when none does).
    let judged: Vec<usize> = if matched.is_empty() {
        primary.into_iter().collect()
    } else {
        matched
    };
    findings.extend(status_findings(staple, &judged, pool, at));
    tag(findings, index)
}

/// Matches each single response to a certificate and dates it. Returns the
/// matched responses, the primary one (the first matched, else the first)
/// and, when a CertID names a given issuer with another key, that issuer.
fn match_responses(
    staple: &mut Staple,
    pool: &mut Candidates<'_>,
    at: Timestamp,
) -> (Vec<usize>, Option<usize>, Option<usize>) {
    let mut key_mismatch = None;
    for response in staple.responses.iter_mut().take(MAX_JUDGED_RESPONSES) {
        let found = pool.match_response(response);
        response.certificate = found.certificate;
        response.issuer = found.issuer;
        key_mismatch = key_mismatch.or(found.key_mismatch);
    }
    for response in &mut staple.responses {
        response.freshness = Some(Freshness::at(
            response.this_update,
            response.next_update,
            at,
        ));
    }
    if staple.responses.len() > MAX_JUDGED_RESPONSES {
        staple.notes.push(format!(
            "the response holds {} single responses; only the first {MAX_JUDGED_RESPONSES} were matched to certificates",
            staple.responses.len()
        ));
    }
    let matched: Vec<usize> = (0..staple.responses.len())
        .filter(|&i| {
            staple
                .responses
                .get(i)
                .is_some_and(|r| r.certificate.is_some())
        })
        .collect();
    let primary = matched
        .first()
        .copied()
        .or((!staple.responses.is_empty()).then_some(0));
    (matched, primary, key_mismatch)
}

/// Whether the signature verifies and the signer may answer.
fn signature_findings(staple: &Staple, pool: &Candidates<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let signer_name = pool
        .name(staple.signature.certificate)
        .unwrap_or("its signer")
        .to_string();
    match (staple.signature.valid, staple.signature.signer) {
        (Some(false), _) => findings.push(Finding::new(
            Severity::Error,
            "staple-bad-signature",
            format!(
                "The staple's signature does not verify with the key of {signer_name}: the file was altered or corrupted after the responder signed it. Clients reject it, and nginx with ssl_stapling_verify logs \"OCSP_basic_verify() failed\". Fetch a new response."
            ),
        )),
        (_, Signer::Unauthorized) => findings.push(Finding::new(
            Severity::Error,
            "staple-unauthorized-responder",
            staple.signature.detail.clone(),
        )),
        (None, Signer::Unknown) if staple.source == "der" && staple.signature.certificate.is_none() => {
            findings.push(Finding::new(
                Severity::Warning,
                "staple-signer-not-found",
                staple.signature.detail.clone(),
            ))
        }
        (None, _) if staple.source == "der" && staple.signature.certificate.is_some() => {
            findings.push(Finding::new(
                Severity::Info,
                "staple-signature-unchecked",
                staple.signature.detail.clone(),
            ))
        }
        _ => {}
    }
    if staple.source == "text" {
        findings.push(Finding::new(
            Severity::Info,
            "staple-text-unverifiable",
            "This staple was read from OpenSSL's text output: its status, times and serial are shown, but its signature cannot be checked from text. To check it, save the response itself (openssl s_client -status does not; openssl ocsp … -respout staple.der does) and drop that file.",
        ));
    }

    findings
}

/// Whom the staple is for: several responses, or none for a given
/// certificate.
fn whom_findings(
    staple: &Staple,
    matched: &[usize],
    primary_response: Option<&SingleResponse>,
    key_mismatch: Option<usize>,
    pool: &Candidates<'_>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if staple.responses.len() > 1 {
        let serials: Vec<&str> = staple
            .responses
            .iter()
            .map(|r| r.serial.as_str())
            .take(10)
            .collect();
        findings.push(Finding::new(
            Severity::Warning,
            "staple-multiple-responses",
            format!(
                "The staple holds {} single responses (serials {}). HAProxy refuses to load it (\"OCSP response ignored because contains multiple single responses ({})\"); nginx and browsers use the one for their certificate.",
                staple.responses.len(),
                serials.join(", "),
                staple.responses.len()
            ),
        ));
    }
    if matched.is_empty() {
        if let Some(r) = primary_response {
            findings.push(not_found(r, key_mismatch, pool));
        }
    }

    findings
}

/// The status and freshness of each judged response.
fn status_findings(
    staple: &Staple,
    judged: &[usize],
    pool: &Candidates<'_>,
    at: Timestamp,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for &i in judged {
        let Some(r) = staple.responses.get(i) else {
            continue;
        };
        let cert = r.certificate.and_then(|c| pool.cert(c));
        let who = cert.map_or_else(
            || format!("serial {}", r.serial),
            |c| c.display_name().to_string(),
        );
        let mut add = |f: Finding| {
            findings.push(match r.certificate {
                Some(c) => f.on_certificate(c),
                None => f,
            })
        };
        match r.cert_status {
            CertStatus::Good => {}
            CertStatus::Revoked => add(Finding::new(
                Severity::Error,
                "staple-revoked",
                format!(
                    "The staple says {who} is REVOKED{}{}. Clients that read it refuse the connection: replace the certificate (and its key, if it was compromised) now. nginx with ssl_stapling_verify logs it (certificate status \"revoked\" in the OCSP response).",
                    r.revocation_reason.as_deref().map(|x| format!(" ({x})")).unwrap_or_default(),
                    r.revocation_time.map(|t| format!(" since {t}, {}", t.relative_to(at))).unwrap_or_default()
                ),
            )),
            CertStatus::Unknown => add(Finding::new(
                Severity::Error,
                "staple-unknown-status",
                format!(
                    "The responder does not know {who} (cert status \"unknown\"): the response came from a responder that does not serve this CA, or for another certificate. HAProxy refuses it (\"OCSP single response: certificate status is unknown\"), nginx with ssl_stapling_verify logs it (certificate status \"unknown\" in the OCSP response), and clients gain nothing from it."
                ),
            )),
        }
        if let Some(f) = freshness_finding(r, &who, cert, at) {
            add(f);
        }
    }
    findings
}

fn tag(findings: Vec<Finding>, index: usize) -> Vec<Finding> {
    findings.into_iter().map(|f| f.on_staple(index)).collect()
}

/// What servers do with a response for another CertID (issue 26 point 8):
/// nginx never checks an `ssl_stapling_file` (`ngx_ssl_stapling_file()`), so
/// only its fetching logs the line; HAProxy compares the CertID at load
/// (`ssl_sock_load_ocsp_response()`).
const NOT_FOR_IT: &str = "As an ssl_stapling_file nginx serves it silently, and clients ignore it; a response nginx fetches like this logs \"certificate status not found in the OCSP response\" and is not stapled. HAProxy refuses the .ocsp file: \"OCSP single response: Certificate ID does not match certificate and issuer\".";

fn not_found(r: &SingleResponse, key_mismatch: Option<usize>, pool: &Candidates<'_>) -> Finding {
    let served: Vec<&str> = pool
        .served
        .iter()
        .filter_map(|&i| pool.name(Some(i)))
        .take(5)
        .collect();
    if let Some((index, cert)) = key_mismatch.and_then(|i| Some((i, pool.cert(i)?))) {
        // Always an error: the staple names a real certificate, through a key
        // that did not issue it.
        return Finding::new(
            Severity::Error,
            "staple-other-issuer-key",
            format!(
                "The staple is for another issuer key: its serial ({}) and issuer name match {}, but the key its CertID names is not the key of the certificate that issued {} (a re-keyed or different intermediate of the same name). {NOT_FOR_IT} Fetch the response with the issuer that signed the certificate.",
                r.serial,
                cert.display_name(),
                cert.display_name()
            ),
        )
        .on_certificate(index);
    }
    let message = match served.as_slice() {
        [] => format!(
            "The staple answers for serial {} (issuer name hash {}), but that certificate is not among the inputs. Add the server's certificate and its issuer to check that the staple is for it.",
            r.serial, r.issuer_name_hash
        ),
        names => format!(
            "The staple answers for serial {}, not for {} (serial {}): it is a staple for another certificate. {NOT_FOR_IT}",
            r.serial,
            names.join(", "),
            pool.served
                .iter()
                .filter_map(|&i| pool.cert(i))
                .map(|c| c.serial.as_str())
                .take(5)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let severity = if pool.served.is_empty() {
        Severity::Warning
    } else {
        Severity::Error
    };
    Finding::new(severity, "staple-certificate-not-found", message)
}

fn freshness_finding(
    r: &SingleResponse,
    who: &str,
    cert: Option<&Certificate>,
    at: Timestamp,
) -> Option<Finding> {
    let must_staple = if cert.is_some_and(|c| c.must_staple) {
        format!(" {who} is Must-Staple, so browsers that honour it refuse the connection.")
    } else {
        String::new()
    };
    Some(match (r.freshness?, r.next_update) {
        (Freshness::Stale, Some(next)) => Finding::new(
            Severity::Error,
            "staple-stale",
            format!(
                "The staple for {who} is stale: Next Update was {} ({next}) — nginx will keep serving this stale staple until you replace the file and reload; {}.{must_staple} Fetch a fresh response (or let nginx fetch it: ssl_stapling on and no ssl_stapling_file; with ssl_stapling_verify on, a response signed by the issuer in ssl_certificate needs no ssl_trusted_certificate, one from a delegated responder needs its root there).",
                next.relative_to(at),
                crate::inspect::freshness::STALE_STAPLE,
            ),
        ),
        (Freshness::NextBeforeThis, Some(next)) => Finding::new(
            Severity::Error,
            "staple-next-update-before-this-update",
            format!(
                "The staple for {who} is invalid: its Next Update ({next}) is before its This Update ({}). OpenSSL refuses it (\"nextupdate before thisupdate\", OCSP_check_validity()), so do nginx with ssl_stapling_verify and HAProxy, and clients ignore it.{must_staple} Fetch a new response; if the responder keeps sending this, tell the CA.",
                r.this_update
            ),
        ),
        (Freshness::NotYetValid, _) => Finding::new(
            Severity::Error,
            "staple-not-yet-valid",
            format!(
                "The staple for {who} is not valid yet: This Update is {} ({}). Clients reject it until then; the responder's clock or this machine's clock is wrong.{must_staple}",
                r.this_update,
                r.this_update.relative_to(at)
            ),
        ),
        (Freshness::Expiring, Some(next)) => Finding::new(
            Severity::Warning,
            "staple-expiring",
            format!(
                "The staple for {who} {}{}. Fetch a fresh one {}: with ssl_stapling_file, nginx will not do it for you.",
                crate::inspect::freshness::goes_stale(next, at),
                if next > at {
                    format!(
                        ", {} of its {} window left",
                        duration_words(next.0.saturating_sub(at.0).unsigned_abs()),
                        duration_words(next.0.saturating_sub(r.this_update.0).max(0).unsigned_abs())
                    )
                } else {
                    String::new()
                },
                if next > at { "before then" } else { "now" }
            ),
        ),
        (Freshness::NoNextUpdate, _) => Finding::new(
            Severity::Warning,
            "staple-no-next-update",
            format!(
                "The staple for {who} has no Next Update, so nobody can tell when it goes stale: nginx serves it for as long as it runs, and HAProxy refuses it (\"OCSP single response: missing nextupdate\")."
            ),
        ),
        _ => return None,
    })
}

/// RFC 6960 §2.3's meanings of the error statuses.
fn status_meaning(status: &str) -> &'static str {
    match status {
        "malformedRequest" => "the request it received was malformed",
        "internalError" => "it had an internal error",
        "tryLater" => "it is busy: try again later",
        "sigRequired" => "it only answers signed requests",
        "unauthorized" => "it will not answer for this certificate",
        _ => "a status RFC 6960 does not define",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freshness_at_the_edges() {
        let day = 86_400;
        let this = Timestamp(1_000_000_000);
        let next = Timestamp(this.0 + 7 * day);
        // (evaluation time, next update, expected, why)
        let table = [
            (
                Timestamp(this.0 - 301),
                Some(next),
                Freshness::NotYetValid,
                "just past the skew before This Update",
            ),
            (
                Timestamp(this.0 - 300),
                Some(next),
                Freshness::Fresh,
                "within the skew before This Update",
            ),
            (
                Timestamp(this.0 + day),
                Some(next),
                Freshness::Fresh,
                "six days left of seven",
            ),
            (
                Timestamp(next.0 - 36 * 3600),
                Some(next),
                Freshness::Expiring,
                "under a quarter of the window left",
            ),
            (
                Timestamp(this.0 + 400 * day - 3600),
                Some(Timestamp(this.0 + 400 * day)),
                Freshness::Expiring,
                "under 24 hours left of a long window",
            ),
            (
                Timestamp(next.0 + 300),
                Some(next),
                Freshness::Expiring,
                "past Next Update but within the skew",
            ),
            (
                Timestamp(next.0 + 301),
                Some(next),
                Freshness::Stale,
                "past Next Update and the skew",
            ),
            (
                Timestamp(this.0 + day),
                Some(Timestamp(this.0 - 1)),
                Freshness::NextBeforeThis,
                "Next Update a second before This Update: OpenSSL refuses it",
            ),
            (
                Timestamp(this.0 - 10 * day),
                Some(Timestamp(this.0 - day)),
                Freshness::NextBeforeThis,
                "invalid even before This Update",
            ),
            (
                Timestamp(this.0),
                Some(this),
                Freshness::Expiring,
                "a zero-length window is valid (OpenSSL compares nextUpdate < thisUpdate)",
            ),
            (
                Timestamp(this.0 + day),
                None,
                Freshness::NoNextUpdate,
                "no Next Update",
            ),
        ];
        for (at, next, want, why) in table {
            assert_eq!(Freshness::at(this, next, at), want, "{why}");
        }
    }
}
