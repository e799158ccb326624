//! What servers do with a staple, in the words they log: nginx reading an
//! `ssl_stapling_file`, nginx fetching with `ssl_stapling_verify on`, and
//! HAProxy loading `<certificate>.ocsp`. Each follows the server's own order
//! of checks (nginx `src/event/ngx_event_openssl_stapling.c`, HAProxy
//! `ssl_sock_load_ocsp_response`), so the first failure is the one it logs.
#![deny(clippy::arithmetic_side_effects)]

use crate::inspect::staple::judge::{Freshness, Signer, SKEW_SECONDS};
use crate::inspect::staple::{CertStatus, SingleResponse, Staple};
use crate::inspect::time::Timestamp;
use serde::{Deserialize, Serialize};

/// What a server does with a staple.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// It sends this response in handshakes.
    Staples,
    /// It refuses or ignores it.
    DoesNotStaple,
    /// Not decidable from what was given (a text staple's signature, a
    /// missing certificate).
    CannotTell,
}

/// One server's verdict on one staple.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerVerdict {
    /// `nginx ssl_stapling_file`, `nginx ssl_stapling_verify on`, `HAProxy .ocsp`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub server: crate::inspect::intern::Word,
    /// Whether it staples this response.
    pub outcome: Outcome,
    /// The exact message the server logs, when it logs one.
    pub log: Option<String>,
    /// What it does and why, for the admin.
    pub message: String,
}

/// `OCSP_response_status_str`'s words, which nginx logs.
fn openssl_status_word(status: &str) -> (i64, &'static str) {
    match status {
        "successful" => (0, "successful"),
        "malformedRequest" => (1, "malformedrequest"),
        "internalError" => (2, "internalerror"),
        "tryLater" => (3, "trylater"),
        "sigRequired" => (5, "sigrequired"),
        "unauthorized" => (6, "unauthorized"),
        other => (
            other
                .trim_start_matches("unknown (")
                .trim_end_matches(')')
                .parse()
                .unwrap_or(-1),
            "(UNKNOWN)",
        ),
    }
}

/// What nginx (with `ssl_stapling_file`, and fetching with
/// `ssl_stapling_verify on`) and HAProxy (loading a `.ocsp` file) do with it.
pub fn verdicts(
    staple: &Staple,
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
    at: Timestamp,
) -> Vec<ServerVerdict> {
    vec![
        nginx_file(staple, r, server_certificate_given, at),
        nginx_verify(staple, r, server_certificate_given),
        haproxy(staple, server_certificate_given, at),
    ]
}

/// nginx reads an `ssl_stapling_file` once, at start or reload, and staples
/// it as it is: `ngx_ssl_stapling_file()` only parses it and marks it valid
/// forever (`NGX_MAX_TIME_T_VALUE`).
fn nginx_file(
    staple: &Staple,
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
    at: Timestamp,
) -> ServerVerdict {
    let mut message =
        "nginx serves this file as it is: it never checks an ssl_stapling_file. ".to_string();
    match (staple.is_successful(), r) {
        (false, _) => message.push_str(&format!(
            "Clients ignore it: it is a \"{}\" answer, not a status.",
            staple.response_status
        )),
        (true, None) => message.push_str("Clients ignore it: it holds no single response."),
        (true, Some(r)) => {
            match (r.freshness, r.next_update) {
                (Some(Freshness::Stale), Some(next)) => message.push_str(&format!(
                    "Next Update was {} — nginx will keep serving this stale staple until you replace the file and reload.",
                    next.relative_to(at)
                )),
                (Some(Freshness::NotYetValid), _) => message.push_str(&format!(
                    "Clients reject it until This Update ({}, {}).",
                    r.this_update,
                    r.this_update.relative_to(at)
                )),
                (Some(Freshness::NextBeforeThis), _) => message.push_str(
                    "Clients reject it: its Next Update is before its This Update.",
                ),
                (Some(Freshness::NoNextUpdate), _) => {
                    message.push_str("It has no Next Update, so nginx serves it for as long as it runs.")
                }
                (_, Some(next)) => message.push_str(&format!(
                    "It goes stale {} (Next Update {next}), and nginx will not fetch a new one while ssl_stapling_file is set: replace the file and reload before then.",
                    next.relative_to(at)
                )),
                (_, None) => {}
            }
            if r.certificate.is_none() && server_certificate_given {
                message.push_str(" It is not for the server's certificate, so clients ignore it.");
            }
            if r.cert_status == CertStatus::Revoked {
                message.push_str(" It says the certificate is revoked: clients that read it refuse the connection.");
            }
        }
    }
    ServerVerdict {
        server: "nginx ssl_stapling_file",
        outcome: Outcome::Staples,
        log: None,
        message,
    }
}

/// nginx fetching from the responder with `ssl_stapling_verify on`
/// (`ngx_ssl_stapling_ocsp_handler`), in its order of checks.
fn nginx_verify(
    staple: &Staple,
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
) -> ServerVerdict {
    let intro = "With ssl_stapling_verify on, nginx checks each response it fetches from the responder (never an ssl_stapling_file).";
    let refuse = |log: String, why: &str| ServerVerdict {
        server: "nginx ssl_stapling_verify on",
        outcome: Outcome::DoesNotStaple,
        message: format!(
            "{intro} It would refuse this one and staple nothing: {why}. It logs \"{log}\"."
        ),
        log: Some(log),
    };
    if !staple.is_successful() {
        let (n, word) = openssl_status_word(&staple.response_status);
        return refuse(
            format!("OCSP response not successful ({n}: {word})"),
            "the responder gave no status",
        );
    }
    let signature = &staple.signature;
    let signature_ok = signature.valid == Some(true)
        && matches!(signature.signer, Signer::Issuer | Signer::Delegated)
        && !signature.signer_expired;
    let signature_bad = signature.valid == Some(false)
        || signature.signer == Signer::Unauthorized
        || (staple.source == "der" && signature.certificate.is_none())
        || signature.signer_expired;
    if signature_bad {
        return refuse(
            "OCSP_basic_verify() failed".to_string(),
            "its signature or its signer does not pass OpenSSL's check",
        );
    }
    let Some(r) = r else {
        return refuse(
            "certificate status not found in the OCSP response".to_string(),
            "it holds no single response",
        );
    };
    if r.certificate.is_none() && server_certificate_given {
        return refuse(
            "certificate status not found in the OCSP response".to_string(),
            "it is not for the server's certificate",
        );
    }
    if r.cert_status != CertStatus::Good {
        return refuse(
            format!(
                "certificate status \"{}\" in the OCSP response",
                r.cert_status.word()
            ),
            "the status is not good",
        );
    }
    if matches!(
        r.freshness,
        Some(Freshness::Stale | Freshness::NotYetValid | Freshness::NextBeforeThis)
    ) {
        return refuse(
            "OCSP_check_validity() failed".to_string(),
            "it is outside its This Update – Next Update window (with 5 minutes' leeway)",
        );
    }
    let mut unsure = Vec::new();
    if !signature_ok {
        unsure.push(if staple.source == "text" {
            "whether OCSP_basic_verify() passes cannot be told from text"
        } else {
            "whether OCSP_basic_verify() passes cannot be told from what was given"
        });
    }
    if r.certificate.is_none() {
        unsure.push("the server's certificate was not given, so the CertID could not be compared");
    }
    if unsure.is_empty() {
        ServerVerdict {
            server: "nginx ssl_stapling_verify on",
            outcome: Outcome::Staples,
            log: None,
            message: format!(
                "{intro} It would accept this one and staple it until Next Update, fetching a fresh one before then (provided ssl_trusted_certificate holds the issuer and root)."
            ),
        }
    } else {
        ServerVerdict {
            server: "nginx ssl_stapling_verify on",
            outcome: Outcome::CannotTell,
            log: None,
            message: format!(
                "{intro} Its other checks pass, but {}.",
                unsure.join("; and ")
            ),
        }
    }
}

/// HAProxy loading `<cert>.ocsp` (`ssl_sock_load_ocsp_response`), in its
/// order of checks. It checks no signature.
fn haproxy(staple: &Staple, server_certificate_given: bool, at: Timestamp) -> ServerVerdict {
    let refuse = |log: String| {
        ServerVerdict {
        server: "HAProxy .ocsp",
        outcome: Outcome::DoesNotStaple,
        message: format!("HAProxy ignores this file when it loads the certificate, with the warning \"Loading: {log}. Content will be ignored.\""),
        log: Some(log),
    }
    };
    if !staple.is_successful() {
        return refuse("OCSP response status not successful".to_string());
    }
    if staple.responses.len() > 1 {
        return refuse(format!(
            "OCSP response ignored because contains multiple single responses ({})",
            staple.responses.len()
        ));
    }
    // HAProxy reads the first single response only.
    let Some(r) = staple.responses.first() else {
        return refuse("Failed to get OCSP single response".to_string());
    };
    if r.cert_status == CertStatus::Unknown {
        return refuse("OCSP single response: certificate status is unknown".to_string());
    }
    let Some(next) = r.next_update else {
        return refuse("OCSP single response: missing nextupdate".to_string());
    };
    if matches!(
        r.freshness,
        Some(Freshness::Stale | Freshness::NotYetValid | Freshness::NextBeforeThis)
    ) {
        return refuse("OCSP single response: no longer valid.".to_string());
    }
    if r.certificate.is_none() && server_certificate_given {
        return refuse(
            "OCSP single response: Certificate ID does not match certificate and issuer"
                .to_string(),
        );
    }
    // `ocsp->expire = nextupd - OCSP_MAX_RESPONSE_TIME_SKEW`, and the status
    // callback staples nothing once `expire < now`.
    let until = Timestamp(next.0.saturating_sub(SKEW_SECONDS));
    if until < at {
        return ServerVerdict {
            server: "HAProxy .ocsp",
            outcome: Outcome::DoesNotStaple,
            log: None,
            message: format!(
                "HAProxy loads it but staples nothing: it stops stapling a response 5 minutes before its Next Update ({next}), and that was {}.",
                until.relative_to(at)
            ),
        };
    }
    let mut message = format!(
        "HAProxy loads it and staples it until 5 minutes before Next Update ({}); it does not fetch a new one by itself unless ocsp-update is on, so update the .ocsp file (or use \"set ssl ocsp-response\" on the stats socket) before then.",
        until.relative_to(at)
    );
    if r.cert_status == CertStatus::Revoked {
        message.push_str(
            " It says the certificate is revoked: clients that read it refuse the connection.",
        );
    }
    if r.certificate.is_none() {
        return ServerVerdict {
            server: "HAProxy .ocsp",
            outcome: Outcome::CannotTell,
            log: None,
            message: format!(
                "HAProxy would load it only beside the certificate it is for (serial {}); that certificate was not given, so the CertID could not be compared. {message}",
                r.serial
            ),
        };
    }
    ServerVerdict {
        server: "HAProxy .ocsp",
        outcome: Outcome::Staples,
        log: None,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openssl_words_for_statuses() {
        assert_eq!(openssl_status_word("tryLater"), (3, "trylater"));
        assert_eq!(openssl_status_word("unknown (7)"), (7, "(UNKNOWN)"));
    }
}
