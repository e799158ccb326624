//! What `certscope inspect --connect` saw of a live server (issue 30), and
//! what that says beyond the certificates and the staple it read.
//!
//! The handshake itself is the CLI's (`src/connect.rs`, native only): the
//! core does no I/O. What the server sent becomes two ordinary inputs,
//! `HOST:PORT (sent chain)` and `HOST:PORT (staple)`, judged like any file;
//! this module holds the rest: the protocol, cipher suite and ALPN agreed,
//! whether a staple came on the first handshake or only on the second, and
//! why a connection failed.
//!
//! Layer: analysis. Imports models and the vocabulary below them.

use crate::inspect::certificate::Certificate;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::input::InputReport;
use serde::{Deserialize, Serialize};

/// One `--connect`: the server as given and what its handshakes said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    /// `HOST:PORT` as the inputs are named: `example.com:443`, `[::1]:8443`.
    pub server: String,
    /// The name sent in SNI; `None` when connecting to an IP address
    /// without `--servername` (RFC 6066 forbids an address in SNI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
    /// The address connected to, e.g. `127.0.0.1:8443`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Each completed handshake, in order: one, or two when the first
    /// carried no staple and the second try was not turned off.
    pub handshakes: Vec<Handshake>,
    /// Why no handshake completed, in words ("connection refused").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Index of the `(sent chain)` input among the analysis's inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_input: Option<usize>,
}

/// What one handshake agreed on and what the server sent in it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handshake {
    /// `TLSv1.3`, `TLSv1.2`.
    pub protocol: String,
    /// IANA name, e.g. `TLS13_AES_256_GCM_SHA384`.
    pub cipher_suite: String,
    /// The ALPN protocol the server picked of `h2` and `http/1.1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alpn: Option<String>,
    /// How many certificates the server's Certificate message held.
    pub certificates_sent: usize,
    /// Whether it stapled an OCSP response (status_request is always asked).
    pub staple: bool,
}

/// The findings of every connection: failures, and staples missing or late.
/// `reports` are the analysis's input reports, to find each sent chain's
/// leaf (a Must-Staple leaf without a staple is an error).
pub fn judge(
    connections: &[Connection],
    certificates: &[Certificate],
    reports: &[InputReport],
) -> Vec<Finding> {
    connections
        .iter()
        .filter_map(|c| judge_one(c, sent_leaf(c, certificates, reports)))
        .collect()
}

/// The first certificate of the sent chain, when it is a server leaf.
fn sent_leaf<'a>(
    connection: &Connection,
    certificates: &'a [Certificate],
    reports: &[InputReport],
) -> Option<(usize, &'a Certificate)> {
    let report = reports.get(connection.chain_input?)?;
    let index = report.objects.first()?.certificate?;
    certificates
        .get(index)
        .filter(|c| c.is_server_leaf())
        .map(|c| (index, c))
}

fn judge_one(connection: &Connection, leaf: Option<(usize, &Certificate)>) -> Option<Finding> {
    let server = &connection.server;
    if let Some(error) = &connection.error {
        return Some(Finding::new(
            Severity::Error,
            "connect-failed",
            format!("Could not connect to {server}: {error}. Nothing was read from it."),
        ));
    }
    let first = connection.handshakes.first()?;
    let last = connection.handshakes.last()?;
    let must_staple = leaf.filter(|(_, c)| c.must_staple);
    let finding = match (first.staple, last.staple, must_staple) {
        (true, _, _) => return None,
        (false, true, _) => Finding::new(
            if must_staple.is_some() { Severity::Error } else { Severity::Warning },
            "connect-staple-late",
            format!("{server}: the first handshake carried no staple and the second, a second later, did. That is nginx after a start or reload: each worker fetches the OCSP response on the first handshake that asks for one and staples only from then on, so every worker's first clients get none{}. Give nginx the response with ssl_stapling_file (fetched by a cron job), or make a warm-up request to each worker after every reload.", if must_staple.is_some() { ", and this Must-Staple certificate makes Firefox refuse those connections (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING)" } else { "" }),
        ),
        (false, false, Some((index, cert))) => Finding::new(
            Severity::Error,
            "staple-not-sent-must-staple",
            format!("{server}: the server sent no staple{}, but {} is Must-Staple (TLS Feature status_request): browsers that honour it, such as Firefox, refuse the connection (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING). Turn stapling on (nginx ssl_stapling, HAProxy a .ocsp file beside the certificate, Apache SSLUseStapling) and make sure the server can reach the OCSP responder, or give it the response (nginx ssl_stapling_file).", tries(connection), cert.display_name()),
        )
        .on_certificate(index),
        (false, false, None) => Finding::new(
            Severity::Info,
            "connect-no-staple",
            format!("{server}: the server sent no staple{} though the client asked for one (status_request). Stapling is off (nginx ssl_stapling, Apache SSLUseStapling), or HAProxy has no .ocsp file beside the certificate, or the server could not fetch a response yet.", tries(connection)),
        ),
    };
    Some(match connection.chain_input {
        Some(input) => finding.on_input(input),
        None => finding,
    })
}

/// "on either of two handshakes" when the second try was made.
fn tries(connection: &Connection) -> &'static str {
    if connection.handshakes.len() > 1 {
        " on either of two handshakes a second apart"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handshake(staple: bool) -> Handshake {
        Handshake {
            protocol: "TLSv1.3".into(),
            cipher_suite: "TLS13_AES_128_GCM_SHA256".into(),
            alpn: None,
            certificates_sent: 2,
            staple,
        }
    }

    #[test]
    fn each_way_a_connection_ends_has_its_finding() {
        let c = |handshakes: Vec<Handshake>, error: Option<&str>| Connection {
            server: "example.com:443".into(),
            handshakes,
            error: error.map(str::to_string),
            ..Connection::default()
        };
        // (connection, expected code, why)
        let table = [
            (c(vec![handshake(true)], None), None, "stapled at once"),
            (
                c(vec![handshake(false)], None),
                Some("connect-no-staple"),
                "--connect-once, none",
            ),
            (
                c(vec![handshake(false), handshake(false)], None),
                Some("connect-no-staple"),
                "none on either",
            ),
            (
                c(vec![handshake(false), handshake(true)], None),
                Some("connect-staple-late"),
                "nginx's first handshake",
            ),
            (
                c(vec![], Some("connection refused")),
                Some("connect-failed"),
                "refused",
            ),
        ];
        for (connection, code, why) in table {
            let found = judge_one(&connection, None);
            assert_eq!(found.as_ref().map(|f| f.code), code, "{why}");
        }
        let two = judge_one(&c(vec![handshake(false), handshake(false)], None), None).unwrap();
        assert!(two.message.contains("either of two handshakes"));
        let failed = judge_one(&c(vec![], Some("connection refused")), None).unwrap();
        assert_eq!(failed.severity, Severity::Error);
        assert!(failed
            .message
            .starts_with("Could not connect to example.com:443: connection refused."));
    }
}
