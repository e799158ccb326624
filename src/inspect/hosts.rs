//! Host names: does the server certificate cover the name clients connect
//! to?
//!
//! The rules browsers apply (RFC 6125 §6.4, CA/Browser Forum Baseline
//! Requirements §7.1.4.2.1, RFC 9525 which obsoletes RFC 6125's CN
//! fallback):
//! - DNS names match `dNSName` subject alternative names, case-insensitively,
//!   in A-label form (an IDN is compared as its `xn--` Punycode);
//! - a wildcard is the whole left-most label (`*.example.com`) and stands for
//!   exactly one label: not `www.sub.example.com`, not `example.com`;
//! - an IP address matches `iPAddress` entries only, never a DNS name;
//! - a name only in the subject's Common Name does not count.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

mod punycode;

use crate::inspect::certificate::Certificate;
use crate::inspect::finding::{Finding, Severity};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;

/// The answer for one host name (issue 15's stable names first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostCoverage {
    /// The name as given.
    pub name: String,
    /// Index into `certificates` of the certificate judged (the leaf).
    pub certificate: Option<usize>,
    pub covered: bool,
    /// The subject alternative name that covers it, as the certificate has
    /// it (`*.example.com`, `192.0.2.1`).
    pub by: Option<String>,
    /// The name as compared: lowercase, A-labels for an IDN.
    pub ascii: String,
    /// The name with its A-labels decoded, when it has any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unicode: Option<String>,
}

/// Several names in one field (the page's host field, `--host` repeated):
/// split on commas and white space.
pub fn split(names: &str) -> Vec<String> {
    names
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

enum Name {
    Ip(IpAddr),
    Dns(String),
}

fn parse(name: &str) -> Option<Name> {
    let bare = name.trim().trim_start_matches('[').trim_end_matches(']');
    if let Ok(ip) = bare.parse::<IpAddr>() {
        return Some(Name::Ip(ip));
    }
    to_ascii(name.trim().trim_end_matches('.')).map(Name::Dns)
}

/// Lowercase, each non-ASCII label as its `xn--` A-label.
pub fn to_ascii(name: &str) -> Option<String> {
    let labels: Option<Vec<String>> = name
        .split('.')
        .map(|label| {
            let label = label.to_lowercase();
            if label.is_ascii() {
                Some(label)
            } else {
                punycode::encode(&label).map(|p| format!("xn--{p}"))
            }
        })
        .collect();
    labels.map(|l| l.join("."))
}

/// The name with each `xn--` label decoded, or `None` when it has none (or
/// one that does not decode).
pub fn to_unicode(name: &str) -> Option<String> {
    if !name.split('.').any(is_a_label) {
        return None;
    }
    let labels: Option<Vec<String>> = name
        .split('.')
        .map(|label| match label.get(..4) {
            Some(p) if p.eq_ignore_ascii_case("xn--") => label.get(4..).and_then(punycode::decode),
            _ => Some(label.to_string()),
        })
        .collect();
    labels.map(|l| l.join("."))
}

fn is_a_label(label: &str) -> bool {
    label
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("xn--"))
}

/// Whether the DNS name pattern from a certificate covers `host` (both in
/// A-label form).
pub fn dns_matches(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    if pattern == host {
        return true;
    }
    let Some(base) = pattern.strip_prefix("*.") else {
        return false;
    };
    // At least two labels under the wildcard: `*.com` covers nothing.
    if base.split('.').count() < 2 || base.contains('*') {
        return false;
    }
    match host.split_once('.') {
        Some((first, rest)) => !first.is_empty() && rest == base,
        None => false,
    }
}

/// Judges each host name against the leaf `leaf` (an index into
/// `certificates`).
pub fn judge(
    names: &[String],
    certificates: &[Certificate],
    leaf: Option<usize>,
) -> (Vec<HostCoverage>, Vec<Finding>) {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    let cert = leaf.and_then(|i| certificates.get(i));
    for name in names {
        let parsed = parse(name);
        let ascii = match &parsed {
            Some(Name::Ip(ip)) => ip.to_string(),
            Some(Name::Dns(d)) => d.clone(),
            None => name.to_lowercase(),
        };
        let unicode = to_unicode(&ascii).filter(|u| u != &ascii);
        let shown = match &unicode {
            Some(u) => format!("{ascii} ({u})"),
            None => ascii.clone(),
        };
        let by = match (cert, &parsed) {
            (Some(c), Some(n)) => covering(c, n),
            _ => None,
        };
        let coverage = HostCoverage {
            name: name.clone(),
            certificate: leaf,
            covered: by.is_some(),
            by: by.clone(),
            ascii: ascii.clone(),
            unicode,
        };
        if let (Some(c), Some(i)) = (cert, leaf) {
            findings.push(host_finding(c, &coverage, &shown, parsed.as_ref()).on_certificate(i));
        }
        out.push(coverage);
    }
    (out, findings)
}

fn covering(cert: &Certificate, name: &Name) -> Option<String> {
    cert.subject_alt_names.iter().find_map(|san| match name {
        Name::Ip(ip) => {
            let value = san.strip_prefix("IP:")?;
            (value.parse::<IpAddr>().ok()? == *ip).then(|| value.to_string())
        }
        Name::Dns(host) => {
            let value = san.strip_prefix("DNS:")?;
            dns_matches(value, host).then(|| value.to_string())
        }
    })
}

fn host_finding(
    cert: &Certificate,
    c: &HostCoverage,
    shown: &str,
    parsed: Option<&Name>,
) -> Finding {
    let leaf = cert.display_name();
    if let Some(by) = &c.by {
        let by_shown = match to_unicode(by) {
            Some(u) if &u != by => format!("{by} ({u})"),
            _ => by.clone(),
        };
        return Finding::new(
            Severity::Info,
            "host-covered",
            format!("{leaf} covers {shown}: subject alternative name {by_shown}."),
        );
    }
    let in_cn = cert
        .subject_attributes
        .iter()
        .filter(|a| a.name == "CN")
        .any(|a| match parsed {
            Some(Name::Dns(host)) => to_ascii(&a.value).is_some_and(|v| dns_matches(&v, host)),
            Some(Name::Ip(ip)) => a.value.parse::<IpAddr>().ok() == Some(*ip),
            None => false,
        });
    let sans: Vec<&str> = cert
        .subject_alt_names
        .iter()
        .filter(|s| s.starts_with("DNS:") || s.starts_with("IP:"))
        .map(String::as_str)
        .collect();
    let listed = if sans.is_empty() {
        "it has no DNS or IP subject alternative names".to_string()
    } else {
        format!("it lists {}", sans.join(", "))
    };
    let why = if in_cn {
        format!("the name is only in the subject's Common Name, which browsers ignore (Chrome since version 58, RFC 9525): {listed}. Reissue the certificate with {} as a subject alternative name.", c.ascii)
    } else if matches!(parsed, Some(Name::Ip(_))) {
        format!("an IP address must be an IP subject alternative name; {listed}.")
    } else {
        format!("{listed}. A wildcard covers exactly one left-most label.")
    };
    Finding::new(
        Severity::Error,
        "host-not-covered",
        format!("{leaf} does not cover {shown}: {why}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_cover_one_label() {
        // [pattern, host, covered, why]
        let table = [
            ("example.com", "example.com", true, "exact"),
            ("EXAMPLE.com", "example.com", true, "case-insensitive"),
            ("*.example.com", "www.example.com", true, "one label"),
            ("*.example.com", "a.b.example.com", false, "two labels"),
            ("*.example.com", "example.com", false, "no label"),
            ("*.com", "example.com", false, "wildcard on a TLD"),
            (
                "w*.example.com",
                "www.example.com",
                false,
                "partial wildcard (CA/B BR)",
            ),
            (
                "www.*.com",
                "www.example.com",
                false,
                "wildcard not left-most",
            ),
            ("example.com.", "example.com", true, "trailing dot"),
        ];
        for (pattern, host, covered, why) in table {
            assert_eq!(dns_matches(pattern, host), covered, "{why}");
        }
    }

    #[test]
    fn idn_both_ways() {
        assert_eq!(
            to_ascii("Bücher.Example").as_deref(),
            Some("xn--bcher-kva.example")
        );
        assert_eq!(
            to_unicode("xn--bcher-kva.example").as_deref(),
            Some("bücher.example")
        );
        assert_eq!(to_unicode("plain.example"), None);
    }

    #[test]
    fn several_names_in_one_field() {
        assert_eq!(
            split(" a.example, b.example\tc.example "),
            ["a.example", "b.example", "c.example"]
        );
    }
}
