//! The whole analysis as one serialisable value: what the page renders, what
//! "Download report (JSON)" saves and what `certscope inspect --json` prints.
//!
//! Field names marked stable in the issues are kept; new ones may be added.
//!
//! Layer: report. Assembles the analyses; imports anything but render.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::{self, Chain};
use crate::inspect::commands::{self, Command, Explanation, ServerConfig};
#[cfg(not(target_arch = "wasm32"))]
use crate::inspect::connection::{self, Connection};
use crate::inspect::crl::Crl;
pub use crate::inspect::finding::{Finding, Severity};
use crate::inspect::gather;
use crate::inspect::hosts;
use crate::inspect::input::Input;
pub use crate::inspect::input::{InputReport, ObjectReport};
use crate::inspect::keys;
use crate::inspect::lint;
use crate::inspect::revocation;
use crate::inspect::sct;
use crate::inspect::staple::{self, Staple};
use crate::inspect::summary::{on_server, summarize, summarize_bundle, Open, Summary, Verdict};
use crate::inspect::time::Timestamp;
use crate::inspect::timeline;
use crate::inspect::trust;
use crate::inspect::trust_bundle::{is_server_advice, TrustBundle};
use crate::inspect::validation;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

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
    /// per server certificate (see [`commands::advise`]); for a trust
    /// bundle, its own ([`commands::bundle`]).
    pub commands: Vec<Command>,
    /// Server snippets for the first server certificate, or the lines that
    /// name a trust bundle; `null` without either.
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
    /// Only in [`Report::for_view`]: the timeline's panels as the page
    /// draws them ([`timeline::Panel::words`], issue 28).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<Vec<String>>,
    /// Issue 30: each `--connect`'s handshakes. Native only: the page and
    /// the engine cannot connect, and without the field their wasm carries
    /// none of its code (the page's wasm must not grow for the CLI).
    #[cfg(not(target_arch = "wasm32"))]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connections: Vec<Connection>,
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
    /// Roots the person trusts (the CLI's `--root`, like `openssl verify
    /// -CAfile`): chains are validated against these as "your own roots",
    /// and a self-signed certificate among the inputs is then no anchor.
    pub roots: Vec<Input>,
    /// The server the person runs (the CLI's `--server`, issue 32): the
    /// configuration, the staple timer and the headline follow it.
    pub server: Option<commands::config::Server>,
    /// What the CLI's `--connect` saw of live servers (issue 30); their
    /// chains and staples are among the inputs. Native only, as
    /// [`Report::connections`].
    #[cfg(not(target_arch = "wasm32"))]
    pub connections: Vec<Connection>,
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
                verdict: Verdict::CannotTell,
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
            timeline: Vec::new(),
            #[cfg(not(target_arch = "wasm32"))]
            connections: Vec::new(),
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
        if view.shows_table() {
            // The table reads a root's name, expiry and fingerprint: the
            // rest (extensions, attributes, SANs) was four fifths of a
            // bundle's view, JSON the page parses before its first row
            // (issue 27's first drop of Debian's bundle).
            for c in &mut view.certificates {
                c.slim_for_table();
            }
        }
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
        view.chains.truncate(CHAINS);
        view.staples.truncate(STAPLES);
        // The bars of the cards shown (issue 28).
        view.timeline = timeline::timeline(
            &view.certificates,
            &view.staples,
            &self.crls,
            self.evaluated_at,
        )
        .iter()
        .map(|p| p.words(self.evaluated_at))
        .collect();
        view.crls.clear();
        view.revocation.clear();
        // Most severe first, so what is cut is the least important.
        view.findings.sort_by_key(|f| f.severity);
        view.findings.truncate(FINDINGS);
        view.commands.truncate(COMMANDS);
        for input in &mut view.inputs {
            input.objects.truncate(OBJECTS);
            // A certificate past the cards shown is still named where it
            // was given (issue 28: "line 2519 certificate" said nothing).
            for object in &mut input.objects {
                let beyond = object.certificate.filter(|&c| c >= CERTIFICATES);
                if let Some(c) = beyond.and_then(|c| self.certificates.get(c)) {
                    object.certificate = None;
                    object.note.get_or_insert_with(|| {
                        format!(
                            "{} (its card is not shown: the page shows the first {CERTIFICATES})",
                            c.display_name()
                        )
                    });
                }
            }
        }
        let note = (!cut.is_empty()).then(|| {
            format!(
                "This report is large, so the page shows {}. The downloaded JSON report has everything.",
                cut.join(", ")
            )
        });
        (view, note)
    }

    /// Whether the page shows the certificates as a table, a row per
    /// root, rather than as cards: a trust bundle (many certificates, no
    /// chain; issue 28: Debian's was 70,000 px of cards).
    pub fn shows_table(&self) -> bool {
        const CARDS_AT_MOST: usize = 10;
        self.chains.is_empty() && self.certificates.len() > CARDS_AT_MOST
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

/// Analyses every input at the evaluation time `at`.
pub fn analyze(inputs: &[Input], at: Timestamp) -> Report {
    analyze_with(inputs, at, &Options::default())
}

/// [`analyze`], with a host name for the commands and a log line to explain.
/// Reads every input once ([`gather`]), then runs each analysis on what was
/// read, in the order their findings are listed.
pub fn analyze_with(inputs: &[Input], at: Timestamp, options: &Options) -> Report {
    analyze_gathered(gather::read(inputs), inputs, at, options)
}

/// [`analyze_with`] on inputs already read by [`gather::read`] (the engine
/// reads them once to list the signature checks it hands to WebCrypto,
/// `ahead`, then analyses what it read).
pub fn analyze_gathered(
    gathered: gather::Gathered,
    inputs: &[Input],
    at: Timestamp,
    options: &Options,
) -> Report {
    crate::inspect::issuance::forget();
    let gather::Gathered {
        certificates,
        mut staples,
        mut crls,
        keys,
        reports,
        given,
        not_sent,
        mut findings,
        ..
    } = gathered;
    findings.extend(
        not_sent
            .iter()
            .map(|n| staple_not_sent(&certificates, &given, inputs, n)),
    );
    findings.extend(judge_staples(&mut staples, &certificates, &given, at));
    #[cfg(not(target_arch = "wasm32"))]
    findings.extend(connection::judge(
        &options.connections,
        &certificates,
        &reports,
    ));

    // Issue 18: a set of roots is a trust store, judged as one. Nothing of a
    // server chain's analysis is shown for it, so (issue 16) the chains,
    // their signatures, trust verdicts and server advice are not computed,
    // unless host names or keys are matched against a leaf.
    let bundle = TrustBundle::of(&certificates, &given_anywhere(&reports), staples.len(), at);
    let names = options
        .host
        .as_deref()
        .map(hosts::split)
        .unwrap_or_default();
    let server = bundle.is_none() || !names.is_empty() || !keys.is_empty();

    let (chains, host_coverage) = server_chains(
        &certificates,
        &reports,
        (&given, &names),
        (server, options),
        at,
        &mut findings,
    );
    findings.extend(sct::findings(
        certificates
            .iter()
            .enumerate()
            .map(|(i, c)| (i, c.display_name(), c.scts.as_slice())),
    ));
    findings.extend(keys::judge(&keys, &certificates, &chains));

    let advice = if server {
        advise(
            &certificates,
            names.first().map(String::as_str),
            &mut findings,
        )
    } else {
        commands::Advice::default()
    };
    let revocation = judge_revocation(&mut crls, &certificates, at, &mut findings);
    findings.extend(lint::crl_findings(&crls));

    let (summary, chains, commands, server_config) = match bundle {
        Some(bundle) => {
            findings.retain(|f| !is_server_advice(f.code));
            let summary = summarize_bundle(&bundle);
            // Issue 32: the bundle's own commands, chosen by its findings.
            let files = commands::bundle::Files::of(&root_files(&reports));
            let paths = commands::Paths::default();
            let (commands, config) =
                commands::bundle::advise(&bundle, &certificates, &files, (options.server, &paths));
            findings.extend(bundle.findings);
            (summary, Vec::new(), commands, Some(config))
        }
        None => {
            let open = (staples.len(), Open::of(&chains));
            let (summary, commands, config) =
                verdict_and_advice(&findings, &certificates, open, advice, options);
            (summary, chains, commands, config)
        }
    };
    let explanations = match options.log_line.as_deref().filter(|l| !l.trim().is_empty()) {
        Some(line) => commands::explain_log(line, &certificates),
        None => Vec::new(),
    };
    Report {
        certscope_report: REPORT_VERSION,
        evaluated_at: at,
        summary,
        inputs: reports,
        certificates,
        chains,
        staples,
        findings,
        commands,
        server_config,
        explanations,
        hosts: host_coverage,
        crls,
        revocation,
        crl_cards: Vec::new(),
        revocation_lines: Vec::new(),
        timeline: Vec::new(),
        #[cfg(not(target_arch = "wasm32"))]
        connections: options.connections.clone(),
    }
}

/// Every certificate given as such (not only inside a staple), in input
/// order, with repeats: what a trust bundle counts.
fn given_anywhere(reports: &[InputReport]) -> Vec<usize> {
    reports
        .iter()
        .flat_map(|r| &r.objects)
        .flat_map(|o| o.certificate.iter().chain(&o.certificates).copied())
        .collect()
}

/// The names of the inputs that hold a certificate: the files a trust
/// bundle came in.
fn root_files(reports: &[InputReport]) -> Vec<&str> {
    reports
        .iter()
        .filter(|r| {
            r.objects
                .iter()
                .any(|o| o.certificate.is_some() || !o.certificates.is_empty())
        })
        .map(|r| r.name.as_str())
        .collect()
}

/// Staples (issue 4), judged against every certificate of the analysis.
/// Certificates that came only from inside staples (responders) are not
/// what a server presents.
fn judge_staples(
    staples: &mut [Staple],
    certificates: &[Certificate],
    given: &HashSet<usize>,
    at: Timestamp,
) -> Vec<Finding> {
    let embedded: Vec<usize> = staples
        .iter()
        .flat_map(|s| s.embedded_certificates.iter().copied())
        .filter(|i| !given.contains(i))
        .collect();
    let mut candidates = staple::judge::Candidates::new(certificates, &embedded);
    let mut findings = Vec::new();
    for (index, s) in staples.iter_mut().enumerate() {
        findings.extend(staple::judge(s, index, &mut candidates, at));
    }
    findings
}

/// Each certificate's own findings: its validity, DER defects, malformed
/// extensions. A certificate in a chain has its expiry judged there
/// (chain-expired-certificate, chain-not-yet-valid-certificate, which also
/// say what it breaks), so certificate-expired and
/// certificate-not-yet-valid are kept for certificates outside any chain.
fn certificate_findings(
    certificates: &[Certificate],
    chains: &[Chain],
    at: Timestamp,
) -> Vec<Finding> {
    let in_chain: HashSet<usize> = chains
        .iter()
        .flat_map(|c| c.order.iter().copied())
        .collect();
    let mut findings = Vec::new();
    for (index, cert) in certificates.iter().enumerate() {
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
    findings
}

/// The server chains (when the inputs are not a trust bundle) and their
/// verdicts: certificate findings, chain diagnosis, trust, host names, the
/// client's verdict (issue 25).
fn server_chains(
    certificates: &[Certificate],
    reports: &[InputReport],
    (given, names): (&HashSet<usize>, &[String]),
    (server, options): (bool, &Options),
    at: Timestamp,
    findings: &mut Vec<Finding>,
) -> (Vec<Chain>, Vec<hosts::HostCoverage>) {
    let before = findings.len();
    let mut prefer: Vec<Vec<usize>> = Vec::new();
    // Twice at most: when the path clients build (rustls-webpki's) is not
    // the one certscope's own preference chose, the chain is read again
    // along the clients' path, so its diagnosis, fullchain.pem and trust
    // are those of the path clients use (issue 25, point 4).
    loop {
        findings.truncate(before);
        let chain_analysis = if server {
            chain::analyze(certificates, reports, at, &prefer)
        } else {
            chain::ChainAnalysis::default()
        };
        findings.extend(certificate_findings(
            certificates,
            &chain_analysis.chains,
            at,
        ));
        findings.extend(chain_analysis.findings);
        let mut chains = chain_analysis.chains;
        let host_coverage = judge_chains(
            &mut chains,
            certificates,
            given,
            names,
            options,
            at,
            findings,
        );
        let other = clients_paths(&chains);
        if !prefer.is_empty() || other.is_empty() {
            return (chains, host_coverage);
        }
        prefer = other;
    }
}

/// The accepted paths that are not the chain certscope chose, one per
/// chain whose alternatives hold it.
fn clients_paths(chains: &[Chain]) -> Vec<Vec<usize>> {
    chains
        .iter()
        .filter_map(|c| {
            let v = c.trust.as_ref()?.validation.as_ref()?;
            let other = v.accepted() && !c.order.starts_with(&v.path);
            let known = c.alternatives.iter().any(|a| a.order.starts_with(&v.path));
            (other && known).then(|| v.path.clone())
        })
        .collect()
}

/// The chains against the store, the host names, and the client's verdict
/// (which reads the host findings, to say a refusal's cause once).
fn judge_chains(
    chains: &mut [Chain],
    certificates: &[Certificate],
    given: &HashSet<usize>,
    names: &[String],
    options: &Options,
    at: Timestamp,
    findings: &mut Vec<Finding>,
) -> Vec<hosts::HostCoverage> {
    findings.extend(trust::judge(chains, certificates, at));
    trust::annotate(findings, chains);
    let leaf = chains.first().and_then(|c| c.order.first().copied());
    let (host_coverage, host_findings) = hosts::judge(names, certificates, leaf);
    findings.extend(host_findings);
    findings.extend(validate(chains, certificates, given, names, options, at));
    validation::reconcile(findings, chains);
    trust::cross::judge(findings, chains, certificates);
    findings.extend(lint::findings(chains, certificates, at));
    host_coverage
}

/// Issue 25: the client's verdict on each chain (rustls-webpki), against
/// Mozilla's store and the roots given.
fn validate(
    chains: &mut [Chain],
    certificates: &[Certificate],
    given: &HashSet<usize>,
    names: &[String],
    options: &Options,
    at: Timestamp,
) -> Vec<Finding> {
    let given: Vec<bool> = (0..certificates.len())
        .map(|i| given.contains(&i))
        .collect();
    let named = gather::read(&options.roots).certificates;
    let roots = if options.roots.is_empty() {
        validation::GivenRoots::Implicit
    } else {
        validation::GivenRoots::Named(&named)
    };
    validation::judge(chains, certificates, &given, roots, names, at)
}

/// Issue 5: commands, server configuration and the `ocsp-*` findings, plus
/// (issue 14) the commands that fetch and check each server certificate's
/// CRLs.
fn advise(
    certificates: &[Certificate],
    host: Option<&str>,
    findings: &mut Vec<Finding>,
) -> commands::Advice {
    let paths = commands::Paths::default();
    let mut advice = commands::advise(certificates, host, &paths);
    findings.append(&mut advice.findings);
    for site in commands::sites(certificates, host) {
        advice
            .commands
            .extend(commands::crl::commands_for(&site, &paths));
    }
    advice
}

/// Issue 32: the summary, and the commands chosen by what the findings say
/// of each leaf, once every finding is in (a CRL's comes last); both, and
/// the configuration, for the server the person runs if they chose one.
fn verdict_and_advice(
    findings: &[Finding],
    certificates: &[Certificate],
    (staples, open): (usize, Open),
    advice: commands::Advice,
    options: &Options,
) -> (Summary, Vec<Command>, Option<ServerConfig>) {
    let summary = summarize(findings, certificates.len(), staples, open);
    let host = options
        .host
        .as_deref()
        .map(hosts::split)
        .unwrap_or_default();
    let host = host.first().map(String::as_str);
    let paths = commands::Paths::default();
    let server = options.server;
    let commands = commands::renew::by_verdict(
        advice.commands,
        certificates,
        host,
        findings,
        (server, &paths),
    );
    match server {
        Some(server) => (
            on_server(summary, findings, server),
            commands,
            advice.server_config.map(|c| c.only(server)),
        ),
        None => (summary, commands, advice.server_config),
    }
}

/// Issue 14: CRLs judged, certificates looked up, and for a server
/// certificate without an OCSP URL what to do instead of stapling.
fn judge_revocation(
    crls: &mut [Crl],
    certificates: &[Certificate],
    at: Timestamp,
    findings: &mut Vec<Finding>,
) -> Vec<revocation::Line> {
    let judged = revocation::judge(crls, certificates, at);
    findings.extend(judged.findings);
    let mut lines = judged.lines;
    for line in &mut lines {
        let cert = certificates.get(line.certificate);
        if let Some(cert) = cert.filter(|c| c.ocsp_urls.is_empty() && c.is_server_leaf()) {
            if line.status != revocation::Status::ShortLived {
                line.advice = Some(commands::crl::without_ocsp(&cert.crl_urls));
            }
        }
    }
    lines
}

/// "OCSP response: no response sent" in an `s_client -status` capture.
/// Info, unless the server certificate is Must-Staple (RFC 7633 TLS Feature
/// status_request): browsers that honour it (Firefox) then refuse the
/// connection, so it is an error. The server certificate is the capture's
/// own (with -showcerts), else any server certificate given.
fn staple_not_sent(
    certificates: &[Certificate],
    given: &HashSet<usize>,
    inputs: &[Input],
    not_sent: &gather::NotSent,
) -> Finding {
    let gather::NotSent {
        input: input_index,
        line,
        ref held,
    } = *not_sent;
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
