//! The whole analysis as one serialisable value: what the page renders, what
//! "Download report (JSON)" saves and what `certscope inspect --json` prints.
//!
//! Field names marked stable in the issues are kept; new ones may be added.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::{self, Chain};
use crate::inspect::commands::{self, Command, Explanation, ServerConfig};
use crate::inspect::crl::Crl;
use crate::inspect::error::InputError;
pub use crate::inspect::finding::{Finding, Severity};
use crate::inspect::hosts;
use crate::inspect::input::{self, Input, Location, ObjectKind};
pub use crate::inspect::input::{InputReport, ObjectReport};
use crate::inspect::keys::{self, GivenKey, KeySource};
use crate::inspect::revocation;
use crate::inspect::sct;
use crate::inspect::staple::{self, Staple};
use crate::inspect::summary::{summarize, summarize_bundle, Summary};
use crate::inspect::time::Timestamp;
use crate::inspect::trust;
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
    /// Issue 15: whether the leaf covers each host name given
    /// ([`Options::host`]). The page reads these verdicts from the
    /// findings, so its wasm carries no decoder for them.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub hosts: Vec<crate::inspect::hosts::HostCoverage>,
    // --- issue 14: CRLs and revocation ---
    /// Every CRL read, judged against the certificates. The page reads
    /// `crl_cards` instead (not deserialised there: the page's weight).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub crls: Vec<Crl>,
    /// Per certificate, how its revocation can be checked (same order as
    /// `certificates`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub revocation: Vec<revocation::Line>,
    /// Only in [`Report::for_view`]: each CRL card as display strings
    /// ([`revocation::card`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crl_cards: Vec<Vec<String>>,
    /// Only in [`Report::for_view`]: each certificate's revocation line
    /// ([`revocation::Line::words`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revocation_lines: Vec<Vec<String>>,
    // --- end issue 14 ---
}

/// What the page or the CLI may add to the inputs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The server's host name for the commands, instead of the leaf's first
    /// DNS name (the page lets the user edit it; the CLI has `--host`).
    /// Several names, separated by commas or spaces, are each checked
    /// against the leaf (issue 15); the commands use the first.
    pub host: Option<String>,
    /// A server log line to explain (the page's troubleshooting box; the
    /// CLI's `--explain`).
    pub log_line: Option<String>,
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
            hosts: Vec::new(),
            crls: Vec::new(),
            revocation: Vec::new(),
            crl_cards: Vec::new(),
            revocation_lines: Vec::new(),
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
        // CRLs and revocation lines as display strings (issue 14).
        view.crl_cards = self
            .crls
            .iter()
            .map(|c| revocation::card(c, &self.certificates, self.evaluated_at))
            .collect();
        view.revocation_lines = self
            .revocation
            .iter()
            .take(CERTIFICATES)
            .map(revocation::Line::words)
            .collect();
        view.crls.clear();
        view.revocation.clear();
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
    let mut crls: Vec<Crl> = Vec::new();
    let mut findings = Vec::new();
    // Certificates given as such, not only inside a staple (issue 4).
    let mut given = std::collections::HashSet::new();
    let mut reports = Vec::with_capacity(inputs.len());
    // Public keys and CSRs, matched against the certificates (issue 15).
    let mut keys = Vec::new();

    // `s_client -status` captures that say "no response sent": (input, line,
    // the certificates the capture holds).
    let mut not_sent: Vec<(usize, usize, Vec<usize>)> = Vec::new();
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
                crl: None,
                crls: Vec::new(),
                note: found.note.clone(),
                embedded_in: None,
            };
            // CRLs carried in a PKCS#7 bundle (issue 14).
            for (n, der) in found.crls.iter().enumerate() {
                match Crl::decode(der, input_index) {
                    Ok(c) => {
                        object.crls.push(crls.len());
                        crls.push(c);
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
                            "{} ({}) is a private key. certscope did not decode, keep or share it. If this key was ever pasted into an online tool, treat it as exposed: make a new key and have the certificate reissued. To see which certificate it belongs to, paste its public key instead: {}",
                            input.name, found.location, keys::PUBOUT_COMMAND
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
                ObjectKind::Csr => keys.push(GivenKey::new(input_index, &input.name, found.location, KeySource::Csr, &found.der)),
                ObjectKind::Unrecognized => {
                    let source = match found.label.as_deref() {
                        Some("PUBLIC KEY") => Some(KeySource::PublicKey),
                        Some("RSA PUBLIC KEY") => Some(KeySource::RsaPublicKey),
                        _ => None,
                    };
                    if let Some(source) = source {
                        keys.push(GivenKey::new(input_index, &input.name, found.location, source, &found.der));
                    }
                }
                ObjectKind::Crl => match Crl::decode(&found.der, input_index) {
                    Ok(c) => {
                        object.crl = Some(crls.len());
                        crls.push(c);
                    }
                    Err(e) => {
                        errors.push(InputError::new("crl-invalid", format!("{}: {e}", found.location)));
                        continue;
                    }
                },
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
                    crl: None,
                    crls: Vec::new(),
                    note: Some(
                        "printed by OpenSSL as text: its signature cannot be checked".to_string(),
                    ),
                    embedded_in: None,
                },
            );
        }
        for line in text.not_sent {
            not_sent.push((
                input_index,
                line,
                objects
                    .iter()
                    .flat_map(|o| o.certificate)
                    .collect::<Vec<_>>(),
            ));
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

    findings.extend(not_sent.into_iter().map(|(input_index, line, held)| {
        staple_not_sent(&pool.certificates, &given, inputs, input_index, line, &held)
    }));

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
        // Read leniently (issue 13): OpenSSL reads it, a strict reader does not.
        for defect in &cert.defects {
            findings.push(
                Finding::new(
                    Severity::Error,
                    "certificate-malformed",
                    format!(
                        "{}: the certificate breaks the DER rules of RFC 5280: {defect}. OpenSSL reads it and certscope shows what it could read, but stricter clients (Go, rustls, some browsers) may refuse it: have it reissued.",
                        cert.display_name()
                    ),
                )
                .on_certificate(index),
            );
        }
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
    let mut chains = chain_analysis.chains;

    // --- issue 15: trust store, host names, SCTs, keys ---
    findings.extend(trust::judge(&mut chains, &pool.certificates, at));
    trust::annotate(&mut findings, &chains);
    let names = options
        .host
        .as_deref()
        .map(hosts::split)
        .unwrap_or_default();
    let leaf = chains.first().and_then(|c| c.order.first().copied());
    let (host_coverage, host_findings) = hosts::judge(&names, &pool.certificates, leaf);
    findings.extend(host_findings);
    findings.extend(sct::findings(
        pool.certificates
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.display_name(), c.scts.as_slice())),
    ));
    findings.extend(keys::judge(&keys, &pool.certificates, &chains));
    // --- end issue 15 ---

    // --- issue 5: commands, server configuration, ocsp-* findings ---
    let host = names.first().map(String::as_str);
    let mut advice = commands::advise(&pool.certificates, host, &commands::Paths::default());
    findings.extend(advice.findings);
    // issue 14: fetch and check the CRLs each server certificate names.
    for site in commands::sites(&pool.certificates, host) {
        advice.commands.extend(commands::crl::commands_for(
            &site,
            &commands::Paths::default(),
        ));
    }
    // --- end issue 5 ---

    // --- issue 14: CRLs judged, certificates looked up ---
    let mut judged = revocation::judge(&mut crls, &pool.certificates, at);
    findings.extend(judged.findings);
    for line in &mut judged.lines {
        let cert = pool.certificates.get(line.certificate);
        if let Some(cert) =
            cert.filter(|c| c.ocsp_urls.is_empty() && commands::is_server_certificate(c))
        {
            if line.status != revocation::Status::ShortLived {
                line.advice = Some(commands::crl::without_ocsp(&cert.crl_urls));
            }
        }
    }
    // --- end issue 14 ---

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
            chains,
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
        hosts: host_coverage,
        crls,
        revocation: judged.lines,
        crl_cards: Vec::new(),
        revocation_lines: Vec::new(),
    };
    if let Some(line) = options.log_line.as_deref().filter(|l| !l.trim().is_empty()) {
        report.explanations = commands::explain_log(line, &report.certificates);
    }
    report
}

/// "OCSP response: no response sent" in an `s_client -status` capture.
/// Info, unless the server certificate is Must-Staple (RFC 7633 TLS Feature
/// status_request): browsers that honour it (Firefox) then refuse the
/// connection, so it is an error. The server certificate is the capture's
/// own (with -showcerts), else any server certificate given.
fn staple_not_sent(
    certificates: &[Certificate],
    given: &std::collections::HashSet<usize>,
    inputs: &[Input],
    input_index: usize,
    line: usize,
    held: &[usize],
) -> Finding {
    let name = inputs.get(input_index).map_or("", |i| i.name.as_str());
    let leaf = |i: &usize| {
        certificates
            .get(*i)
            .filter(|c| c.is_server_leaf())
            .map(|c| (*i, c))
    };
    let mut leaves: Vec<(usize, &Certificate)> = held.iter().filter_map(leaf).collect();
    if leaves.is_empty() {
        let mut all: Vec<usize> = given.iter().copied().collect();
        all.sort_unstable();
        leaves = all.iter().filter_map(leaf).collect();
    }
    let finding = match leaves.iter().find(|(_, c)| c.must_staple) {
        Some((index, cert)) => Finding::new(
            Severity::Error,
            "staple-not-sent-must-staple",
            format!("{name} (line {line}): the server sent no staple (\"OCSP response: no response sent\"), but {} is Must-Staple (TLS Feature status_request): browsers that honour it, such as Firefox, refuse the connection (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING). nginx sends no staple until its first fetch from the responder succeeds: turn ssl_stapling on, make sure the server can reach the OCSP responder (or use ssl_stapling_file), and check again.", cert.display_name()),
        )
        .on_certificate(*index),
        None => Finding::new(
            Severity::Info,
            "staple-not-sent",
            format!("{name} (line {line}): the client asked for a staple and the server sent none (\"OCSP response: no response sent\"). nginx sends none until its first fetch from the responder succeeds, or when ssl_stapling is off."),
        ),
    };
    finding.on_input(input_index)
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
