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

/// A delegated responder's response whose signature certscope cannot check
/// (Ed448): still "cannot tell", but naming what nginx decides on whatever
/// the signature, its responder's root (real_servers.py: nginx refuses it
/// without the root in ssl_trusted_certificate, and staples it with).
#[test]
fn an_unchecked_signature_still_names_the_responders_root() {
    let v = verdict("staples/signed-ed448-responder.der", LEAF, NGINX_VERIFY);
    assert_eq!(v["outcome"], "cannot-tell", "{v}");
    let message = v["message"].as_str().unwrap();
    assert!(
        message.contains("certscope could not check its signature"),
        "{message}"
    );
    assert!(
        message.contains("when ssl_trusted_certificate holds that root"),
        "{message}"
    );
    assert!(
        message.contains("unable to get local issuer certificate"),
        "{message}"
    );
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
    let codes: Vec<&str> = report("servers/delegated-no-certs.der", LEAF)
        .findings
        .iter()
        .map(|f| f.code)
        .collect();
    assert!(codes.contains(&"staple-signer-not-found"), "{codes:?}");
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

// Issue 26: each claim checked against the servers' sources, one test per
// point, each failing on the text it replaced.

/// The verdict of `server` on the first staple, at `at`.
fn verdict_at(staple: &str, with: &[&str], server: &str, at: certscope::Timestamp) -> Value {
    let mut inputs = vec![Input::new(staple, fixture(staple))];
    inputs.extend(with.iter().map(|p| Input::new(*p, fixture(p))));
    let j: Value = serde_json::from_str(&analyze(&inputs, at).to_json()).unwrap();
    j["staples"][0]["server_verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["server"] == server)
        .unwrap_or_else(|| panic!("no {server} verdict"))
        .clone()
}

/// The one explanation of `line` against `with`.
fn explained(line: &str, with: &[&str]) -> certscope::inspect::commands::Explanation {
    let inputs: Vec<Input> = with.iter().map(|p| Input::new(*p, fixture(p))).collect();
    let mut all = explain_log(line, &analyze(&inputs, AT).certificates);
    assert_eq!(all.len(), 1, "{line}: {all:?}");
    all.remove(0)
}

fn text(v: &Value, field: &str) -> String {
    v[field].as_str().unwrap_or_default().to_string()
}

#[test]
fn issue_26_points_1_2_haproxy_ocsp_load_failures_are_fatal() {
    const NO_URL: &[&str] = &["pki/leaf-no-ocsp.pem", "pki/int-ecdsa.pem"];
    // (line, certificates, the meaning says, the inputs say, never said)
    let table: [(&str, &[&str], &str, &str, &str); 4] = [
        (
            "[ALERT]    (9) : config : '/etc/haproxy/certs/a.pem' has an OCSP auto-update set to 'on' but an error occurred (maybe the OCSP URI or the issuer could not be found)'.",
            LEAF,
            "do not start",
            "did not find its issuer",
            "the server is not using this certificate",
        ),
        (
            "[ALERT]    (9) : config : '/etc/haproxy/certs/a.pem' has an OCSP auto-update set to 'on' but an error occurred (maybe the OCSP URI or the issuer could not be found)'.",
            NO_URL,
            "From 3.0",
            "on HAProxy 2.8 and 2.9 that is why",
            "the server is not using this certificate",
        ),
        (
            "[ALERT]    (9) : config : '/etc/haproxy/certs/a.pem' has an OCSP URI and OCSP auto-update is set to 'on' but an error occurred (maybe the issuer could not be found)'.",
            LEAF,
            "2.8.0 and 2.9.0",
            "did not find its issuer",
            "check which file it loads",
        ),
        (
            "[ALERT]    (9) : config : '/etc/haproxy/certs/a.pem.ocsp' is present and activates OCSP but it is impossible to compute the OCSP certificate ID (maybe the issuer could not be found)'.",
            LEAF,
            "refuse the configuration and do not start",
            "",
            "The .ocsp file is not used.",
        ),
    ];
    for (line, with, meaning, inputs, never) in table {
        let e = explained(line, with);
        assert!(e.meaning.contains(meaning), "{line}: {}", e.meaning);
        assert!(e.inputs.contains(inputs), "{line}: {}", e.inputs);
        for said in [&e.meaning, &e.inputs, &e.fix] {
            assert!(!said.contains(never), "{line}: {said}");
        }
    }
}

#[test]
fn issue_26_point_3_no_ocsp_advice_warns_haproxy_2_8_and_2_9() {
    let advice = certscope::inspect::commands::crl::without_ocsp(&[
        "http://crl.example.test/e2.crl".to_string(),
    ]);
    assert!(
        advice.contains("On HAProxy 2.8 and 2.9 turn ocsp-update off"),
        "{advice}"
    );
    assert!(advice.contains("HAProxy does not start"), "{advice}");
    assert!(
        !advice.contains(
            "ocsp-update and the .ocsp file (HAProxy), SSLUseStapling (Apache), or leave them"
        ),
        "{advice}"
    );
    let doc = include_str!("../docs/revocation-without-ocsp.md");
    assert!(
        !doc.contains("or leave them: it is harmless"),
        "docs/revocation-without-ocsp.md"
    );
}

#[test]
fn issue_26_point_4_apache_ah01955_is_a_renewal_that_could_not_start() {
    let e = explained(
        "[ssl:error] [pid 3] AH01955: stapling_cb: fatal error renewing response",
        LEAF,
    );
    assert!(
        e.meaning.contains("AH01955 is not a network failure"),
        "{}",
        e.meaning
    );
    assert!(e.meaning.contains("the site is down for browsers"));
    assert!(e.meaning.contains("debug level only"));
    assert!(!e.meaning.contains("AH01944: an error status;"));
    let e = explained(
        "[ssl:error] [pid 3] AH01940: stapling_renew_response: Unsupported uri https://ocsp.example.test/",
        LEAF,
    );
    assert!(e.meaning.contains("AH01955"), "{}", e.meaning);
    assert!(e.fix.starts_with("Turn SSLUseStapling off"), "{}", e.fix);
}

/// Run on 2.4.57, 2.4.62 and 2.4.71 (real_servers.py's issue-26 cases,
/// issue 26b): after AH01941 the handshake goes on, never AH01955, whatever
/// SSLStaplingFakeTryLater says; the faked tryLater is kept for the good
/// response's timeout; with it off nothing is stapled or cached.
#[test]
fn issue_26b_apache_ah01941_never_leads_to_ah01955() {
    let e = explained(
        "[ssl:error] [pid 3] AH01941: stapling_renew_response: responder error",
        LEAF,
    );
    assert_eq!(e.code, "apache-responder-error");
    assert!(
        !e.meaning
            .contains("or AH01941 with SSLStaplingFakeTryLater off"),
        "{}",
        e.meaning
    );
    assert!(e.meaning.contains("the handshake goes on"), "{}", e.meaning);
    assert!(
        e.meaning
            .contains("keeps it for SSLStaplingStandardCacheTimeout"),
        "{}",
        e.meaning
    );
    assert!(
        e.meaning
            .contains("with it off it sends no staple and asks again at the next handshake"),
        "{}",
        e.meaning
    );
    assert!(
        !e.fix.contains("keep SSLStaplingFakeTryLater on"),
        "{}",
        e.fix
    );
}

/// The matrix ran Apache 2.4.57 and 2.4.62 (issue 26b): a revoked response
/// with SSLStaplingReturnResponderErrors off is dropped by 2.4.57 (AH01943)
/// and stapled by 2.4.62, so both halves are proven, not read. HAProxy 2.9.0
/// and 3.1.0 joined 2.8.0, 3.0.0 and 3.2.0.
#[test]
fn issue_26b_versions_proven_on_built_servers() {
    let v = verdict("staples/good.der", LEAF, HAPROXY);
    assert!(
        text(&v, "versions").contains("2.8.0, 2.9.0, 3.0.0, 3.1.0 and 3.2.0"),
        "{v}"
    );
    let v = verdict("staples/revoked.der", OTHER, APACHE_OFF);
    assert_eq!(
        text(&v, "versions"),
        "Apache ≥ 2.4.58 (proven on Debian's 2.4.71 and on 2.4.62); 2.4.57 and earlier proven on 2.4.57"
    );
    let v = verdict("staples/good.der", LEAF, APACHE);
    assert_eq!(
        text(&v, "versions"),
        "Apache 2.4 (proven on Debian's 2.4.71 and on 2.4.57 and 2.4.62)"
    );
}

#[test]
fn issue_26_point_5_the_nginx_snippet_sets_no_resolver() {
    let inputs: Vec<Input> = LEAF.iter().map(|p| Input::new(*p, fixture(p))).collect();
    let report = analyze(&inputs, AT);
    let nginx = &report.server_config.as_ref().unwrap().nginx;
    assert!(
        !nginx
            .lines()
            .any(|l| l.trim_start().starts_with("resolver")),
        "{nginx}"
    );
    assert!(!nginx.contains("127.0.0.53"), "{nginx}");
    assert!(
        nginx.contains("once it is set nginx asks only it"),
        "{nginx}"
    );
}

#[test]
fn issue_26_point_6_ssl_trusted_certificate_only_for_the_root() {
    let inputs = vec![Input::new("correct.pem", fixture("chains/correct.pem"))];
    let report = analyze(&inputs, AT);
    let root = report
        .findings
        .iter()
        .find(|f| f.code == "chain-root-not-included")
        .expect("chain-root-not-included");
    assert!(
        !root
            .message
            .contains("which nginx needs for ssl_stapling_verify, must also hold"),
        "{}",
        root.message
    );
    assert!(root.message.contains("needs no ssl_trusted_certificate"));
    let report = analyze(
        &[
            Input::new("stale.der", fixture("staples/stale.der")),
            Input::new("leaf.pem", fixture("pki/leaf.pem")),
            Input::new("int-rsa.pem", fixture("pki/int-rsa.pem")),
        ],
        AT,
    );
    let stale = report
        .findings
        .iter()
        .find(|f| f.code == "staple-stale")
        .unwrap();
    assert!(
        !stale
            .message
            .contains("ssl_stapling_verify on with ssl_trusted_certificate"),
        "{}",
        stale.message
    );
    let doc = include_str!("../docs/ocsp-stapling-nginx.md");
    assert!(!doc.contains("it uses it to check the responder's signature"));
}

#[test]
fn issue_26_points_7_16_nginx_fetch_lines() {
    let e = explained(
        "[error] 7#7: certificate status not found in the OCSP response while requesting certificate status, responder: r",
        LEAF,
    );
    assert!(
        !e.meaning.contains("staple file is for another certificate"),
        "{}",
        e.meaning
    );
    assert!(e.meaning.contains("never checks an ssl_stapling_file"));
    assert!(e
        .meaning
        .contains("A cross-signed copy of the right intermediate cannot cause it"));
    let e = explained(
        "[error] 7#7: certificate status \"revoked\" in the OCSP response while requesting certificate status, responder: r",
        LEAF,
    );
    assert!(
        e.meaning.contains("keeps serving the last good response"),
        "{}",
        e.meaning
    );
}

#[test]
fn issue_26_point_8_a_staple_for_another_certificate_is_served_from_a_file() {
    let inputs: Vec<Input> = ["staples/good.der", "pki/other-leaf.pem", "pki/int-rsa.pem"]
        .iter()
        .map(|p| Input::new(*p, fixture(p)))
        .collect();
    let report = analyze(&inputs, AT);
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "staple-certificate-not-found")
        .unwrap();
    assert!(
        f.message
            .contains("As an ssl_stapling_file nginx serves it silently"),
        "{}",
        f.message
    );
    assert!(!f
        .message
        .contains(". nginx logs \"certificate status not found"));
}

#[test]
fn issue_26_point_9_docs_issuer_not_found_is_not_the_order() {
    let doc = include_str!("../docs/ocsp-stapling-nginx.md");
    let row = doc
        .lines()
        .find(|l| l.contains("ignored, issuer certificate not found for certificate"))
        .unwrap();
    assert!(!row.contains("come before the leaf"), "{row}");
}

#[test]
fn issue_26_point_10_the_issuer_must_be_served() {
    // (staple, certificates): a leaf alone; the issuer only inside the staple.
    let table: [(&str, &[&str]); 2] = [
        ("servers/good-no-certs.der", &["pki/leaf.pem"]),
        ("staples/good.der", &["pki/leaf.pem"]),
    ];
    for (staple, with) in table {
        let v = verdict(staple, with, NGINX_VERIFY);
        assert_eq!(v["outcome"], "does-not-staple", "{staple}: {v}");
        assert_eq!(
            v["log"],
            "\"ssl_stapling\" ignored, issuer certificate not found for certificate"
        );
        let v = verdict(staple, with, HAPROXY);
        assert_eq!(v["outcome"], "does-not-staple", "{staple}: {v}");
        assert!(text(&v, "message").contains("it does not start"), "{v}");
        assert!(text(&v, "versions").contains("2.6–3.4"), "{v}");
        // The file route never looks for the issuer.
        assert_eq!(
            verdict(staple, with, "nginx ssl_stapling_file")["outcome"],
            "staples"
        );
    }
    // Served with its issuer: unchanged.
    assert_eq!(
        verdict("staples/good.der", LEAF, NGINX_VERIFY)["outcome"],
        "staples"
    );
    assert_eq!(
        verdict("staples/good.der", LEAF, HAPROXY)["outcome"],
        "staples"
    );
}

#[test]
fn issue_26_points_11_12_apache_cache_and_revoked_by_version() {
    let v = verdict("staples/good.der", LEAF, APACHE);
    assert!(!text(&v, "message").contains("about to go stale"), "{v}");
    assert!(text(&v, "message").contains("SSLStaplingStandardCacheTimeout"));
    let v = verdict("staples/revoked.der", OTHER, APACHE_OFF);
    assert_eq!(v["outcome"], "staples");
    assert!(text(&v, "versions").starts_with("Apache ≥ 2.4.58"), "{v}");
    assert!(text(&v, "message").contains("2.4.57 and earlier"), "{v}");
    // Stale and revoked: both lines.
    let v = verdict("servers/revoked-stale.der", OTHER, APACHE);
    assert_eq!(
        v["log"],
        "AH01936: stapling_check_response: response times invalid"
    );
    assert!(text(&v, "message").contains("AH02969"), "{v}");
    let e = explained(
        "[ssl:error] [pid 3] AH01943: stapling_renew_response: error in retrieved response!",
        LEAF,
    );
    assert!(
        !e.meaning.contains("bad times or not good"),
        "{}",
        e.meaning
    );
    assert!(e.meaning.contains("Up to 2.4.57"));
}

#[test]
fn issue_26_point_13_openssl_words_nextupdate_before_thisupdate() {
    let inputs: Vec<Input> = [
        "names/next-before-this.der",
        "pki/leaf.pem",
        "pki/int-rsa.pem",
    ]
    .iter()
    .map(|p| Input::new(*p, fixture(p)))
    .collect();
    let report = analyze(&inputs, AT);
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "staple-next-update-before-this-update")
        .unwrap();
    assert!(
        f.message.contains("\"nextupdate before thisupdate\""),
        "{}",
        f.message
    );
}

#[test]
fn issue_26_point_14_nginx_never_serves_past_next_update() {
    // Next Update 01:03:00; at 01:05 the 300 s skew still passes it.
    let at = certscope::Timestamp::parse_rfc3339("2026-11-23T01:05:00Z").unwrap();
    let v = verdict_at("servers/expiring-in-3-minutes.der", LEAF, NGINX_VERIFY, at);
    assert_eq!(v["outcome"], "does-not-staple", "{v}");
    assert!(text(&v, "message").contains("never sends it"), "{v}");
    assert!(text(&v, "versions").contains("from the source"), "{v}");
    // Before Next Update it staples it.
    assert_eq!(
        verdict("servers/expiring-in-3-minutes.der", LEAF, NGINX_VERIFY)["outcome"],
        "staples"
    );
}

#[test]
fn issue_26_point_15_servers_use_the_first_ocsp_url() {
    let with: &[&str] = &["servers/issue26/leaf-https-first.pem", "pki/int-rsa.pem"];
    let staple = "servers/issue26/good-https-first.der";
    let v = verdict(staple, with, NGINX_VERIFY);
    assert_eq!(v["outcome"], "does-not-staple", "{v}");
    assert_eq!(
        v["log"],
        "\"ssl_stapling\" ignored, invalid URL prefix in OCSP responder"
    );
    for server in [APACHE, APACHE_OFF] {
        let v = verdict(staple, with, server);
        assert_eq!(v["outcome"], "does-not-staple", "{v}");
        assert_eq!(
            v["log"],
            "AH01955: stapling_cb: fatal error renewing response"
        );
    }
    let inputs: Vec<Input> = with.iter().map(|p| Input::new(*p, fixture(p))).collect();
    let report = analyze(&inputs, AT);
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "ocsp-https-responder-url")
        .expect("the first URL is https://");
    assert!(
        f.message.contains("Servers use only the first OCSP URL"),
        "{}",
        f.message
    );
}

#[test]
fn issue_26_point_17_small_wording() {
    let v = verdict("servers/expiring-in-3-minutes.der", LEAF, HAPROXY);
    assert!(
        text(&v, "message").contains("at least 300s.. Content will be ignored."),
        "{v}"
    );
    let request = include_str!("../src/inspect/commands/request.rs");
    assert!(!request.contains("as HAProxy and nginx count it"));
}

#[test]
fn issue_26_every_verdict_names_its_versions() {
    let table: [(&str, &[&str]); 5] = [
        ("staples/good.der", LEAF),
        ("staples/stale.der", LEAF),
        ("staples/revoked.der", OTHER),
        ("staples/status-try-later.der", LEAF),
        ("staples/good.der", &["pki/leaf.pem"]),
    ];
    for (staple, with) in table {
        let j: Value = serde_json::from_str(&report(staple, with).to_json()).unwrap();
        for v in j["staples"][0]["server_verdicts"].as_array().unwrap() {
            let versions = text(v, "versions");
            assert!(
                versions.contains("proven on Debian's") || versions.contains("from the source of"),
                "{staple}: {v}"
            );
        }
    }
}
