//! Issue 19: the server verdicts and log-line explanations, one regression
//! test per point of the issue (and issue 13 item 8), each named after it.
//! What the servers really do is checked by tests/servers/real_servers.py
//! (Debian's nginx 1.22, HAProxy 2.6 and Apache 2.4 on loopback); these pin
//! the verdict texts that agree with it.
// `allow-unwrap-in-tests` covers #[test] functions, not their helpers.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use certscope::inspect::commands::troubleshoot::explain_log;
use certscope::{analyze, Input, Report};
use serde_json::Value;

mod common;
use common::{fixture, AT};

const LEAF: &[&str] = &["pki/leaf.pem", "pki/int-rsa.pem"];
const OTHER: &[&str] = &["pki/other-leaf.pem", "pki/int-rsa.pem"];

/// `staple` (a path under tests/fixtures) with the certificates in `with`.
fn report(staple: &str, with: &[&str]) -> Report {
    let mut inputs = vec![Input::new(staple, fixture(staple))];
    inputs.extend(with.iter().map(|p| Input::new(*p, fixture(p))));
    analyze(&inputs, AT)
}

/// The verdict of `server` on the first staple.
fn verdict(staple: &str, with: &[&str], server: &str) -> Value {
    let j: Value = serde_json::from_str(&report(staple, with).to_json()).unwrap();
    j["staples"][0]["server_verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["server"] == server)
        .unwrap_or_else(|| panic!("no {server} verdict"))
        .clone()
}

fn codes(line: &str, with: &[&str]) -> Vec<&'static str> {
    let inputs: Vec<Input> = with.iter().map(|p| Input::new(*p, fixture(p))).collect();
    explain_log(line, &analyze(&inputs, AT).certificates)
        .iter()
        .map(|e| e.code)
        .collect()
}

const NGINX_VERIFY: &str = "nginx ssl_stapling_verify on";
const HAPROXY: &str = "HAProxy .ocsp";
const APACHE: &str = "Apache SSLUseStapling";
const APACHE_OFF: &str = "Apache SSLStaplingReturnResponderErrors off";

#[test]
fn point_1_resolver_is_recommended_not_required() {
    let line = "2026/11/23 01:00:00 [warn] 12#12: no resolver defined to resolve ocsp.example.test while requesting certificate status, responder: ocsp.example.test";
    let inputs: Vec<Input> = LEAF.iter().map(|p| Input::new(*p, fixture(p))).collect();
    let report = analyze(&inputs, AT);
    let explained = explain_log(line, &report.certificates);
    assert_eq!(explained.len(), 1);
    assert!(explained[0].meaning.starts_with("A warning, not a failure"));
    assert!(explained[0].fix.starts_with("Recommended, not required"));
    let nginx = &report.server_config.as_ref().unwrap().nginx;
    assert!(!nginx.contains("it needs a resolver"), "{nginx}");
    assert!(nginx.contains("Recommended, not required."), "{nginx}");
}

#[test]
fn point_2_issuer_signed_response_needs_no_ssl_trusted_certificate() {
    // Signed by R2, which is in ssl_certificate: stapled without a root.
    for staple in ["staples/good.der", "servers/good-no-certs.der"] {
        let v = verdict(staple, LEAF, NGINX_VERIFY);
        assert_eq!(v["outcome"], "staples", "{staple}: {v}");
        assert!(v["message"]
            .as_str()
            .unwrap()
            .contains("no ssl_trusted_certificate is needed"));
    }
    // A delegated responder: only with the root in ssl_trusted_certificate.
    let v = verdict("staples/good-delegated.der", LEAF, NGINX_VERIFY);
    assert_eq!(v["outcome"], "cannot-tell", "{v}");
    assert!(v["message"]
        .as_str()
        .unwrap()
        .contains("when ssl_trusted_certificate holds that root"));
    let inputs: Vec<Input> = LEAF.iter().map(|p| Input::new(*p, fixture(p))).collect();
    let explained = explain_log(
        "[error] 7#7: OCSP_basic_verify() failed (SSL: error:13800065:OCSP routines::certificate verify error:Verify error: unable to get local issuer certificate) while requesting certificate status",
        &analyze(&inputs, AT).certificates,
    );
    assert_eq!(explained[0].code, "nginx-verify-failed");
    assert!(explained[0]
        .meaning
        .contains("passes with no ssl_trusted_certificate at all"));
}

#[test]
fn point_3_validity_is_checked_before_status() {
    let v = verdict("servers/revoked-stale.der", OTHER, NGINX_VERIFY);
    assert_eq!(v["log"], "OCSP_check_validity() failed", "{v}");
    // Revoked and fresh: the status line.
    let v = verdict("staples/revoked.der", OTHER, NGINX_VERIFY);
    assert_eq!(
        v["log"], "certificate status \"revoked\" in the OCSP response",
        "{v}"
    );
}

#[test]
fn point_4_sha256_certid_is_not_found_by_nginx_haproxy_or_apache() {
    let staple = "staples/sha256-certid.der";
    let v = verdict(staple, LEAF, NGINX_VERIFY);
    assert_eq!(v["outcome"], "does-not-staple");
    assert_eq!(
        v["log"],
        "certificate status not found in the OCSP response"
    );
    let v = verdict(staple, LEAF, HAPROXY);
    assert_eq!(v["outcome"], "does-not-staple");
    assert_eq!(
        v["log"],
        "OCSP single response: Certificate ID does not match certificate and issuer"
    );
    let v = verdict(staple, LEAF, APACHE_OFF);
    assert_eq!(v["outcome"], "does-not-staple");
    assert_eq!(
        v["log"],
        "AH01935: stapling_check_response: certificate ID not present in response!"
    );
    // Apache's default (SSLStaplingReturnResponderErrors on) sends it anyway.
    assert_eq!(verdict(staple, LEAF, APACHE)["outcome"], "staples");
}

#[test]
fn point_5_root_signed_response_depends_on_the_root_in_ssl_certificate() {
    for with in [LEAF, &["chains/with-root.pem"][..]] {
        let v = verdict("staples/signed-by-root.der", with, NGINX_VERIFY);
        assert_eq!(v["outcome"], "cannot-tell", "{v}");
        assert_eq!(v["log"], Value::Null);
        assert!(v["message"]
            .as_str()
            .unwrap()
            .contains("when that root is in the ssl_certificate file itself"));
    }
    // Not self-signed and not authorised: refused whatever the files.
    let v = verdict("staples/signed-no-eku.der", LEAF, NGINX_VERIFY);
    assert_eq!(v["log"], "OCSP_basic_verify() failed", "{v}");
}

#[test]
fn point_6_default_server_needs_no_stapling_with_openssl_1_1() {
    let inputs = vec![Input::new("with-root.pem", fixture("chains/with-root.pem"))];
    let report = analyze(&inputs, AT);
    let nginx = &report.server_config.as_ref().unwrap().nginx;
    assert!(!nginx.contains("default_server"), "{nginx}");
    let explained = explain_log(
        "[warn] 1#1: \"ssl_stapling\" ignored, no OCSP responder URL in the certificate \"/etc/ssl/a.pem\"",
        &report.certificates,
    );
    // issue 26 point 17: 1.0.2 already asked the SNI server's.
    assert!(explained[0].fix.contains("only OpenSSL 1.0.1 and earlier"));
    assert!(!explained[0].fix.contains("1.0.x"));
}

#[test]
fn point_7_haproxy_without_an_ocsp_url_is_recognised_by_what_it_prints() {
    let table: [(&str, &[&str]); 4] = [
        (
            "[ALERT]    (9) : config : '/etc/haproxy/certs/a.pem' has an OCSP URI and OCSP auto-update is set to 'on' but an error occurred (maybe the issuer could not be found)'.",
            &["haproxy-no-responder-url"],
        ),
        (
            "[WARNING]  (9) : config : '/etc/haproxy/certs/a.pem' has an OCSP auto-update set to 'on' but an error occurred (maybe the OCSP URI or the issuer could not be found)'.",
            &["haproxy-no-responder-url"],
        ),
        (
            "[WARNING]  (9) : config : '/etc/haproxy/certs/a.pem.ocsp' is present and activates OCSP but it is impossible to compute the OCSP certificate ID (maybe the issuer could not be found)'.",
            &["haproxy-certid-not-computed"],
        ),
        // In HAProxy's source, never printed.
        ("No OCSP URL!", &[]),
    ];
    for (line, want) in table {
        assert_eq!(codes(line, LEAF), want, "{line}");
    }
}

#[test]
fn point_8_haproxy_300_second_margin_differs_by_version() {
    let v = verdict("servers/expiring-in-3-minutes.der", LEAF, HAPROXY);
    assert_eq!(v["outcome"], "does-not-staple", "{v}");
    assert_eq!(v["log"], Value::Null, "2.6 says nothing");
    assert!(v["message"].as_str().unwrap().contains(
        "3.2 and later refuse it at load with \"Loading: OCSP single response: no longer valid. Must be valid during at least 300s."
    ));
    // nginx checks with 5 minutes of skew, so it still staples it.
    assert_eq!(
        verdict("servers/expiring-in-3-minutes.der", LEAF, NGINX_VERIFY)["outcome"],
        "staples"
    );
    assert_eq!(
        codes(
            "[WARNING]  (9) : config : Loading: OCSP single response: no longer valid. Must be valid during at least 300s.. Content will be ignored.",
            LEAF
        ),
        ["haproxy-staple-expiring"]
    );
}

#[test]
fn point_9_a_haproxy_line_gets_only_the_haproxy_meaning() {
    let line = "<OCSP-UPDATE> /etc/haproxy/certs/site.pem 1 \"OCSP response check failure (OCSP_basic_verify() failed)\" 0 1";
    assert_eq!(codes(line, LEAF), ["haproxy-update-failed"]);
    // The same words from nginx are nginx's.
    assert_eq!(
        codes(
            "2026/11/23 01:00:00 [error] 5#5: OCSP_basic_verify() failed (SSL: …) while requesting certificate status, responder: r",
            LEAF
        ),
        ["nginx-verify-failed"]
    );
    // And Apache's are Apache's.
    assert_eq!(
        codes(
            "[Mon Nov 23 01:00:00.000 2026] [ssl:error] [pid 3] AH01936: stapling_check_response: response times invalid",
            LEAF
        ),
        ["apache-response-times-invalid"]
    );
}

#[test]
fn point_10_nginx_keeps_its_last_staple_and_refreshes_hourly_without_next_update() {
    let v = verdict("staples/stale.der", LEAF, NGINX_VERIFY);
    assert!(v["message"].as_str().unwrap().contains(
        "if it already had a good response from an earlier fetch, keeps serving that one until its Next Update"
    ));
    let v = verdict("staples/no-next-update.der", LEAF, NGINX_VERIFY);
    assert_eq!(v["outcome"], "staples");
    assert!(v["message"].as_str().unwrap().contains("every hour"));
}

#[test]
fn issue_13_item_8_signer_absent_from_inputs_is_cannot_tell() {
    let v = verdict("servers/delegated-no-certs.der", LEAF, NGINX_VERIFY);
    assert_eq!(v["outcome"], "cannot-tell", "{v}");
    assert_eq!(
        v["log"],
        Value::Null,
        "no definite OCSP_basic_verify() failure"
    );
    let message = v["message"].as_str().unwrap();
    assert!(
        message.contains("never in ssl_trusted_certificate"),
        "{message}"
    );
    assert!(
        message.contains("signer certificate not found"),
        "{message}"
    );
    // Given the responder's certificate, it is a delegated responder.
    let v = verdict(
        "servers/delegated-no-certs.der",
        &["pki/leaf.pem", "pki/int-rsa.pem", "pki/responder.pem"],
        NGINX_VERIFY,
    );
    assert_eq!(v["outcome"], "cannot-tell", "{v}");
    // A later failure is certain, but not the line: OCSP_basic_verify() may fail first.
    let v = verdict("servers/delegated-no-certs.der", OTHER, NGINX_VERIFY);
    assert_eq!(v["outcome"], "does-not-staple", "{v}");
    assert_eq!(v["log"], Value::Null);
}

#[test]
fn apache_staples_what_it_fetched_unless_told_not_to() {
    // (staple, certificates, default route, SSLStaplingReturnResponderErrors off)
    let table: [(&str, &[&str], &str, &str); 5] = [
        ("staples/good.der", LEAF, "staples", "staples"),
        ("staples/stale.der", LEAF, "staples", "does-not-staple"),
        (
            "staples/status-try-later.der",
            LEAF,
            "staples",
            "does-not-staple",
        ),
        ("staples/revoked.der", OTHER, "staples", "staples"),
        ("staples/signed-by-root.der", LEAF, "staples", "staples"),
    ];
    for (staple, with, default, off) in table {
        assert_eq!(
            verdict(staple, with, APACHE)["outcome"],
            default,
            "{staple}"
        );
        assert_eq!(
            verdict(staple, with, APACHE_OFF)["outcome"],
            off,
            "{staple}"
        );
    }
}
