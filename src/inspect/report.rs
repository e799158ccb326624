//! The whole analysis as one serialisable value: what the page renders, what
//! "Download report (JSON)" saves and what `certscope inspect --json` prints.
//!
//! Field names marked stable in the issues are kept; new ones may be added.

use crate::inspect::certificate::Certificate;
use crate::inspect::commands::{self, Command, ServerConfig};
use crate::inspect::error::InputError;
use crate::inspect::input::{self, Input, Location, ObjectKind};
use crate::inspect::staple::{self, Staple};
use crate::inspect::time::Timestamp;
use serde::Serialize;
use std::collections::HashMap;

/// Bumped only when a stable field changes meaning.
pub const REPORT_VERSION: u32 = 1;

/// A certificate expiring within this many days gets a warning: long enough
/// to renew through a CA's normal process.
const EXPIRY_WARNING_DAYS: i64 = 30;

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Report {
    pub certscope_report: u32,
    pub evaluated_at: Timestamp,
    pub inputs: Vec<InputReport>,
    pub certificates: Vec<Certificate>,
    pub staples: Vec<Staple>,
    pub findings: Vec<Finding>,
    // --- issue 5: commands and server configuration ---
    /// Commands to check the server and fetch, verify and refresh staples,
    /// per server certificate (see [`commands::advise`]).
    pub commands: Vec<Command>,
    /// Server snippets for the first server certificate; `null` without one.
    pub server_config: Option<ServerConfig>,
    // --- end issue 5 ---
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct InputReport {
    pub name: String,
    pub size: usize,
    pub objects: Vec<ObjectReport>,
    pub errors: Vec<InputError>,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct ObjectReport {
    pub kind: ObjectKind,
    /// `line 3` or `byte 0`.
    pub location: Location,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Index into `certificates`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
    /// For a PKCS#7 bundle: indices into `certificates`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<usize>,
    /// Index into `staples`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staple: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable kebab-case code.
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staple: Option<usize>,
}

impl Finding {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Finding {
            severity,
            code,
            message: message.into(),
            certificate: None,
            input: None,
            staple: None,
        }
    }
    pub fn on_certificate(mut self, index: usize) -> Self {
        self.certificate = Some(index);
        self
    }
    pub fn on_input(mut self, index: usize) -> Self {
        self.input = Some(index);
        self
    }
}

impl Report {
    /// True when some finding has severity error (the CLI exits 1).
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The JSON the page downloads and the CLI prints.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

/// Collects certificates from every input, each once (by SHA-256).
#[derive(Default)]
struct Pool {
    certificates: Vec<Certificate>,
    by_sha256: HashMap<String, usize>,
}

impl Pool {
    fn add(&mut self, certificate: Certificate) -> usize {
        if let Some(&index) = self.by_sha256.get(&certificate.sha256) {
            return index;
        }
        let index = self.certificates.len();
        self.by_sha256.insert(certificate.sha256.clone(), index);
        self.certificates.push(certificate);
        index
    }
}

/// Analyses every input at the evaluation time `at`.
pub fn analyze(inputs: &[Input], at: Timestamp) -> Report {
    let mut pool = Pool::default();
    let mut staples = Vec::new();
    let mut findings = Vec::new();
    let mut reports = Vec::with_capacity(inputs.len());

    for (input_index, input) in inputs.iter().enumerate() {
        let scan = input::scan(&input.bytes);
        let mut errors = scan.errors;
        let mut objects = Vec::with_capacity(scan.found.len());
        for found in scan.found {
            let mut object = ObjectReport {
                kind: found.kind,
                location: found.location,
                label: found.label.clone(),
                certificate: None,
                certificates: Vec::new(),
                staple: None,
                note: found.note.clone(),
            };
            match found.kind {
                ObjectKind::Certificate => match Certificate::from_der(&found.der) {
                    Ok(cert) => object.certificate = Some(pool.add(cert)),
                    Err(e) => {
                        errors.push(InputError::new("certificate-invalid", format!("{}: {e}", found.location)));
                        continue;
                    }
                },
                ObjectKind::Pkcs7 => {
                    for (n, der) in found.certificates.iter().enumerate() {
                        match Certificate::from_der(der) {
                            Ok(cert) => object.certificates.push(pool.add(cert)),
                            Err(e) => errors.push(InputError::new(
                                "certificate-invalid",
                                format!("{}: certificate {} of the PKCS#7 bundle: {e}", found.location, n + 1),
                            )),
                        }
                    }
                    if found.certificates.is_empty() {
                        object.note = Some("this PKCS#7 bundle holds no certificates".to_string());
                    }
                }
                ObjectKind::OcspResponse => match staple::decode(&found.der, input_index) {
                    Ok(s) => {
                        object.staple = Some(staples.len());
                        staples.push(s);
                    }
                    Err(e) => {
                        errors.push(InputError::new("ocsp-response-invalid", format!("{}: {e}", found.location)));
                        continue;
                    }
                },
                ObjectKind::PrivateKey => findings.push(
                    Finding::new(
                        Severity::Warning,
                        "private-key-exposed",
                        format!(
                            "{} ({}) is a private key. certscope did not decode, keep or share it. If this key was ever pasted into an online tool, treat it as exposed: make a new key and have the certificate reissued.",
                            input.name, found.location
                        ),
                    )
                    .on_input(input_index),
                ),
                ObjectKind::OcspRequest => findings.push(
                    Finding::new(
                        Severity::Info,
                        "ocsp-request-not-staple",
                        format!(
                            "{} ({}) is an OCSP request: what a server sends to the responder, not a staple. The responder's answer (the response) is what gets stapled.",
                            input.name, found.location
                        ),
                    )
                    .on_input(input_index),
                ),
                ObjectKind::Crl | ObjectKind::Csr | ObjectKind::Unrecognized => {}
            }
            objects.push(object);
        }
        for error in &errors {
            findings.push(
                Finding::new(
                    Severity::Error,
                    error.code,
                    format!("{}: {}", input.name, error.message),
                )
                .on_input(input_index),
            );
        }
        reports.push(InputReport {
            name: input.name.clone(),
            size: input.bytes.len(),
            objects,
            errors,
        });
    }

    for (index, cert) in pool.certificates.iter().enumerate() {
        findings.extend(
            validity_findings(cert, at)
                .into_iter()
                .map(|f| f.on_certificate(index)),
        );
        for ext in cert.extensions.iter().filter(|e| e.malformed.is_some()) {
            findings.push(
                Finding::new(
                    Severity::Warning,
                    "certificate-malformed-extension",
                    format!(
                        "{}: the {} extension is malformed ({}); it was ignored",
                        cert.display_name(),
                        ext.name.as_deref().unwrap_or(&ext.oid),
                        ext.malformed.as_deref().unwrap_or_default()
                    ),
                )
                .on_certificate(index),
            );
        }
    }

    // --- issue 5: commands, server configuration, ocsp-* findings ---
    let advice = commands::advise(&pool.certificates, None, &commands::Paths::default());
    findings.extend(advice.findings);
    // --- end issue 5 ---

    Report {
        certscope_report: REPORT_VERSION,
        evaluated_at: at,
        inputs: reports,
        certificates: pool.certificates,
        staples,
        findings,
        commands: advice.commands,
        server_config: advice.server_config,
    }
}

fn validity_findings(cert: &Certificate, at: Timestamp) -> Option<Finding> {
    let name = cert.display_name();
    if at < cert.not_before {
        return Some(Finding::new(
            Severity::Error,
            "certificate-not-yet-valid",
            format!(
                "{name} is not valid yet: Not Before is {} ({})",
                cert.not_before,
                cert.not_before.relative_to(at)
            ),
        ));
    }
    if at > cert.not_after {
        return Some(Finding::new(
            Severity::Error,
            "certificate-expired",
            format!(
                "{name} expired {} ({})",
                cert.not_after.relative_to(at),
                cert.not_after
            ),
        ));
    }
    let left = cert.not_after.0.saturating_sub(at.0);
    (left < EXPIRY_WARNING_DAYS * 86_400).then(|| {
        Finding::new(
            Severity::Warning,
            "certificate-expiring-soon",
            format!(
                "{name} expires {} ({})",
                cert.not_after.relative_to(at),
                cert.not_after
            ),
        )
    })
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
