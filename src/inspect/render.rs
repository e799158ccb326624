//! The report as plain text, for `certscope inspect` without `--json`.
//! Every certificate-derived string passes through [`visible_string`] so a
//! hostile subject cannot rewrite the terminal.
//!
//! Layer: output. Renders a finished report.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::{Chain, ClientVerdict};
use crate::inspect::report::{Report, Severity};
use crate::inspect::staple::{Freshness, Outcome, Responder, Signer, Staple};
use crate::inspect::text::visible_string as v;
use crate::inspect::time::Timestamp;
use std::fmt::Write as _;

/// Renders the whole report for a terminal.
pub fn render_text(report: &Report) -> String {
    let at = report.evaluated_at;
    let mut out = String::new();
    let _ = writeln!(out, "certscope report, evaluated at {at}");
    // The one-line verdict first, as the page shows it: "Cannot tell" when
    // a signature could not be checked, though the exit status stays 0.
    let _ = writeln!(out, "{}", v(&report.summary.headline));

    #[cfg(not(target_arch = "wasm32"))]
    render_connections(report, &mut out);
    render_inputs(report, &mut out);

    if !report.certificates.is_empty() {
        let _ = writeln!(out, "\nCertificates");
    }
    for (i, c) in report.certificates.iter().enumerate() {
        render_certificate(&mut out, at, i, c);
    }

    render_chains(report, &mut out);

    if !report.staples.is_empty() {
        let _ = writeln!(out, "\nStaples");
    }
    for (i, s) in report.staples.iter().enumerate() {
        render_staple(&mut out, report, i, s);
    }

    render_findings(report, &mut out);
    render_commands(report, &mut out);
    render_explanations(report, &mut out);
    out
}

/// The "Connections" section (issue 30): what each `--connect` agreed on.
#[cfg(not(target_arch = "wasm32"))]
fn render_connections(report: &Report, out: &mut String) {
    if report.connections.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nConnections");
    for c in &report.connections {
        let sni = c
            .server_name
            .as_deref()
            .map_or_else(|| "no SNI".to_string(), |n| format!("SNI {}", v(n)));
        let address = c
            .address
            .as_deref()
            .map_or_else(String::new, |a| format!(", address {}", v(a)));
        let _ = writeln!(out, "  {} ({sni}{address})", v(&c.server));
        for (n, h) in c.handshakes.iter().enumerate() {
            let _ = writeln!(
                out,
                "    handshake {}: {}, {}, ALPN {}, {} certificate(s) sent, {}",
                n.saturating_add(1),
                v(&h.protocol),
                v(&h.cipher_suite),
                h.alpn.as_deref().map_or_else(|| "none".to_string(), v),
                h.certificates_sent,
                if h.staple { "a staple" } else { "no staple" }
            );
        }
        if let Some(error) = &c.error {
            let _ = writeln!(out, "    failed: {}", v(error));
        }
    }
}

/// A certificate's or staple's number as people read it: from 1, as on
/// the page (the JSON's indices count from 0).
fn num(i: usize) -> String {
    format!("#{}", i.saturating_add(1))
}

/// The "Inputs" section: each input's objects and errors.
fn render_inputs(report: &Report, out: &mut String) {
    let _ = writeln!(out, "\nInputs");
    for input in &report.inputs {
        let _ = writeln!(out, "  {} ({} bytes)", v(&input.name), input.size);
        for object in &input.objects {
            let what = match (object.certificate, &object.certificates[..], object.staple) {
                (Some(c), _, _) => format!("certificate {}", num(c)),
                (_, [_, ..], _) => format!(
                    "PKCS#7 bundle of certificates {}",
                    object
                        .certificates
                        .iter()
                        .map(|&c| num(c))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                (_, _, Some(s)) => format!("OCSP response, staple {}", num(s)),
                _ => object.kind.describe().to_string(),
            };
            let _ = writeln!(out, "    {}: {what}", object.location);
            if let Some(note) = &object.note {
                let _ = writeln!(out, "      {}", v(note));
            }
        }
        for error in &input.errors {
            let _ = writeln!(out, "    error: {}", v(&error.message));
        }
    }
}

/// One certificate's fields.
fn render_certificate(out: &mut String, at: Timestamp, i: usize, c: &Certificate) {
    let _ = writeln!(out, "  {} {}", num(i), v(c.display_name()));
    let mut field = |name: &str, value: String| {
        let _ = writeln!(out, "      {name:<12} {value}");
    };
    field("Subject", v(&c.subject));
    field("Issuer", v(&c.issuer));
    field("Serial", c.serial.clone());
    field(
        "Valid",
        format!(
            "{} to {} ({})",
            c.not_before,
            c.not_after,
            if at < c.not_before {
                format!("not valid yet, starts {}", c.not_before.relative_to(at))
            } else if at > c.not_after {
                format!("expired {}", c.not_after.relative_to(at))
            } else {
                format!("expires {}", c.not_after.relative_to(at))
            }
        ),
    );
    field(
        "Key",
        format!(
            "{}, signed with {}",
            c.public_key.summary, c.signature_algorithm
        ),
    );
    if !c.subject_alt_names.is_empty() {
        field("SANs", v(&c.subject_alt_names.join(", ")));
    }
    field(
        "CA",
        match c.is_ca {
            Some(true) => c
                .path_length
                .map_or("yes".to_string(), |n| format!("yes, path length {n}")),
            Some(false) => "no".to_string(),
            None => "no basic constraints".to_string(),
        },
    );
    field(
        "OCSP",
        if c.ocsp_urls.is_empty() {
            "none".to_string()
        } else {
            v(&c.ocsp_urls.join(", "))
        },
    );
    if !c.ca_issuers_urls.is_empty() {
        field("CA Issuers", v(&c.ca_issuers_urls.join(", ")));
    }
    if !c.crl_urls.is_empty() {
        field("CRL", v(&c.crl_urls.join(", ")));
    }
    if c.must_staple {
        field(
            "Must-staple",
            "yes (TLS Feature status_request)".to_string(),
        );
    }
    field("SHA-256", c.sha256.clone());
}

/// The "Findings" section, most severe first as the report orders them.
fn render_findings(report: &Report, out: &mut String) {
    let _ = writeln!(out, "\nFindings");
    if report.findings.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for f in &report.findings {
        let severity = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = writeln!(out, "  {severity:<7} {}: {}", f.code, v(&f.message));
    }
}

/// The "Chains" section: each chain leaf first, every link verified or
/// failed, where each certificate was given, and what is missing.
fn render_chains(report: &Report, out: &mut String) {
    if report.chains.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nChains");
    let name = |i: usize| {
        report
            .certificates
            .get(i)
            .map_or_else(|| "?".to_string(), |c| v(c.display_name()))
    };
    for (n, chain) in report.chains.iter().enumerate() {
        let state = match (chain.verdict(), chain.root_included) {
            ("complete", true) => "complete, root included",
            ("complete", false) => "complete, root not given",
            ("invalid", _) => "SIGNATURE FAILS",
            ("unchecked", _) => "NOT VERIFIED: a signature could not be checked",
            _ => "INCOMPLETE",
        };
        let order = match chain.given_order {
            crate::inspect::chain::GivenOrder::Correct => "given in the right order",
            crate::inspect::chain::GivenOrder::Incorrect => "given in the WRONG order",
            crate::inspect::chain::GivenOrder::Split => "given split over several files",
        };
        let leaf = chain.order.first().map_or_else(String::new, |&l| name(l));
        let _ = writeln!(
            out,
            "  Chain {}: {leaf} ({state}; {order})",
            n.saturating_add(1)
        );
        for (k, placement) in chain.positions.iter().enumerate() {
            let given: Vec<String> = placement
                .given
                .iter()
                .map(|g| format!("{} #{} ({})", v(&g.input_name), g.position, g.location))
                .collect();
            let _ = writeln!(
                out,
                "    {}. {} {}  given as {}",
                placement.correct,
                name(placement.certificate),
                num(placement.certificate),
                given.join(", ")
            );
            if let Some(link) = chain.links.get(k) {
                let verdict = match link.signature {
                    "valid" => "signature verified".to_string(),
                    "invalid" => "SIGNATURE FAILED".to_string(),
                    _ => format!(
                        "signature not checked ({})",
                        v(link.detail.as_deref().unwrap_or("unsupported algorithm"))
                    ),
                };
                let _ = writeln!(
                    out,
                    "       | issued by, {verdict}, key ids {}",
                    link.key_ids
                );
            }
        }
        render_chain_end(report, chain, out);
        for alternative in &chain.alternatives {
            let names: Vec<String> = alternative
                .order
                .iter()
                .map(|&i| format!("{} {}", name(i), num(i)))
                .collect();
            let _ = writeln!(out, "    Alternative path: {}", names.join(" -> "));
        }
    }
    let _ = writeln!(
        out,
        "  fullchain.pem (ssl_certificate) and trusted.pem (ssl_trusted_certificate) of chain 1:\n    certscope inspect --json FILE... | jq -r '.chains[0].fullchain_pem' > fullchain.pem\n    certscope inspect --json FILE... | jq -r '.chains[0].trusted_pem' > trusted.pem"
    );
}

/// rustls-webpki's verdict on the chain in one line (issue 25).
fn client_verdict(report: &Report, chain: &Chain) -> Option<String> {
    let verdict = chain.trust.as_ref()?.validation.as_ref()?;
    let anchors = if verdict.program == "given" {
        "your roots"
    } else {
        "Mozilla's root store"
    };
    let who = verdict
        .certificate
        .and_then(|i| report.certificates.get(i))
        .map_or_else(String::new, |c| c.display_name().to_string());
    Some(match verdict.verdict {
        ClientVerdict::Accepted => format!(
            "ACCEPT (rustls-webpki, {anchors}), anchored in {}",
            v(verdict.anchor.as_deref().unwrap_or_default())
        ),
        ClientVerdict::Refused => format!(
            "REFUSE (rustls-webpki, {anchors}): {}",
            crate::inspect::validation::refusal(
                verdict.error.as_deref().unwrap_or_default(),
                &v(&who)
            )
        ),
        _ => "cannot tell: no anchor in Mozilla's root store and none given (--root)".to_string(),
    })
}

/// The root programs' verdicts in one line (issue 29): "Mozilla, Apple;
/// not Java (no path to its roots)".
fn programs_line(chain: &Chain, certificates: &[Certificate]) -> Option<String> {
    use crate::inspect::validation::program_name;
    let trust = chain.trust.as_ref()?;
    if trust.programs.is_empty() {
        return None;
    }
    let yes: Vec<&str> = trust
        .programs
        .iter()
        .filter(|p| p.trusted)
        .map(|p| program_name(&p.program))
        .collect();
    // Programs that refuse, grouped by why.
    let mut no: Vec<(String, Vec<&str>)> = Vec::new();
    for p in trust.programs.iter().filter(|p| !p.trusted) {
        let v = trust.validations.iter().find(|v| v.program == p.program);
        let why = match v.and_then(|v| v.error.as_deref()) {
            Some("unknown-issuer") | None => "no path to {} roots".to_string(),
            Some("blocked") => "a certificate on {} blocked list".to_string(),
            Some(code) => format!("refused: {code}"),
        };
        match no.iter_mut().find(|(w, _)| *w == why) {
            Some((_, names)) => names.push(program_name(&p.program)),
            None => no.push((why, vec![program_name(&p.program)])),
        }
    }
    let mut line = if yes.is_empty() {
        "none".to_string()
    } else {
        yes.join(", ")
    };
    for (why, names) in no {
        let whose = if names.len() == 1 { "its" } else { "their" };
        let _ = write!(
            line,
            "; not {} ({})",
            names.join(", "),
            why.replace("{}", whose)
        );
    }
    // Issue 29: a cross-sign only some programs need.
    for need in crate::inspect::trust::cross::needs(chain, certificates) {
        let _ = write!(
            line,
            "; {}",
            crate::inspect::trust::cross::hint(&need, certificates)
        );
    }
    // Issue 29: a cross-sign a program would need, which the chain lacks.
    for p in &trust.programs {
        if let Some(cross) = &p.trusted_with {
            let _ = write!(line, "; {}", missing_cross_sign(&p.program, cross));
        }
    }
    Some(line)
}

/// "Java: not trusted: its store lacks ISRG Root X2; serve the
/// cross-signed ISRG Root X2 (issued by ISRG Root X1) too", in the short
/// names of the certificate certscope knows (else its full names).
fn missing_cross_sign(program: &str, cross: &crate::inspect::chain::MissingCrossSign) -> String {
    let known = crate::inspect::trust::cross_signs::known()
        .iter()
        .find(|c| c.sha256 == cross.sha256);
    let root = known.map_or(cross.subject.as_str(), |c| c.display_name());
    let by = known.map_or(cross.issuer.as_str(), |c| c.issuer_display_name());
    format!(
        "{}: not trusted: its store lacks {root}; serve the cross-signed {root} (issued by {by}) too",
        crate::inspect::validation::program_name(program)
    )
}

/// What is above the last certificate of a chain.
fn render_chain_end(report: &Report, chain: &Chain, out: &mut String) {
    let top = chain.order.last().and_then(|&t| report.certificates.get(t));
    let issuer = top.map_or_else(String::new, |c| v(&c.issuer));
    let line = match chain.end {
        "root" if chain.root_signature == Some("unsupported") => {
            "       (self-issued root; its self-signature could not be checked)".to_string()
        }
        "root" => "       (self-signed root)".to_string(),
        "anchor" => {
            format!("       | issued by {issuer}: not given (the chain's root)")
        }
        "missing" => format!("       | issued by {issuer}: MISSING"),
        "cycle" => "       | issued by a certificate already in this chain: CYCLE".to_string(),
        "bad-self-signature" => {
            "       (self-issued, but its signature does not verify with its own key)".to_string()
        }
        "too-long" => "       | (certscope stopped following: too many certificates)".to_string(),
        _ => "       | (certscope stopped following: search budget spent)".to_string(),
    };
    let _ = writeln!(out, "{line}");
    if let Some(verdict) = client_verdict(report, chain) {
        let _ = writeln!(out, "    Clients: {verdict}");
    }
    if let Some(line) = programs_line(chain, &report.certificates) {
        let _ = writeln!(out, "    Trusted by: {line}");
    }
    let mut needed = |title: &str, n: &crate::inspect::chain::IssuerNeeded| {
        let _ = writeln!(out, "    {title}: {}", v(&n.issuer));
        if let Some(key) = &n.authority_key_id {
            let _ = writeln!(out, "      key id      {key}");
        }
        for url in &n.ca_issuers_urls {
            let _ = writeln!(out, "      CA Issuers  {}", v(url));
        }
        for command in &n.fetch_commands {
            let _ = writeln!(out, "      fetch       {}", v(command));
        }
    };
    if let Some(missing) = &chain.missing_issuer {
        needed("Missing issuer", missing);
    }
    if let Some(root) = &chain.needed_root {
        needed("Root to add to trusted.pem", root);
    }
}

/// One staple (issue 4): status, times in words, whom it is for, who signed
/// it, and what nginx and HAProxy do with it.
fn render_staple(out: &mut String, report: &Report, i: usize, s: &Staple) {
    let at = report.evaluated_at;
    let input = report
        .inputs
        .get(s.input)
        .map_or("?", |input| input.name.as_str());
    let _ = writeln!(
        out,
        "  {} {} (from {}, {})",
        num(i),
        s.response_status,
        v(input),
        if s.source == "text" {
            "OpenSSL text"
        } else {
            "DER"
        }
    );
    let cert_name = |index: Option<usize>| certificate_name(report, index);
    let mut field = |name: &str, value: String| {
        let _ = writeln!(out, "      {name:<12} {value}");
    };
    if let Some(produced) = s.produced_at {
        field(
            "Produced",
            format!("{produced} ({})", produced.relative_to(at)),
        );
    }
    match &s.responder {
        Some(Responder::Name(name)) => field("Responder", v(name)),
        Some(Responder::KeyHash(hash)) => field("Responder", format!("key SHA-1 {hash}")),
        None => {}
    }
    if s.is_successful() {
        let sig = &s.signature;
        let verdict = match (sig.valid, sig.signer) {
            (Some(false), _) => "INVALID",
            (_, Signer::Unauthorized) => "UNAUTHORISED signer",
            (Some(true), Signer::Issuer) => "valid, signed by the issuer",
            (Some(true), Signer::Delegated) => "valid, signed by a delegated responder",
            (Some(true), Signer::Unknown) => "valid, signer's authority unknown",
            (None, _) => "not checked",
        };
        let signer = cert_name(sig.certificate)
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        field("Signature", format!("{verdict}{signer}"));
        field("", v(&sig.detail));
    }
    if !s.embedded_certificates.is_empty() {
        field(
            "Embedded",
            s.embedded_certificates
                .iter()
                .filter_map(|&c| cert_name(Some(c)))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    render_responses(out, report, s);
    for e in &s.extensions {
        let _ = writeln!(
            out,
            "      Extension    {}{}: {}",
            e.name.as_deref().or(e.oid.as_deref()).unwrap_or("?"),
            if e.critical { " (critical)" } else { "" },
            e.value
        );
    }
    for verdict in &s.server_verdicts {
        let outcome = match verdict.outcome {
            Outcome::Staples => "staples it",
            Outcome::DoesNotStaple => "does NOT staple it",
            Outcome::CannotTell => "cannot tell",
        };
        let _ = writeln!(out, "      {}: {outcome}", verdict.server);
        if !verdict.versions.is_empty() {
            let _ = writeln!(out, "        for {}", v(&verdict.versions));
        }
        let _ = writeln!(out, "        {}", v(&verdict.message));
    }
    for note in &s.notes {
        let _ = writeln!(out, "      note: {}", v(note));
    }
}

/// A certificate as the staple section names it: "name [index]".
fn certificate_name(report: &Report, index: Option<usize>) -> Option<String> {
    index
        .and_then(|c| report.certificates.get(c).map(|cert| (c, cert)))
        .map(|(c, cert)| format!("{} [{c}]", v(cert.display_name())))
}

/// A staple's single responses: whom each is for, its status and times.
fn render_responses(out: &mut String, report: &Report, s: &Staple) {
    let at = report.evaluated_at;
    for (n, r) in s.responses.iter().enumerate() {
        let whom = certificate_name(report, r.certificate)
            .unwrap_or_else(|| "no certificate given".to_string());
        let status = match (&r.revocation_reason, r.revocation_time) {
            (Some(reason), Some(t)) => {
                format!("REVOKED ({reason}) since {t} ({})", t.relative_to(at))
            }
            (None, Some(t)) => format!("REVOKED since {t} ({})", t.relative_to(at)),
            _ => r.cert_status.word().to_string(),
        };
        let _ = writeln!(
            out,
            "      Response {}  serial {} -> {whom}: {status}",
            n.saturating_add(1),
            r.serial
        );
        let freshness = match r.freshness {
            Some(Freshness::Stale) => " — STALE",
            Some(Freshness::NotYetValid) => " — NOT VALID YET",
            Some(Freshness::Expiring) => " — expiring soon",
            Some(Freshness::NoNextUpdate) => " — no Next Update",
            Some(Freshness::NextBeforeThis) => " — INVALID: Next Update before This Update",
            Some(Freshness::Fresh) | None => "",
        };
        let _ = writeln!(
            out,
            "        This Update  {} ({})",
            r.this_update,
            r.this_update.relative_to(at)
        );
        match r.next_update {
            Some(next) => {
                let _ = writeln!(
                    out,
                    "        Next Update  {next} ({}){freshness}",
                    next.relative_to(at)
                );
            }
            None => {
                let _ = writeln!(out, "        Next Update  none{freshness}");
            }
        }
        let _ = writeln!(
            out,
            "        CertID       {} issuer name {} key {}",
            r.hash_algorithm, r.issuer_name_hash, r.issuer_key_hash
        );
    }
}
// --- issue 5: commands and server configuration ---

/// Commands and snippets, flush left so they paste as they are (a
/// here-document's end line must start the line). Notes are `#` comments on
/// one line each: [`visible_string`] spells out any newline a certificate
/// value put in them, so none can end the comment.
fn render_commands(report: &Report, out: &mut String) {
    if !report.commands.is_empty() {
        let _ = writeln!(out, "\nCommands");
    }
    for c in &report.commands {
        let name = report
            .certificates
            .get(c.certificate)
            .map_or("?", |cert| cert.display_name());
        // A trust bundle's commands are about the whole bundle.
        let whom = if c.purpose.for_bundle() {
            String::new()
        } else {
            format!(" for {} {}", num(c.certificate), v(name))
        };
        let _ = writeln!(out, "\n# {}{whom}: {}", c.purpose.word(), v(&c.note));
        for line in c.command.lines() {
            let _ = writeln!(out, "{}", v(line));
        }
    }
    if let Some(config) = &report.server_config {
        for (server, text) in [
            ("nginx", &config.nginx),
            ("HAProxy", &config.haproxy),
            ("Apache httpd", &config.apache),
            ("Caddy", &config.caddy),
        ] {
            // With --server, only that server's snippet is written.
            if text.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\nServer configuration: {server}\n");
            for line in text.lines() {
                let _ = writeln!(out, "{}", v(line));
            }
        }
    }
}

// --- end issue 5 ---

/// What a log line given with `--explain` means.
fn render_explanations(report: &Report, out: &mut String) {
    if report.explanations.is_empty() {
        return;
    }
    let _ = writeln!(out, "\nLog line explained");
    for e in &report.explanations {
        let _ = writeln!(out, "  [{}] {}", e.server, e.code);
        let _ = writeln!(out, "      means: {}", v(&e.meaning));
        let _ = writeln!(out, "      here:  {}", v(&e.inputs));
        let _ = writeln!(out, "      fix:   {}", v(&e.fix));
    }
}
