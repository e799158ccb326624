//! The `certscope` binary: exit codes, JSON, text, --help.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use std::process::Command;

fn certscope(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const AT: &str = "2026-11-23T01:00:00Z";

#[test]
fn exit_codes() {
    // (arguments, exit code, why)
    let table: &[(&[&str], i32, &str)] = &[
        (
            &["inspect", "--at", AT, "chains/correct.pem"],
            0,
            "a valid chain",
        ),
        (
            &["inspect", "--at", AT, "pki/leaf.pem"],
            1,
            "a leaf without its intermediate is an incomplete chain (issue 3)",
        ),
        (
            &["inspect", "--at", AT, "pki/leaf-expired.pem"],
            1,
            "an error finding",
        ),
        (
            &["inspect", "--at", AT, "inputs/hostile/junk.txt"],
            1,
            "an unreadable input is an error finding",
        ),
        (&["inspect", "no/such/file.pem"], 2, "unreadable file"),
        (&["inspect"], 2, "no file"),
        (
            &["inspect", "--at", "yesterday", "pki/leaf.pem"],
            2,
            "bad --at",
        ),
        (
            &["inspect", "--frobnicate", "pki/leaf.pem"],
            2,
            "unknown option",
        ),
        (&["frobnicate"], 2, "unknown command"),
        (&["--help"], 0, "help"),
    ];
    for (args, code, why) in table {
        assert_eq!(certscope(args).0, *code, "{why}: {args:?}");
    }
}

#[test]
fn json_has_the_stable_names() {
    let (code, stdout, _) = certscope(&[
        "inspect",
        "--json",
        "--at",
        AT,
        "chains/with-root.pem",
        "staples/good.der",
    ]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["certscope_report"], 1);
    assert_eq!(json["evaluated_at"], AT);
    assert_eq!(json["inputs"][0]["name"], "chains/with-root.pem");
    assert_eq!(json["inputs"][0]["objects"][0]["kind"], "certificate");
    assert_eq!(json["inputs"][1]["objects"][0]["kind"], "ocsp-response");
    let leaf = &json["certificates"][0];
    assert_eq!(leaf["subject"], "CN=www.example.test,O=certscope tests");
    assert_eq!(
        leaf["issuer"],
        "CN=certscope Test Intermediate R2,O=certscope tests"
    );
    assert_eq!(leaf["serial"], "1001");
    assert_eq!(leaf["not_before"], "2026-01-01T00:00:00Z");
    assert_eq!(leaf["not_after"], "2027-06-01T00:00:00Z");
    assert_eq!(leaf["is_ca"], false);
    assert_eq!(
        leaf["ocsp_urls"],
        serde_json::json!(["http://ocsp.example.test/"])
    );
    assert_eq!(
        leaf["ca_issuers_urls"],
        serde_json::json!(["http://ca.example.test/int-r2.der"])
    );
    assert_eq!(
        leaf["crl_urls"],
        serde_json::json!(["http://crl.example.test/int-r2.crl"])
    );
    assert_eq!(leaf["must_staple"], false);
    assert_eq!(leaf["sha256"].as_str().unwrap().len(), 64);
    assert!(
        json["certificates"][2]["authority_key_id"].is_null(),
        "OpenSSL 3.0 roots carry no AKI"
    );
    assert!(json["findings"].is_array());
}

#[test]
fn must_staple_and_no_ocsp_url() {
    let (_, stdout, _) = certscope(&[
        "inspect",
        "--json",
        "--at",
        AT,
        "pki/leaf-must-staple.pem",
        "pki/leaf-no-ocsp.pem",
    ]);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["certificates"][0]["must_staple"], true);
    assert_eq!(json["certificates"][1]["ocsp_urls"], serde_json::json!([]));
    assert_eq!(json["certificates"][1]["public_key"]["summary"], "EC P-256");
}

#[test]
fn stdin_and_text_output() {
    let leaf = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pki/leaf.pem"
    ))
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(["inspect", "--at", AT, "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&leaf).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("stdin"), "{text}");
    assert!(
        text.contains("OCSP         http://ocsp.example.test/"),
        "{text}"
    );
}

#[test]
fn help_has_examples() {
    let (_, stdout, _) = certscope(&["--help"]);
    assert!(stdout.contains("Examples:"));
    assert!(stdout.contains("certscope inspect"));
}

#[test]
fn host_and_explain_options() {
    let line = "2026/11/23 [warn] 1#1: \"ssl_stapling\" ignored, issuer certificate not found for certificate \"/etc/nginx/leaf.pem\"";
    let (code, stdout, _) = certscope(&[
        "inspect",
        "--json",
        "--at",
        AT,
        "--host",
        "shop.example",
        "--explain",
        line,
        "chains/with-root.pem",
    ]);
    // The leaf is www.example.test's: a host it does not cover is an error
    // finding (issue 15), so the exit status is 1.
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["hosts"][0]["covered"], false);
    assert_eq!(json["explanations"][0]["code"], "nginx-issuer-not-found");
    let check = json["commands"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "check-server")
        .unwrap();
    assert!(
        check["command"]
            .as_str()
            .unwrap()
            .contains("-servername shop.example"),
        "{check}"
    );
    let (_, text, _) = certscope(&[
        "inspect",
        "--at",
        AT,
        "--explain",
        line,
        "chains/with-root.pem",
    ]);
    assert!(text.contains("Log line explained"), "{text}");
    assert_eq!(
        certscope(&["inspect", "--host"]).0,
        2,
        "--host without a value"
    );
}

/// Issue 25: `--root` names the anchors; the client's verdict is a line of
/// the chain section, and a refusal exits 1.
#[test]
fn roots_given_with_root_decide_the_client_verdict() {
    // (arguments, exit code, text the output must hold, why)
    let table: &[(&[&str], i32, &str, &str)] = &[
        (
            &["inspect", "--at", AT, "--host", "bar.example.com", "--root", "validation/nc-violation-root.pem", "validation/nc-violation-chain.pem"],
            1,
            "Clients: REFUSE (rustls-webpki, your roots): a name in the leaf is outside the name constraints",
            "CVE-2025-61727: an excluded subtree the leaf's wildcard falls under",
        ),
        (
            &["inspect", "--at", AT, "--host", "example.com", "--root", "validation/nc-ok-root.pem", "validation/nc-ok-chain.pem"],
            0,
            "Clients: ACCEPT (rustls-webpki, your roots)",
            "a permitted subtree the leaf's name is in",
        ),
        (
            &["inspect", "--at", AT, "chains/correct.pem"],
            0,
            "Clients: cannot tell: no anchor",
            "a private chain without its root is not refused: certscope cannot tell",
        ),
    ];
    for (args, code, text, why) in table {
        let (got, out, err) = certscope(args);
        assert_eq!(got, *code, "{why}: {out}{err}");
        assert!(out.contains(text), "{why}: {text:?} not in\n{out}");
    }
}

/// Issue 32: `--server` makes the headline, the configuration and the
/// staple timer follow the server a person runs; without it the headline
/// names no server and every server's configuration is written.
/// (server, files, words the headline ends with, configuration sections
/// written, whether the staple timer is there and what it reloads.)
#[test]
fn the_server_choice_is_followed() {
    type Case<'a> = (
        Option<&'a str>,
        &'a [&'a str],
        &'a str,
        &'a [&'a str],
        Option<&'a str>,
    );
    let all: &[&str] = &["nginx", "HAProxy", "Apache httpd", "Caddy"];
    let table: &[Case] = &[
        (None, &["chains/reversed.pem"], "Put the leaf first (the fullchain.pem below).", all, Some("systemctl reload nginx")),
        (Some("nginx"), &["chains/reversed.pem"], "nginx -t fails with \"key values mismatch\".", &["nginx"], Some("systemctl reload nginx")),
        (Some("haproxy"), &["chains/reversed.pem"], "HAProxy does not start: \"inconsistencies between private key and certificate loaded\".", &["HAProxy"], Some("systemctl reload haproxy")),
        (Some("apache2"), &["chains/reversed.pem"], "Apache does not start: AH02565, certificate and private key do not match.", &["Apache httpd"], None),
        (Some("Caddy"), &["chains/reversed.pem"], "Caddy does not load it: \"tls: private key does not match public key\".", &["Caddy"], None),
        (None, &["chains/correct.pem", "staples/stale.der"], "Fetch a fresh one.", all, Some("systemctl reload nginx")),
        (Some("nginx"), &["chains/correct.pem", "staples/stale.der"], "the refresh-staple-file timer keeps it fresh.", &["nginx"], Some("systemctl reload nginx")),
        (Some("haproxy"), &["chains/correct.pem", "staples/stale.der"], "(HAProxy 3.0+: ocsp-update on).", &["HAProxy"], Some("cp -f -- staple.der /etc/haproxy/certs/www.example.test.pem.ocsp")),
        (Some("apache"), &["chains/correct.pem", "staples/stale.der"], "reads no staple file: check what it serves (check-server).", &["Apache httpd"], None),
        (Some("caddy"), &["chains/correct.pem", "staples/stale.der"], "reads no staple file: check what it serves (check-server).", &["Caddy"], None),
        (Some("haproxy"), &["pki/leaf-no-ocsp.pem", "pki/int-ecdsa.pem", "pki/root-ecdsa.pem"], "ocsp-update on for this certificate stops HAProxy from starting: turn it off.", &["HAProxy"], None),
    ];
    for (server, files, end, configs, timer) in table {
        let mut args = vec!["inspect", "--at", AT];
        if let Some(s) = server {
            args.extend(["--server", s]);
        }
        args.extend(files.iter());
        let (_, out, err) = certscope(&args);
        let headline = out.lines().nth(1).unwrap();
        assert!(headline.ends_with(end), "{server:?}: {headline}\n{err}");
        if server.is_none() {
            for name in ["nginx", "HAProxy", "Apache", "Caddy"] {
                assert!(
                    !headline.contains(name),
                    "no server chosen, none named: {headline}"
                );
            }
        }
        let written: Vec<&str> = out
            .lines()
            .filter_map(|l| l.strip_prefix("Server configuration: "))
            .collect();
        assert_eq!(&written, configs, "{server:?} {files:?}");
        let has_timer = out.contains("# refresh-staple-file for");
        assert_eq!(has_timer, timer.is_some(), "{server:?} {files:?}");
        if let Some(words) = timer {
            assert!(out.contains(words), "{server:?}: no {words:?}");
        }
    }
    let (code, _, err) = certscope(&["inspect", "--server", "lighttpd", "chains/correct.pem"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("none of nginx, haproxy, apache, caddy"),
        "{err}"
    );
}
