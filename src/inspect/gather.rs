//! The first step of an analysis: every input read once, into the objects the
//! analyses take. The bytes stop here: certificates (pooled, each once),
//! DER and text staples with the certificates they embed, CRLs, public keys
//! and CSRs, and what an `s_client` capture says (the certificates it says
//! were sent, "no response sent"). Nothing above this module reads an input's
//! bytes.
//!
//! It depends on the readers (`input`, `certificate`, `staple`'s decoders,
//! `crl`, `keys`) and on the vocabulary below them; it runs no analysis.
//!
//! Layer: report. Assembles the analyses; imports anything but render.

use crate::inspect::certificate::Certificate;
use crate::inspect::crl::Crl;
use crate::inspect::error::InputError;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::input::{self, Found, Input, InputReport, Location, ObjectKind, ObjectReport};
use crate::inspect::keys::{self, GivenKey, KeySource};
use crate::inspect::staple::{self, Staple};
use std::collections::{HashMap, HashSet};

/// Everything read from the inputs.
#[derive(Default)]
pub struct Gathered {
    /// Every certificate, each once (by SHA-256), in the order first seen.
    pub certificates: Vec<Certificate>,
    pub staples: Vec<Staple>,
    pub crls: Vec<Crl>,
    /// Public keys and CSRs, matched against the certificates (issue 15).
    pub keys: Vec<GivenKey>,
    /// One per input, in input order.
    pub reports: Vec<InputReport>,
    /// Certificates given as such, not only inside a staple (issue 4).
    pub given: HashSet<usize>,
    /// `s_client -status` captures that say "no response sent".
    pub not_sent: Vec<NotSent>,
    /// What reading found: unreadable objects, private keys, OCSP requests.
    pub findings: Vec<Finding>,
    /// Certificate SHA-256 → index in `certificates`.
    by_sha256: HashMap<String, usize>,
    /// Bytes read so far, counted against the total budget.
    read: usize,
}

/// "OCSP response: no response sent" on `line` of input `input`, and the
/// certificates that input holds.
pub struct NotSent {
    pub input: usize,
    pub line: usize,
    pub held: Vec<usize>,
}

/// Reads every input.
pub fn read(inputs: &[Input]) -> Gathered {
    let mut gathered = Gathered::default();
    for (index, input) in inputs.iter().enumerate() {
        gathered.read_input(index, input);
    }
    gathered
}

impl Gathered {
    fn add(&mut self, certificate: Certificate) -> usize {
        if let Some(&index) = self.by_sha256.get(&certificate.sha256) {
            return index;
        }
        let index = self.certificates.len();
        self.by_sha256.insert(certificate.sha256.clone(), index);
        self.certificates.push(certificate);
        index
    }

    fn read_input(&mut self, index: usize, input: &Input) {
        let scan = input::scan_counted(&input.bytes, &mut self.read);
        let mut errors = scan.errors;
        let mut objects = Vec::with_capacity(scan.found.len());
        for found in scan.found {
            if let Some(object) = self.read_object(index, input, found, &mut errors) {
                objects.push(object);
            }
        }
        // Staples printed as text (issue 4): s_client -status and openssl
        // ocsp -text output, read beside the PEM in the same input.
        let text = if scan.unread {
            staple::text::TextScan::default()
        } else {
            staple::text::find(&input.bytes, index)
        };
        if !text.staples.is_empty() {
            errors.retain(|e| e.code != "not-recognized");
        }
        self.text_staples(text, &mut objects, &mut errors);
        for error in &errors {
            self.findings.push(
                Finding::new(
                    Severity::Error,
                    error.code,
                    format!("{}: {}", input.name, error.message),
                )
                .on_input(index),
            );
        }
        self.reports.push(InputReport {
            name: input.name.clone(),
            size: input.bytes.len(),
            objects,
            errors,
            certificates_sent: input::s_client_sent(&input.bytes),
        });
    }

    /// One object of an input, decoded; `None` when it could not be read
    /// (the error says why) or is not listed.
    fn read_object(
        &mut self,
        index: usize,
        input: &Input,
        found: Found,
        errors: &mut Vec<InputError>,
    ) -> Option<ObjectReport> {
        let mut object = ObjectReport {
            kind: found.kind,
            location: found.location,
            label: found.label.clone(),
            certificate: None,
            certificates: Vec::new(),
            staple: None,
            crl: None,
            crls: Vec::new(),
            note: found.note.clone(),
            embedded_in: None,
        };
        // CRLs carried in a PKCS#7 bundle (issue 14).
        for (n, der) in found.crls.iter().enumerate() {
            match Crl::decode(der, index) {
                Ok(c) => {
                    object.crls.push(self.crls.len());
                    self.crls.push(c);
                }
                Err(e) => errors.push(InputError::new(
                    "crl-invalid",
                    format!(
                        "{}: CRL {} of the PKCS#7 bundle: {e}",
                        found.location,
                        n.saturating_add(1)
                    ),
                )),
            }
        }
        let at = found.location;
        let failed = |code: &'static str, e: &dyn std::fmt::Display| {
            InputError::new(code, format!("{at}: {e}"))
        };
        match found.kind {
            ObjectKind::Certificate => match Certificate::from_der(&found.der) {
                Ok(cert) => object.certificate = Some(self.add(cert)),
                Err(e) => {
                    errors.push(failed("certificate-invalid", &e));
                    return None;
                }
            },
            ObjectKind::Pkcs7 => self.read_bundle(&found, &mut object, errors),
            ObjectKind::OcspResponse => match staple::decode(&found.der, index) {
                Ok(s) => {
                    object.staple = Some(self.staples.len());
                    let s = self.add_embedded(s, errors, &at.to_string());
                    self.staples.push(s);
                }
                Err(e) => {
                    errors.push(failed("ocsp-response-invalid", &e));
                    return None;
                }
            },
            ObjectKind::PrivateKey => self.findings.push(private_key(index, &input.name, at)),
            ObjectKind::OcspRequest => self.findings.push(ocsp_request(index, &input.name, at)),
            ObjectKind::Csr => {
                self.keys.push(GivenKey::new(
                    index,
                    &input.name,
                    at,
                    KeySource::Csr,
                    &found.der,
                ));
            }
            ObjectKind::Unrecognized => {
                let source = match found.label.as_deref() {
                    Some("PUBLIC KEY") => Some(KeySource::PublicKey),
                    Some("RSA PUBLIC KEY") => Some(KeySource::RsaPublicKey),
                    _ => None,
                };
                if let Some(source) = source {
                    self.keys
                        .push(GivenKey::new(index, &input.name, at, source, &found.der));
                }
            }
            ObjectKind::Crl => match Crl::decode(&found.der, index) {
                Ok(c) => {
                    object.crl = Some(self.crls.len());
                    self.crls.push(c);
                }
                Err(e) => {
                    errors.push(failed("crl-invalid", &e));
                    return None;
                }
            },
        }
        Some(object)
    }

    /// A PKCS#7 bundle's certificates.
    fn read_bundle(
        &mut self,
        found: &Found,
        object: &mut ObjectReport,
        errors: &mut Vec<InputError>,
    ) {
        for (n, der) in found.certificates.iter().enumerate() {
            match Certificate::from_der(der) {
                Ok(cert) => object.certificates.push(self.add(cert)),
                Err(e) => errors.push(InputError::new(
                    "certificate-invalid",
                    format!(
                        "{}: certificate {} of the PKCS#7 bundle: {e}",
                        found.location,
                        n.saturating_add(1)
                    ),
                )),
            }
        }
        if found.certificates.is_empty() {
            object.note = Some("this PKCS#7 bundle holds no certificates".to_string());
        }
    }

    /// Adds an input's text staples, marks the certificates printed inside
    /// them as the responder's, and records the rest as given.
    fn text_staples(
        &mut self,
        text: staple::text::TextScan,
        objects: &mut Vec<ObjectReport>,
        errors: &mut Vec<InputError>,
    ) {
        let spans: Vec<_> = text
            .staples
            .iter()
            .map(|t| t.first_line..=t.last_line)
            .collect();
        for object in objects.iter() {
            let inside = matches!(object.location, Location::Line(n) if spans.iter().any(|s| s.contains(&n)));
            if !inside {
                self.given.extend(object.certificate);
                self.given.extend(object.certificates.iter().copied());
            }
        }
        for found in text.staples {
            let index = self.staples.len();
            let context = format!("line {}", found.first_line);
            let s = self.add_embedded(found.staple, errors, &context);
            self.staples.push(s);
            let span = found.first_line..=found.last_line;
            for object in objects.iter_mut() {
                if let (Location::Line(n), Some(_)) = (object.location, object.certificate) {
                    if span.contains(&n) {
                        object.embedded_in = Some(index);
                    }
                    if span.contains(&n) && object.note.is_none() {
                        object.note = Some(format!("embedded in the OCSP response (staple [{index}]) that starts on line {}: the responder's certificate, not part of the served chain", found.first_line));
                    }
                }
            }
            // Listed in line order, before the certificates it embeds.
            let at = objects
                .iter()
                .position(|o| matches!(o.location, Location::Line(n) if n > found.first_line))
                .unwrap_or(objects.len());
            objects.insert(at, text_staple_object(found.first_line, index));
        }
        let input = self.reports.len();
        for line in text.not_sent {
            let held = objects.iter().flat_map(|o| o.certificate).collect();
            self.not_sent.push(NotSent { input, line, held });
        }
    }

    /// Adds a staple's embedded certificates to the pool and records their
    /// indices (issue 4).
    fn add_embedded(
        &mut self,
        mut s: Staple,
        errors: &mut Vec<InputError>,
        context: &str,
    ) -> Staple {
        for (n, der) in std::mem::take(&mut s.embedded_der).iter().enumerate() {
            match Certificate::from_der(der) {
                Ok(cert) => s.embedded_certificates.push(self.add(cert)),
                // x509-parser's own message is a debug dump; say it in words.
                Err(_) => errors.push(InputError::new(
                    "certificate-invalid",
                    format!(
                        "{context}: certificate {} embedded in the OCSP response is not a readable X.509 certificate (the response is damaged); it was skipped",
                        n.saturating_add(1)
                    ),
                )),
            }
        }
        s
    }
}

/// The object listed for a staple printed as text.
fn text_staple_object(first_line: usize, staple: usize) -> ObjectReport {
    ObjectReport {
        kind: ObjectKind::OcspResponse,
        location: Location::Line(first_line),
        label: None,
        certificate: None,
        certificates: Vec::new(),
        staple: Some(staple),
        crl: None,
        crls: Vec::new(),
        note: Some("printed by OpenSSL as text: its signature cannot be checked".to_string()),
        embedded_in: None,
    }
}

fn private_key(input: usize, name: &str, at: Location) -> Finding {
    Finding::new(
        Severity::Warning,
        "private-key-exposed",
        format!(
            "{name} ({at}) is a private key. certscope did not decode, keep or share it. If this key was ever pasted into an online tool, treat it as exposed: make a new key and have the certificate reissued. To see which certificate it belongs to, paste its public key instead: {}",
            keys::PUBOUT_COMMAND
        ),
    )
    .on_input(input)
}

fn ocsp_request(input: usize, name: &str, at: Location) -> Finding {
    Finding::new(
        Severity::Info,
        "ocsp-request-not-staple",
        format!(
            "{name} ({at}) is an OCSP request: what a server sends to the responder, not a staple. The responder's answer (the response) is what gets stapled."
        ),
    )
    .on_input(input)
}
