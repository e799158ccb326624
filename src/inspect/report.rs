//! The whole analysis as one serialisable value: what the page renders, what
//! "Download report (JSON)" saves and what `certscope inspect --json` prints.
//!
//! Field names marked stable in the issues are kept; new ones may be added.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::{self, Chain};
use crate::inspect::commands::{self, Command, Explanation, ServerConfig};
use crate::inspect::error::InputError;
use crate::inspect::input::{self, Input, Location, ObjectKind};
use crate::inspect::staple::{self, Staple};
use crate::inspect::summary::{summarize, summarize_bundle, Summary};
use crate::inspect::time::Timestamp;
use crate::inspect::trust_bundle::{is_server_advice, TrustBundle};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Bumped only when a stable field changes meaning.
pub const REPORT_VERSION: u32 = 1;

/// A certificate expiring within this many days gets a warning: long enough
/// to renew through a CA's normal process.
const EXPIRY_WARNING_DAYS: i64 = 30;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Report {
    pub certscope_report: u32,
    pub evaluated_at: Timestamp,
    /// One plain verdict for the whole set (see [`crate::inspect::summary`]).
    pub summary: Summary,
    pub inputs: Vec<InputReport>,
    pub certificates: Vec<Certificate>,
    /// Each leaf's chain, the main one first (see [`chain`]).
    pub chains: Vec<Chain>,
    pub staples: Vec<Staple>,
    pub findings: Vec<Finding>,
    // --- issue 5: commands and server configuration ---
    /// Commands to check the server and fetch, verify and refresh staples,
    /// per server certificate (see [`commands::advise`]).
    pub commands: Vec<Command>,
    /// Server snippets for the first server certificate; `null` without one.
    pub server_config: Option<ServerConfig>,
    /// What a pasted server log line means for these inputs
    /// ([`Options::log_line`]); absent when none was given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explanations: Vec<Explanation>,
    // --- end issue 5 ---
}

/// What the page or the CLI may add to the inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The server's host name for the commands, instead of the leaf's first
    /// DNS name (the page lets the user edit it; the CLI has `--host`).
    pub host: Option<String>,
    /// A server log line to explain (the page's troubleshooting box; the
    /// CLI's `--explain`).
    pub log_line: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct InputReport {
    pub name: String,
    pub size: usize,
    pub objects: Vec<ObjectReport>,
    pub errors: Vec<InputError>,
    /// For `openssl s_client` output: how many certificates the server
    /// sent, as its "Certificate chain" lists them. Without `-showcerts`
    /// only the first one's PEM is printed (see [`chain::s_client_sent`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates_sent: Option<usize>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ObjectReport {
    pub kind: ObjectKind,
    /// `line 3` or `byte 0`.
    pub location: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Index into `certificates`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
    /// For a PKCS#7 bundle: indices into `certificates`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<usize>,
    /// Index into `staples`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staple: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For a certificate printed inside a staple's text dump (`s_client
    /// -status`): that staple's index. It is the responder's certificate,
    /// not part of the served chain, so chain building skips this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedded_in: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable kebab-case code.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub code: crate::inspect::intern::Word,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
    pub fn on_staple(mut self, index: usize) -> Self {
        self.staple = Some(index);
        self
    }
}

impl Report {
    /// The report of no inputs (what the page shows before any).
    pub fn empty(at: Timestamp) -> Report {
        Report {
            certscope_report: REPORT_VERSION,
            evaluated_at: at,
            // Written out rather than summarize()d: the page builds this
            // report, and the summariser belongs to the engine.
            summary: Summary {
                severity: Severity::Info,
                headline: String::new(),
                code: None,
            },
            inputs: Vec::new(),
            certificates: Vec::new(),
            chains: Vec::new(),
            staples: Vec::new(),
            commands: Vec::new(),
            server_config: None,
            explanations: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// What the page renders of this report: every list cut to a length a
    /// browser draws in well under a frame budget, and a sentence saying
    /// what was left out (the downloaded JSON keeps everything). A 10 MB
    /// paste of certificates otherwise means thousands of cards and an
    /// 8 MB JSON to parse on the page's main thread.
    pub fn for_view(&self) -> (Report, Option<String>) {
        // Far more than a real chain set needs on screen; each keeps the
        // page's render of a worst-case input to tens of milliseconds.
        const CERTIFICATES: usize = 100;
        const CHAINS: usize = 30;
        const STAPLES: usize = 50;
        const FINDINGS: usize = 200;
        const OBJECTS: usize = 200;
        const COMMANDS: usize = 40;
        let mut view = self.clone();
        let mut cut = Vec::new();
        let mut keep = |what: &str, len: usize, max: usize| {
            if len > max {
                cut.push(format!("{max} of {len} {what}"));
            }
        };
        keep("certificates", view.certificates.len(), CERTIFICATES);
        keep("chains", view.chains.len(), CHAINS);
        keep("staples", view.staples.len(), STAPLES);
        keep("findings", view.findings.len(), FINDINGS);
        keep("commands", view.commands.len(), COMMANDS);
        let objects: usize = view.inputs.iter().map(|i| i.objects.len()).sum();
        let shown: usize = view
            .inputs
            .iter()
            .map(|i| i.objects.len().min(OBJECTS))
            .sum();
        if shown < objects {
            cut.push(format!("{shown} of {objects} objects found in the inputs"));
        }
        view.certificates.truncate(CERTIFICATES);
        view.chains.truncate(CHAINS);
        view.staples.truncate(STAPLES);
        // Most severe first, so what is cut is the least important.
        view.findings.sort_by_key(|f| f.severity);
        view.findings.truncate(FINDINGS);
        view.commands.truncate(COMMANDS);
        for input in &mut view.inputs {
            input.objects.truncate(OBJECTS);
        }
        let note = (!cut.is_empty()).then(|| {
            format!(
                "This report is large, so the page shows {}. The downloaded JSON report has everything.",
                cut.join(", ")
            )
        });
        (view, note)
    }

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
    analyze_with(inputs, at, &Options::default())
}

/// [`analyze`], with a host name for the commands and a log line to explain.
pub fn analyze_with(inputs: &[Input], at: Timestamp, options: &Options) -> Report {
    let mut pool = Pool::default();
    let mut staples = Vec::new();
    let mut findings = Vec::new();
    // Certificates given as such, not only inside a staple (issue 4).
    let mut given = std::collections::HashSet::new();
    let mut reports = Vec::with_capacity(inputs.len());

    let mut read = 0;
    for (input_index, input) in inputs.iter().enumerate() {
        let scan = input::scan_counted(&input.bytes, &mut read);
        let unread = scan.unread;
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
                embedded_in: None,
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
                                format!("{}: certificate {} of the PKCS#7 bundle: {e}", found.location, n.saturating_add(1)),
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
                        staples.push(add_embedded(s, &mut pool, &mut errors, &found.location.to_string()));
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
        // ---- Staples printed as text (issue 4): s_client -status and
        // openssl ocsp -text output, read beside the PEM in the same input.
        let text = if unread {
            Default::default()
        } else {
            staple::text::find(&input.bytes, input_index)
        };
        if !text.staples.is_empty() {
            errors.retain(|e| e.code != "not-recognized");
        }
        let spans: Vec<_> = text
            .staples
            .iter()
            .map(|t| t.first_line..=t.last_line)
            .collect();
        for object in &objects {
            let inside = matches!(object.location, Location::Line(n) if spans.iter().any(|s| s.contains(&n)));
            if !inside {
                given.extend(object.certificate);
                given.extend(object.certificates.iter().copied());
            }
        }
        for found in text.staples {
            let index = staples.len();
            let context = format!("line {}", found.first_line);
            staples.push(add_embedded(found.staple, &mut pool, &mut errors, &context));
            let span = found.first_line..=found.last_line;
            for object in &mut objects {
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
            objects.insert(
                at,
                ObjectReport {
                    kind: ObjectKind::OcspResponse,
                    location: Location::Line(found.first_line),
                    label: None,
                    certificate: None,
                    certificates: Vec::new(),
                    staple: Some(index),
                    note: Some(
                        "printed by OpenSSL as text: its signature cannot be checked".to_string(),
                    ),
                    embedded_in: None,
                },
            );
        }
        for line in text.not_sent {
            findings.push(
                Finding::new(
                    Severity::Info,
                    "staple-not-sent",
                    format!("{} (line {line}): the client asked for a staple and the server sent none (\"OCSP response: no response sent\"). nginx sends none until its first fetch from the responder succeeds, or when ssl_stapling is off.", input.name),
                )
                .on_input(input_index),
            );
        }
        // ---- end of text staples
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
            certificates_sent: chain::s_client_sent(&input.bytes),
        });
    }

    // ---- Staples (issue 4): judged against every certificate of the analysis.
    // Certificates that came only from inside staples (responders) are not
    // what a server presents.
    let embedded: Vec<usize> = staples
        .iter()
        .flat_map(|s| s.embedded_certificates.iter().copied())
        .filter(|i| !given.contains(i))
        .collect();
    let mut candidates = staple::judge::Candidates::new(&pool.certificates, &embedded);
    for (index, s) in staples.iter_mut().enumerate() {
        findings.extend(staple::judge(s, index, &mut candidates, at));
    }
    // ---- end of staples

    // Chains. A certificate in a chain has its expiry judged there
    // (chain-expired-certificate, chain-not-yet-valid-certificate, which also
    // say what it breaks), so certificate-expired and
    // certificate-not-yet-valid are kept for certificates outside any chain.
    let chain_analysis = chain::analyze(&pool.certificates, &reports, at);
    let in_chain: std::collections::HashSet<usize> = chain_analysis
        .chains
        .iter()
        .flat_map(|c| c.order.iter().copied())
        .collect();
    for (index, cert) in pool.certificates.iter().enumerate() {
        findings.extend(
            validity_findings(cert, at)
                .into_iter()
                .filter(|f| !in_chain.contains(&index) || f.code == "certificate-expiring-soon")
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
    findings.extend(chain_analysis.findings);

    // --- issue 5: commands, server configuration, ocsp-* findings ---
    let host = options
        .host
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty());
    let advice = commands::advise(&pool.certificates, host, &commands::Paths::default());
    findings.extend(advice.findings);
    // --- end issue 5 ---

    // Issue 18: a set of roots is a trust store; no server chain advice.
    let given: Vec<usize> = reports
        .iter()
        .flat_map(|r| &r.objects)
        .flat_map(|o| o.certificate.iter().chain(&o.certificates).copied())
        .collect();
    let bundle = TrustBundle::of(&pool.certificates, &given, staples.len(), at);
    let (summary, chains, commands, server_config) = match bundle {
        Some(bundle) => {
            findings.retain(|f| !is_server_advice(f.code));
            let summary = summarize_bundle(&bundle);
            findings.extend(bundle.findings);
            (summary, Vec::new(), Vec::new(), None)
        }
        None => (
            summarize(&findings, pool.certificates.len(), staples.len()),
            chain_analysis.chains,
            advice.commands,
            advice.server_config,
        ),
    };
    let mut report = Report {
        certscope_report: REPORT_VERSION,
        evaluated_at: at,
        summary,
        inputs: reports,
        certificates: pool.certificates,
        chains,
        staples,
        findings,
        commands,
        server_config,
        explanations: Vec::new(),
    };
    if let Some(line) = options.log_line.as_deref().filter(|l| !l.trim().is_empty()) {
        report.explanations = commands::explain_log(line, &report);
    }
    report
}

/// Adds a staple's embedded certificates to the pool and records their
/// indices (issue 4).
fn add_embedded(
    mut s: Staple,
    pool: &mut Pool,
    errors: &mut Vec<InputError>,
    context: &str,
) -> Staple {
    for (n, der) in std::mem::take(&mut s.embedded_der).iter().enumerate() {
        match Certificate::from_der(der) {
            Ok(cert) => s.embedded_certificates.push(pool.add(cert)),
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

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Timestamp::parse_rfc3339(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 time: {text}")))
    }
}
