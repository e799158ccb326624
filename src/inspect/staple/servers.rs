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
    /// The response is for a given server certificate whose issuer is not
    /// among the certificates it would be served with (a leaf alone, or a
    /// chain missing its intermediate, the issuer at most inside the
    /// staple): nginx and HAProxy look for the issuer there (issue 26
    /// point 10).
    pub issuer_not_served: bool,
    /// The staple's certificate was given and its first OCSP URL, the only
    /// one servers use, is not `http://` (issue 26 point 15).
    pub first_url_not_http: bool,
}

/// The versions each verdict holds for (issue 26): what the real-server
/// suite ran (Debian 12's nginx 1.22.1, HAProxy 2.6.12, Apache 2.4.71; and
/// nginx 1.26.0, 1.28.0, HAProxy 2.8.0, 2.9.0, 3.0.0, 3.1.0, 3.2.0, Apache 2.4.57 and
/// 2.4.62 built from source by
/// `scripts/servers-matrix.sh`, docs/servers-matrix.md), and what was read in
/// the source of other versions.
///
/// nginx: `ngx_event_openssl_stapling.c` has the same stapling checks in
/// 1.22.1 and 1.31.5 (only the staple lookup moved to an rbtree).
pub const NGINX_PROVEN: &str =
    "nginx ≥ 1.22 (proven on Debian's 1.22.1 and on 1.26.0 and 1.28.0; the same checks in the source of 1.31.5)";
/// nginx, where no real-server case runs it.
const NGINX_SOURCE: &str = "nginx ≥ 1.22 (from the source of 1.22.1 and 1.31.5)";
/// HAProxy: `ssl_sock_load_ocsp_response()` (in `ssl_ocsp.c` from 2.8).
pub const HAPROXY_PROVEN: &str =
    "HAProxy 2.6–3.2 (proven on Debian's 2.6.12 and on 2.8.0, 2.9.0, 3.0.0, 3.1.0 and 3.2.0)";
/// Apache: `stapling_check_response()`, the same for a good response, a
/// wrong CertID and bad times in 2.4.57, 2.4.62 and 2.4.71 (every fixture,
/// both routes, run on each).
pub const APACHE_PROVEN: &str = "Apache 2.4 (proven on Debian's 2.4.71 and on 2.4.57 and 2.4.62)";

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
        nginx_verify(staple, r, context, at),
        haproxy(staple, context, at),
        apache_verdict(staple, r, context, true),
        apache_verdict(staple, r, context, false),
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
                    "Next Update was {}: it is stale, and nginx serves it anyway.",
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
                    "It {}, and nginx will not fetch a new one while ssl_stapling_file is set: replace the file and reload {}.",
                    crate::inspect::freshness::goes_stale(next, at),
                    if next > at { "before then" } else { "now" }
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
        versions: NGINX_PROVEN.to_string(),
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
    let by_signer = nginx_signer_verify(staple, context);
    if signature.valid.is_some() || signature.certificate.is_none() {
        return by_signer;
    }
    // A signature certscope did not check: never "staples" on it, but what
    // the signer decides still decides (OCSP_basic_verify() refuses a
    // delegated responder without its root whatever the signature).
    let unchecked = "certscope could not check its signature, so whether OCSP_basic_verify() passes cannot be told";
    match by_signer {
        BasicVerify::Fails(why) => BasicVerify::Fails(why),
        BasicVerify::Passes => BasicVerify::Depends(unchecked.to_string()),
        BasicVerify::Depends(depends) => {
            BasicVerify::Depends(format!("{unchecked}; and {depends}"))
        }
    }
}

/// What nginx's OCSP_basic_verify() makes of the response's signer, the
/// signature aside.
fn nginx_signer_verify(staple: &Staple, context: Context) -> BasicVerify {
    let signature = &staple.signature;
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
/// order of `ngx_ssl_stapling_issuer()` (at start-up), `ngx_ssl_ocsp_verify()`
/// and `ngx_ssl_stapling_ocsp_handler()`.
fn nginx_verify(
    staple: &Staple,
    r: Option<&SingleResponse>,
    context: Context,
    at: Timestamp,
) -> ServerVerdict {
    let intro = "With ssl_stapling_verify on, nginx checks each response it fetches from the responder (never an ssl_stapling_file).";
    let verdict = |outcome, log: Option<String>, message: String, versions: &str| ServerVerdict {
        server: "nginx ssl_stapling_verify on",
        outcome,
        log,
        message,
        versions: versions.to_string(),
    };
    let refuse = |log: String, why: &str| {
        verdict(
            Outcome::DoesNotStaple,
            Some(log.clone()),
            format!("{intro} It would refuse this one: {why}. It logs \"{log}\"; {NGINX_AFTER_REFUSAL}."),
            NGINX_PROVEN,
        )
    };
    // ngx_ssl_stapling_issuer(): the issuer is looked for after the leaf in
    // ssl_certificate, then in ssl_trusted_certificate; never in a staple.
    if context.issuer_not_served {
        return verdict(
            Outcome::DoesNotStaple,
            Some(NGINX_ISSUER_NOT_FOUND.to_string()),
            format!("nginx never fetches this response: the issuer of the server's certificate is not after it in ssl_certificate (a response may carry it, but nginx looks for the issuer only in ssl_certificate and ssl_trusted_certificate), so at start-up it logs {NGINX_ISSUER_NOT_FOUND} \"…\" and staples nothing for this certificate — unless ssl_trusted_certificate holds the issuer. Serve the leaf followed by its intermediates (fullchain.pem)."),
            NGINX_PROVEN,
        );
    }
    // ngx_ssl_stapling_responder(): the first AIA OCSP URL, "http://" only.
    if context.first_url_not_http {
        return verdict(
            Outcome::DoesNotStaple,
            Some(NGINX_URL_PREFIX.to_string()),
            format!("nginx never fetches a response: the certificate's first OCSP URL, the only one it uses, is not http://, so at start-up it logs \"{NGINX_URL_PREFIX} …\" and staples nothing for this certificate. Name an http:// responder with ssl_stapling_responder, or serve a file (ssl_stapling_file)."),
            NGINX_PROVEN,
        );
    }
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
    match (depends, nginx_after_verify(r, context.server_certificate_given, at)) {
        (None, Err((log, why))) => refuse(log, &why),
        (Some(depends), Err((log, why))) => verdict(
            Outcome::DoesNotStaple,
            None,
            format!(
                "{intro} It would refuse this one: {why}, so it logs \"{log}\" — unless OCSP_basic_verify() fails first ({depends}). Either way {NGINX_AFTER_REFUSAL}."
            ),
            NGINX_PROVEN,
        ),
        (_, Ok(Kept::Never(why))) => verdict(
            Outcome::DoesNotStaple,
            None,
            format!("{intro} {why}"),
            NGINX_SOURCE,
        ),
        (None, Ok(Kept::Until(keep))) => verdict(
            Outcome::Staples,
            None,
            format!("{intro} It would accept this one (no ssl_trusted_certificate is needed for a response signed by the issuer in ssl_certificate) and {keep}."),
            NGINX_PROVEN,
        ),
        (Some(depends), Ok(Kept::Until(keep))) => verdict(
            Outcome::CannotTell,
            None,
            format!(
                "{intro} Whether it staples this one depends on files certscope was not given: {depends}. Its other checks pass; if it accepts it, it {keep}."
            ),
            NGINX_PROVEN,
        ),
    }
}

/// The start of what `ngx_ssl_stapling_issuer()` logs (then the file name).
const NGINX_ISSUER_NOT_FOUND: &str =
    "\"ssl_stapling\" ignored, issuer certificate not found for certificate";

/// The start of what `ngx_ssl_stapling_responder()` logs for a URL that is
/// not `http://`.
const NGINX_URL_PREFIX: &str = "\"ssl_stapling\" ignored, invalid URL prefix in OCSP responder";

/// What nginx does with a response that passed its checks.
enum Kept {
    /// It serves it: how long and when it fetches again.
    Until(String),
    /// It keeps it but never serves it: why.
    Never(String),
}

/// nginx's checks after `OCSP_basic_verify()`: `Ok(what it does with the
/// response)` or `Err((the line it logs, why))`.
fn nginx_after_verify(
    r: Option<&SingleResponse>,
    server_certificate_given: bool,
    at: Timestamp,
) -> Result<Kept, (String, String)> {
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
    // ngx_ssl_certificate_status_callback() serves a staple only while
    // `staple->valid` (its Next Update) is ahead: one fetched in the 5 minutes
    // of skew after its Next Update passes OCSP_check_validity() but is
    // never sent (issue 26 point 14).
    if let Some(next) = r.next_update.filter(|next| *next < at) {
        return Ok(Kept::Never(format!(
            "It would accept this one — OCSP_check_validity() allows 5 minutes of skew — but its Next Update ({next}) has passed, and nginx serves a staple only while its Next Update is ahead, so it never sends it; it asks the responder again 5 minutes later."
        )));
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
    Ok(Kept::Until(keep))
}

/// What HAProxy prints when `ssl_sock_load_ocsp()` fails with a `.ocsp`
/// file present (`ssl_sock_put_ckch_into_ctx()`, `ssl_sock.c`).
const HAPROXY_NO_CERTID: &str =
    "is present and activates OCSP but it is impossible to compute the OCSP certificate ID (maybe the issuer could not be found)";

/// HAProxy loading `<cert>.ocsp` (`ssl_sock_load_ocsp_response`), in its
/// order of checks. It checks no signature.
fn haproxy(staple: &Staple, context: Context, at: Timestamp) -> ServerVerdict {
    let server_certificate_given = context.server_certificate_given;
    let refuse = |log: String| {
        ServerVerdict {
        server: "HAProxy .ocsp",
        outcome: Outcome::DoesNotStaple,
        message: format!("HAProxy ignores this file when it loads the certificate, with the warning \"Loading: {log}. Content will be ignored.\""),
        log: Some(log),
        versions: HAPROXY_PROVEN.to_string(),
    }
    };
    // ssl_sock_load_ocsp() looks for the issuer in the .pem's chain, then in
    // a .issuer file, and fails without one; ssl_sock_put_ckch_into_ctx()
    // makes that ERR_ALERT | ERR_FATAL from 2.6.0 to 3.4, a warning only
    // from 3.5-dev2 (commit e09031673). Issue 26 point 10.
    if context.issuer_not_served {
        return ServerVerdict {
            server: "HAProxy .ocsp",
            outcome: Outcome::DoesNotStaple,
            message: format!("The issuer of the server's certificate is not after it in the .pem (HAProxy never takes it from the response), so unless a <certificate>.pem.issuer file holds it, HAProxy cannot compute the CertID: it prints \"'….pem.ocsp' {HAPROXY_NO_CERTID}'.\" and refuses the configuration — it does not start (3.5 and later only warn and staple nothing). Append the intermediate to the .pem."),
            log: Some(HAPROXY_NO_CERTID.to_string()),
            versions: "HAProxy 2.6–3.4 (proven on Debian's 2.6.12 and on 2.8.0, 2.9.0, 3.0.0, 3.1.0 and 3.2.0; from the source, commit e09031673 makes it a warning in 3.5)".to_string(),
        };
    }
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
    // 3.2's line: "…at least 300s." then ". Content will be ignored.",
    // two dots (ssl_sock_load_ocsp_response(), issue 26 point 17).
    if until < at {
        return ServerVerdict {
            server: "HAProxy .ocsp",
            outcome: Outcome::DoesNotStaple,
            log: None,
            message: format!(
                "HAProxy staples nothing from it: it stops stapling a response 5 minutes before its Next Update ({next}), and that was {}. HAProxy up to 3.1 (Debian 12 has 2.6) loads it without a word; 3.2 and later refuse it at load with \"Loading: OCSP single response: no longer valid. Must be valid during at least 300s.. Content will be ignored.\"",
                until.relative_to(at)
            ),
            versions: "HAProxy 2.6–3.2 (proven on Debian's 2.6.12 and on 2.8.0, 2.9.0, 3.0.0 and 3.1.0, which load it silently, and on 3.2.0, which refuses it at load)".to_string(),
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
            versions: HAPROXY_PROVEN.to_string(),
        };
    }
    ServerVerdict {
        server: "HAProxy .ocsp",
        outcome: Outcome::Staples,
        log: None,
        message,
        versions: HAPROXY_PROVEN.to_string(),
    }
}

/// Apache httpd 2.4 fetching with `SSLUseStapling on`
/// (`stapling_check_response()` in `ssl_util_stapling.c`): no signature
/// check at all; a SHA-1 CertID; and, with `SSLStaplingReturnResponderErrors`
/// on (the default), whatever the responder said is stapled, logged when it
/// is wrong. With it off, an error status, a response for another CertID and
/// one outside its times are not stapled; from 2.4.58 a revoked or unknown
/// status still is (2.4.57 and earlier drop it). Both run on Debian 12's
/// 2.4.71 and on 2.4.57 and 2.4.62 by `tests/servers/real_servers.py`.
fn apache(staple: &Staple, r: Option<&SingleResponse>, context: Context) -> ServerVerdict {
    let default = apache_route(staple, r, context, true);
    let off = apache_route(staple, r, context, false);
    let (outcome, log, mut message, versions) = default;
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
        versions: versions.to_string(),
    }
}

/// The verdict for one `SSLStaplingReturnResponderErrors` setting.
fn apache_verdict(
    staple: &Staple,
    r: Option<&SingleResponse>,
    context: Context,
    return_errors: bool,
) -> ServerVerdict {
    if return_errors {
        return apache(staple, r, context);
    }
    let (outcome, log, message, versions) = apache_route(staple, r, context, false);
    ServerVerdict {
        server: "Apache SSLStaplingReturnResponderErrors off",
        outcome,
        log,
        message,
        versions: versions.to_string(),
    }
}

/// One Apache verdict: outcome, the line it logs, why, for which versions.
type ApacheVerdict = (Outcome, Option<String>, String, &'static str);

/// Apache sends what the responder sent, logging `log`.
fn apache_sent(log: Option<&str>, why: &str) -> ApacheVerdict {
    (
        Outcome::Staples,
        log.map(str::to_string),
        format!("Apache staples what the responder sent, checking no signature{why}."),
        APACHE_PROVEN,
    )
}

/// Apache sends no staple, logging `log`.
fn apache_dropped(log: Option<&str>, why: &str) -> ApacheVerdict {
    (
        Outcome::DoesNotStaple,
        log.map(str::to_string),
        format!("Apache sends no staple: {why}."),
        APACHE_PROVEN,
    )
}

fn apache_route(
    staple: &Staple,
    r: Option<&SingleResponse>,
    context: Context,
    return_errors: bool,
) -> ApacheVerdict {
    let sent = apache_sent;
    let dropped = apache_dropped;
    // stapling_renew_response() refuses a responder URL that is not http
    // (AH01940; AH01939 when it does not parse), returns FALSE, and
    // stapling_cb() logs AH01955 and fails the handshake with
    // SSL_TLSEXT_ERR_ALERT_FATAL (issue 26 points 4 and 15).
    if context.first_url_not_http {
        return (
            Outcome::DoesNotStaple,
            Some("AH01955: stapling_cb: fatal error renewing response".to_string()),
            "Apache never fetches a response: the certificate's first OCSP URL, the only one it uses, is not http://, so renewing fails (AH01940) and Apache aborts every handshake that asks for OCSP status (AH01955): the site is down for browsers. Turn SSLUseStapling off, or name an http:// responder with SSLStaplingForceURL.".to_string(),
            APACHE_PROVEN,
        );
    }
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
    let server_certificate_given = context.server_certificate_given;
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
    apache_found(r, return_errors)
}

/// `stapling_check_response()` once the CertID is found: times, then status.
fn apache_found(r: &SingleResponse, return_errors: bool) -> ApacheVerdict {
    let (sent, dropped) = (apache_sent, apache_dropped);
    let times = "AH01936: stapling_check_response: response times invalid";
    // stapling_check_response() logs the status after the times, whatever
    // they were: a stale and revoked response logs AH01936 and AH02969.
    let status_line = (r.cert_status != CertStatus::Good).then(|| {
        format!(
            "AH02969: stapling_check_response: response has certificate status {}",
            r.cert_status.word()
        )
    });
    let also = status_line
        .as_ref()
        .map(|l| format!(" It also logs \"{l} …\"."))
        .unwrap_or_default();
    // OCSP_check_validity() also refuses a Next Update before This Update.
    if matches!(
        r.freshness,
        Some(Freshness::Stale | Freshness::NotYetValid | Freshness::NextBeforeThis)
    ) {
        let (outcome, log, message, versions) = if return_errors
            && r.freshness == Some(Freshness::Stale)
        {
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
        return (outcome, log, format!("{message}{also}"), versions);
    }
    if let Some(log) = status_line {
        let word = r.cert_status.word();
        let staples = format!(
            "Apache staples it and logs the status: the certificate is {word}, so clients that read the staple refuse the connection."
        );
        // 2.4.57's stapling_check_response() turned a status other than good
        // into SSL_TLSEXT_ERR_NOACK (and AH01943) when
        // SSLStaplingReturnResponderErrors was off; 2.4.58 dropped that.
        return if return_errors {
            (Outcome::Staples, Some(log), staples, APACHE_PROVEN)
        } else {
            (
                Outcome::Staples,
                Some(log),
                format!("{staples} Apache 2.4.57 and earlier (Ubuntu 22.04 has 2.4.52) send no staple instead, and also log AH01943."),
                "Apache ≥ 2.4.58 (proven on Debian's 2.4.71 and on 2.4.62); 2.4.57 and earlier proven on 2.4.57",
            )
        };
    }
    // A good response is cached for SSLStaplingStandardCacheTimeout
    // (stapling_cache_response(), 3600 s by default) and dropped earlier only
    // when get_and_check_cached_response() finds it failing
    // OCSP_check_validity() with 300 s of skew.
    let mut message =
        "Apache staples it (it checks no signature) and caches it for SSLStaplingStandardCacheTimeout (an hour by default), fetching a new one earlier only if this one goes stale (Next Update more than 5 minutes past) before then"
            .to_string();
    if r.certificate.is_none() {
        message.push_str(&format!(
            " — if it is for the server's certificate (serial {}), which was not given",
            r.serial
        ));
    }
    message.push('.');
    (Outcome::Staples, None, message, APACHE_PROVEN)
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
