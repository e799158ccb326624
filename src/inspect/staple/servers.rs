//! What servers do with a staple, in the words they log: nginx reading an
//! `ssl_stapling_file`, nginx fetching with `ssl_stapling_verify on`,
//! HAProxy loading `<certificate>.ocsp`, and Apache httpd fetching with
//! `SSLUseStapling on`. Each follows the server's own order of checks, so
//! the first failure is the one it logs:
//!
//! - nginx 1.22 (Debian 12) with OpenSSL 3.0: `ngx_ssl_ocsp_verify()` in
//!   `src/event/ngx_event_openssl_stapling.c`: `OCSP_basic_verify()` with the
//!   `ssl_certificate` chain and `OCSP_TRUSTOTHER`, then
//!   `OCSP_resp_find_status()` with a SHA-1 CertID, then
//!   `OCSP_check_validity()` (300 s of skew), then the status.
//! - HAProxy 2.6 (Debian 12): `ssl_sock_load_ocsp_response()` (in
//!   `ssl_ocsp.c` from 2.8 on); no signature check.
//! - Apache httpd 2.4: `stapling_check_response()` in `ssl_util_stapling.c`.
//!
//! `tests/servers/real_servers.py` runs Debian's three servers on every
//! fixture staple and checks these verdicts against what they did.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::freshness::{Freshness, SKEW_SECONDS};
use crate::inspect::staple::model::{
    CertStatus, Outcome, ServerVerdict, Signer, SingleResponse, Staple,
};
use crate::inspect::time::Timestamp;

/// What the verdicts need beyond the staple, from the rest of the analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// A server certificate (not a CA, not a responder) is among the inputs.
    pub server_certificate_given: bool,
    /// The certificate that signed the response is self-signed (a root).
    pub signer_self_signed: bool,
    /// The response carries no certificate of its own (`-resp_no_certs`).
    pub embeds_no_certificate: bool,
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
/// `ssl_stapling_verify on`), HAProxy (loading a `.ocsp` file) and Apache
/// (fetching with `SSLUseStapling on`) do with it.
pub fn verdicts(
    staple: &Staple,
    r: Option<&SingleResponse>,
    context: Context,
    at: Timestamp,
) -> Vec<ServerVerdict> {
    vec![
        nginx_file(staple, r, context.server_certificate_given, at),
        nginx_verify(staple, r, context),
        haproxy(staple, context.server_certificate_given, at),
        apache_verdict(staple, r, context.server_certificate_given, true),
        apache_verdict(staple, r, context.server_certificate_given, false),
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

/// What nginx does after refusing a fetched response (issue 19 point 10):
/// `ngx_ssl_stapling_ocsp_handler` keeps the response it had, which the
/// status callback serves while it is valid, and asks again in 5 minutes.
const NGINX_AFTER_REFUSAL: &str = "nginx then staples nothing, or, if it already had a good response from an earlier fetch, keeps serving that one until its Next Update; it asks the responder again 5 minutes later";

/// How OpenSSL's `OCSP_basic_verify()` goes inside nginx, which passes the
/// `ssl_certificate` chain as `certs` with `OCSP_TRUSTOTHER`: a signer found
/// in that chain is trusted as it is (only the signature is checked); one
/// found only in the response is verified up to a root in nginx's store
/// (`ssl_trusted_certificate`), then must be the issuer or a delegated
/// responder. The store is never searched for the signer itself.
enum BasicVerify {
    Passes,
    Fails(&'static str),
    /// Depends on a file certscope was not given: the reason, for the admin.
    Depends(String),
}

fn nginx_basic_verify(staple: &Staple, context: Context) -> BasicVerify {
    let signature = &staple.signature;
    if staple.source == "text" {
        return BasicVerify::Depends(
            "its signature cannot be checked from text, so whether OCSP_basic_verify() passes cannot be told".to_string(),
        );
    }
    if signature.valid == Some(false) {
        return BasicVerify::Fails("its signature does not verify");
    }
    if signature.valid.is_none() && signature.certificate.is_some() {
        // Never "staples" on a signature certscope did not check.
        return BasicVerify::Depends(
            "certscope could not check its signature, so whether OCSP_basic_verify() passes cannot be told".to_string(),
        );
    }
    match signature.signer {
        _ if signature.certificate.is_none() => BasicVerify::Depends(if context.embeds_no_certificate {
            "the response embeds no certificate and its signer is not among your inputs: nginx looks for the signer in the response and in the ssl_certificate file only (never in ssl_trusted_certificate), and logs \"OCSP_basic_verify() failed (… signer certificate not found)\" if it is in neither".to_string()
        } else {
            "its signer is not among your inputs, so whether OCSP_basic_verify() passes cannot be told".to_string()
        }),
        Signer::Issuer => BasicVerify::Passes,
        Signer::Delegated if signature.signer_expired => {
            BasicVerify::Fails("the responder's certificate is not valid now")
        }
        Signer::Delegated => BasicVerify::Depends(
            "it is signed by a delegated responder, which nginx verifies up to a root in ssl_trusted_certificate: it staples it when ssl_trusted_certificate holds that root, and otherwise logs \"OCSP_basic_verify() failed (… unable to get local issuer certificate)\" (\"… self-signed certificate in certificate chain\" when the root is only in ssl_certificate)".to_string(),
        ),
        Signer::Unauthorized if context.signer_self_signed => BasicVerify::Depends(
            "it is signed by a root, not by the issuer or its responder: nginx (OpenSSL's OCSP_TRUSTOTHER) accepts it when that root is in the ssl_certificate file itself, and otherwise logs \"OCSP_basic_verify() failed\" (\"… self-signed certificate\", or \"… root ca not trusted\" when the root is in ssl_trusted_certificate)".to_string(),
        ),
        Signer::Unauthorized => {
            BasicVerify::Fails("its signer may not answer for this certificate")
        }
        Signer::Unknown => BasicVerify::Depends(
            "the issuer of the server's certificate is not among your inputs, so whether its signer may answer for it cannot be told".to_string(),
        ),
    }
}

/// nginx fetching from the responder with `ssl_stapling_verify on`, in the
/// order of `ngx_ssl_ocsp_verify()` and `ngx_ssl_stapling_ocsp_handler()`.
fn nginx_verify(staple: &Staple, r: Option<&SingleResponse>, context: Context) -> ServerVerdict {
    let intro = "With ssl_stapling_verify on, nginx checks each response it fetches from the responder (never an ssl_stapling_file).";
    let refuse = |log: String, why: &str| ServerVerdict {
        server: "nginx ssl_stapling_verify on",
        outcome: Outcome::DoesNotStaple,
        message: format!(
            "{intro} It would refuse this one: {why}. It logs \"{log}\"; {NGINX_AFTER_REFUSAL}."
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
    let depends = match nginx_basic_verify(staple, context) {
        BasicVerify::Fails(why) => return refuse("OCSP_basic_verify() failed".to_string(), why),
        BasicVerify::Passes => None,
        BasicVerify::Depends(depends) => Some(depends),
    };
    // The checks after OCSP_basic_verify(): definite whatever it does, but
    // the line logged is theirs only if it passes.
    match (depends, nginx_after_verify(r, context.server_certificate_given)) {
        (None, Err((log, why))) => refuse(log, &why),
        (Some(depends), Err((log, why))) => ServerVerdict {
            server: "nginx ssl_stapling_verify on",
            outcome: Outcome::DoesNotStaple,
            log: None,
            message: format!(
                "{intro} It would refuse this one: {why}, so it logs \"{log}\" — unless OCSP_basic_verify() fails first ({depends}). Either way {NGINX_AFTER_REFUSAL}."
            ),
        },
        (None, Ok(keep)) => ServerVerdict {
            server: "nginx ssl_stapling_verify on",
            outcome: Outcome::Staples,
            log: None,
            message: format!("{intro} It would accept this one (no ssl_trusted_certificate is needed for a response signed by the issuer in ssl_certificate) and {keep}."),
        },
        (Some(depends), Ok(keep)) => ServerVerdict {
            server: "nginx ssl_stapling_verify on",
            outcome: Outcome::CannotTell,
            log: None,
            message: format!(
                "{intro} Whether it staples this one depends on files certscope was not given: {depends}. Its other checks pass; if it accepts it, it {keep}."
            ),
        },
    }
}

/// nginx's checks after `OCSP_basic_verify()`: `Ok(what it does with the
/// response)` or `Err((the line it logs, why))`.
fn nginx_after_verify(
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
) -> Result<String, (String, String)> {
    let not_found = |why: &str| {
        Err((
            "certificate status not found in the OCSP response".to_string(),
            why.to_string(),
        ))
    };
    let Some(r) = r else {
        return not_found("it holds no single response");
    };
    if r.certificate.is_none() && server_certificate_given {
        return not_found("it is not for the server's certificate");
    }
    // nginx builds its CertID with SHA-1 (OCSP_cert_to_id with a NULL
    // digest), and OCSP_id_cmp compares the hash algorithm first.
    if r.hash_algorithm != "sha1" {
        return not_found(&format!(
            "its CertID is hashed with {}, and nginx looks for a SHA-1 CertID",
            r.hash_algorithm
        ));
    }
    // Validity before status (issue 19 point 3): a revoked and stale
    // response logs the validity failure.
    // OCSP_check_validity() also refuses a Next Update before This Update.
    if matches!(
        r.freshness,
        Some(Freshness::Stale | Freshness::NotYetValid | Freshness::NextBeforeThis)
    ) {
        return Err((
            "OCSP_check_validity() failed".to_string(),
            "it is outside its This Update – Next Update window (with 5 minutes' leeway)"
                .to_string(),
        ));
    }
    if r.cert_status != CertStatus::Good {
        return Err((
            format!(
                "certificate status \"{}\" in the OCSP response",
                r.cert_status.word()
            ),
            "the status is not good".to_string(),
        ));
    }
    let mut keep = match r.next_update {
        Some(_) => "staples it until its Next Update, fetching a new one 5 minutes before then, or an hour after this fetch if that is sooner".to_string(),
        None => "staples it and, as it has no Next Update, fetches a new one every hour".to_string(),
    };
    if r.certificate.is_none() {
        keep.push_str(" (if it is for the server's certificate, which was not given: serial ");
        keep.push_str(&r.serial);
        keep.push(')');
    }
    Ok(keep)
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
    // OCSP_id_cmp: HAProxy's CertID is SHA-1, and the algorithm is compared
    // first (issue 19 point 4).
    if (r.certificate.is_none() && server_certificate_given) || r.hash_algorithm != "sha1" {
        return refuse(
            "OCSP single response: Certificate ID does not match certificate and issuer"
                .to_string(),
        );
    }
    // `ocsp->expire = nextupd - OCSP_MAX_RESPONSE_TIME_SKEW`, and the status
    // callback staples nothing once `expire < now`; 3.2 refuses such a file
    // at load (commit 1c7f5ce32, issue 19 point 8).
    let until = Timestamp(next.0.saturating_sub(SKEW_SECONDS));
    if until < at {
        return ServerVerdict {
            server: "HAProxy .ocsp",
            outcome: Outcome::DoesNotStaple,
            log: None,
            message: format!(
                "HAProxy staples nothing from it: it stops stapling a response 5 minutes before its Next Update ({next}), and that was {}. HAProxy up to 3.1 (Debian 12 has 2.6) loads it without a word; 3.2 and later refuse it at load with \"Loading: OCSP single response: no longer valid. Must be valid during at least 300s. Content will be ignored.\"",
                until.relative_to(at)
            ),
        };
    }
    let mut message = format!(
        "HAProxy loads it and staples it until 5 minutes before Next Update ({}). It checks no signature. It does not fetch a new one by itself unless ocsp-update is on (HAProxy 2.8 and later), so update the .ocsp file (or use \"set ssl ocsp-response\" on the stats socket) before then.",
        until.relative_to(at)
    );
    if r.cert_status == CertStatus::Revoked {
        message.push_str(
            " It says the certificate is revoked, and HAProxy staples it all the same: clients that read it refuse the connection.",
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

/// Apache httpd 2.4 fetching with `SSLUseStapling on`
/// (`stapling_check_response()` in `ssl_util_stapling.c`): no signature
/// check at all; a SHA-1 CertID; and, with `SSLStaplingReturnResponderErrors`
/// on (the default), whatever the responder said is stapled, logged when it
/// is wrong. With it off, an error status, a response for another CertID and
/// one outside its times are not stapled; a revoked or unknown status still
/// is. Both checked on Debian 12's 2.4 by `tests/servers/real_servers.py`.
fn apache(
    staple: &Staple,
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
) -> ServerVerdict {
    let default = apache_route(staple, r, server_certificate_given, true);
    let off = apache_route(staple, r, server_certificate_given, false);
    let (outcome, log, mut message) = default;
    if off.0 != outcome {
        message.push_str(&format!(
            " With SSLStaplingReturnResponderErrors off (certscope's snippet), Apache {}.",
            match off.0 {
                Outcome::Staples => "staples it",
                Outcome::DoesNotStaple => "sends no staple instead",
                Outcome::CannotTell => "may or may not staple it",
            }
        ));
    }
    ServerVerdict {
        server: "Apache SSLUseStapling",
        outcome,
        log,
        message,
    }
}

/// The verdict for one `SSLStaplingReturnResponderErrors` setting.
fn apache_verdict(
    staple: &Staple,
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
    return_errors: bool,
) -> ServerVerdict {
    if return_errors {
        return apache(staple, r, server_certificate_given);
    }
    let (outcome, log, message) = apache_route(staple, r, server_certificate_given, false);
    ServerVerdict {
        server: "Apache SSLStaplingReturnResponderErrors off",
        outcome,
        log,
        message,
    }
}

fn apache_route(
    staple: &Staple,
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
    return_errors: bool,
) -> (Outcome, Option<String>, String) {
    let sent = |log: Option<&str>, why: &str| {
        (
            Outcome::Staples,
            log.map(str::to_string),
            format!("Apache staples what the responder sent, checking no signature{why}."),
        )
    };
    let dropped = |log: Option<&str>, why: &str| {
        (
            Outcome::DoesNotStaple,
            log.map(str::to_string),
            format!("Apache sends no staple: {why}."),
        )
    };
    if !staple.is_successful() {
        return if return_errors {
            sent(None, &format!(": here a \"{}\" error, which clients ignore (SSLStaplingReturnResponderErrors is on by default)", staple.response_status))
        } else {
            dropped(
                None,
                &format!("the responder answered \"{}\"", staple.response_status),
            )
        };
    }
    let mismatch = "AH01935: stapling_check_response: certificate ID not present in response!";
    let found = r.filter(|r| {
        r.hash_algorithm == "sha1" && (r.certificate.is_some() || !server_certificate_given)
    });
    let Some(r) = found else {
        return if return_errors {
            sent(Some(mismatch), ", here a response for another CertID (Apache asks with SHA-1), which clients ignore")
        } else {
            dropped(
                Some(mismatch),
                "the response is not for the server's certificate (its SHA-1 CertID)",
            )
        };
    };
    let times = "AH01936: stapling_check_response: response times invalid";
    // OCSP_check_validity() also refuses a Next Update before This Update.
    if matches!(
        r.freshness,
        Some(Freshness::Stale | Freshness::NotYetValid | Freshness::NextBeforeThis)
    ) {
        return if return_errors && r.freshness == Some(Freshness::Stale) {
            sent(
                Some(times),
                &format!(
                    ", here a stale response, and {}",
                    crate::inspect::freshness::STALE_STAPLE
                ),
            )
        } else if return_errors {
            sent(Some(times), ", here a response outside its This Update – Next Update window, which clients reject")
        } else {
            dropped(
                Some(times),
                "the response is outside its This Update – Next Update window",
            )
        };
    }
    if r.cert_status != CertStatus::Good {
        let log = format!(
            "AH02969: stapling_check_response: response has certificate status {}",
            r.cert_status.word()
        );
        return (
            Outcome::Staples,
            Some(log),
            format!(
                "Apache staples it and logs the status: the certificate is {}, so clients that read the staple refuse the connection.",
                r.cert_status.word()
            ),
        );
    }
    let mut message =
        "Apache staples it (it checks no signature) and caches it until it is about to go stale"
            .to_string();
    if r.certificate.is_none() {
        message.push_str(&format!(
            " — if it is for the server's certificate (serial {}), which was not given",
            r.serial
        ));
    }
    message.push('.');
    (Outcome::Staples, None, message)
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
