//! The report as plain text, for `certscope inspect` without `--json`.
//! Every certificate-derived string passes through [`visible_string`] so a
//! hostile subject cannot rewrite the terminal.

use crate::inspect::report::{Report, Severity};
use crate::inspect::text::visible_string as v;
use std::fmt::Write as _;

/// Renders the whole report for a terminal.
pub fn render_text(report: &Report) -> String {
    let at = report.evaluated_at;
    let mut out = String::new();
    let _ = writeln!(out, "certscope report, evaluated at {at}");

    let _ = writeln!(out, "\nInputs");
    for input in &report.inputs {
        let _ = writeln!(out, "  {} ({} bytes)", v(&input.name), input.size);
        for object in &input.objects {
            let what = match (object.certificate, &object.certificates[..], object.staple) {
                (Some(c), _, _) => format!("certificate [{c}]"),
                (_, [_, ..], _) => format!(
                    "PKCS#7 bundle of certificates {}",
                    object
                        .certificates
                        .iter()
                        .map(|c| format!("[{c}]"))
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                (_, _, Some(s)) => format!("OCSP response, staple [{s}]"),
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

    if !report.certificates.is_empty() {
        let _ = writeln!(out, "\nCertificates");
    }
    for (i, c) in report.certificates.iter().enumerate() {
        let _ = writeln!(out, "  [{i}] {}", v(c.display_name()));
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

    if !report.staples.is_empty() {
        let _ = writeln!(out, "\nStaples");
    }
    for (i, s) in report.staples.iter().enumerate() {
        let input = report
            .inputs
            .get(s.input)
            .map_or("?", |input| input.name.as_str());
        let _ = writeln!(out, "  [{i}] {} (from {})", s.response_status, v(input));
    }

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
    render_commands(report, &mut out);
    out
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
        let _ = writeln!(
            out,
            "\n# {} for [{}] {}: {}",
            c.purpose.word(),
            c.certificate,
            v(name),
            v(&c.note)
        );
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
            let _ = writeln!(out, "\nServer configuration: {server}\n");
            for line in text.lines() {
                let _ = writeln!(out, "{}", v(line));
            }
        }
    }
}

// --- end issue 5 ---
