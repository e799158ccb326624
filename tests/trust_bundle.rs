//! Issue 18: a set of roots is framed as a trust bundle, with no advice for
//! a server's chain.

mod common;

use base64::Engine as _;
use certscope::{analyze, Input, Report, Severity, Timestamp};
use common::{fixture, AT};
use sha2::Digest as _;

fn report(files: &[&str], at: Timestamp) -> Report {
    let inputs: Vec<Input> = files
        .iter()
        .map(|f| Input::new(f.to_string(), fixture(f)))
        .collect();
    analyze(&inputs, at)
}

/// 2100-01-01: every test root has expired.
const FAR: Timestamp = Timestamp(4_102_444_800);

/// (files, at, headline starts with, codes expected, why)
type Case<'a> = (&'a [&'a str], Timestamp, &'a str, &'a [&'a str], &'a str);

#[test]
fn a_set_of_roots_is_a_trust_bundle() {
    let roots = [
        "pki/root-rsa.pem",
        "pki/root-ecdsa.pem",
        "pki/unrelated-root.pem",
    ];
    let table: &[Case] = &[
        (
            &roots,
            AT,
            "A trust bundle of 3 roots, not a server's chain: 0 expired, 0 not CAs, 0 duplicates.",
            &[],
            "three current roots",
        ),
        (
            &roots,
            FAR,
            "A trust bundle of 3 roots, not a server's chain: 3 expired, 0 not CAs, 0 duplicates.",
            &["bundle-expired-root"; 3],
            "expired roots: no \"renew it and point ssl_certificate at\"",
        ),
        (
            &["pki/root-rsa.pem", "pki/root-rsa.pem", "pki/root-ecdsa.pem"],
            AT,
            "A trust bundle of 2 roots, not a server's chain: 0 expired, 0 not CAs, 1 duplicate.",
            &["bundle-duplicate-root"],
            "a root given twice",
        ),
        (
            &["pki/root-rsa.pem", "bundles/self-signed-not-ca.pem"],
            AT,
            "A trust bundle of 2 roots, not a server's chain: 0 expired, 1 not a CA, 0 duplicates.",
            &["bundle-not-ca"],
            "a self-signed CA:FALSE certificate",
        ),
    ];
    for (files, at, headline, codes, why) in table {
        let r = report(files, *at);
        assert!(
            r.summary.headline.starts_with(headline),
            "{why}: {}",
            r.summary.headline
        );
        assert!(
            r.summary
                .headline
                .ends_with(" 0 of them are in the Mozilla root store, as of 2026-10-23, webpki-root-certs 1.0.11."),
            "{why}: the test PKI's roots are in no root program: {}",
            r.summary.headline
        );
        let got: Vec<&str> = r.findings.iter().map(|f| f.code).collect();
        assert_eq!(got, *codes, "{why}");
        // Issue 32: the bundle's own commands (tests/commands.rs), none of
        // a server chain's.
        assert!(
            r.chains.is_empty() && r.commands.iter().all(|c| c.purpose.for_bundle()),
            "{why}: no chain advice"
        );
        assert!(
            r.server_config
                .as_ref()
                .is_some_and(|c| !c.nginx.contains("ssl_certificate ")),
            "{why}: no server chain's configuration"
        );
        for f in &r.findings {
            assert!(
                !f.message.contains("ssl_certificate"),
                "{why}: {}",
                f.message
            );
        }
        assert_eq!(
            r.summary.severity == Severity::Info,
            codes.is_empty(),
            "{why}"
        );
    }
}

#[test]
fn a_chain_or_a_lone_root_is_not_a_bundle() {
    for (files, why) in [
        (
            &["chains/with-root.pem"][..],
            "a chain that includes its root",
        ),
        (&["pki/root-rsa.pem"][..], "one root alone"),
        (
            &["pki/root-rsa.pem", "pki/root-ecdsa.pem", "staples/good.der"][..],
            "roots and a staple",
        ),
    ] {
        let r = report(files, AT);
        assert!(
            !r.summary.headline.contains("trust bundle"),
            "{why}: {}",
            r.summary.headline
        );
    }
    // The advice a server chain does get is unchanged.
    let r = report(&["pki/leaf-expired.pem", "pki/int-rsa.pem"], AT);
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("point ssl_certificate at")));
}

/// Debian's own bundle, through the CLI's JSON as a user would run it.
#[test]
fn debian_ca_certificates_is_framed_as_a_bundle() {
    let path = "/etc/ssl/certs/ca-certificates.crt";
    if !std::path::Path::new(path).exists() {
        assert!(
            !common::tools_required(),
            "{path} is missing (apt-get install ca-certificates)"
        );
        eprintln!("skipped: {path} is missing");
        return;
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(["inspect", "--json", "--at", "2026-11-23T01:00:00Z", path])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let headline = json["summary"]["headline"].as_str().unwrap();
    let given = std::fs::read_to_string(path)
        .unwrap()
        .matches("-----BEGIN CERTIFICATE-----")
        .count();
    assert!(
        headline.starts_with(&format!(
            "A trust bundle of {given} roots, not a server's chain: "
        )),
        "{headline}"
    );
    // The store count, checked independently of certscope's own lookup:
    // the SHA-256 of each PEM block against the crate's certificates.
    let in_store: usize = headline
        .split_once(" of them are in the Mozilla")
        .and_then(|(head, _)| head.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no store count in: {headline}"));
    let store: std::collections::HashSet<Vec<u8>> = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .map(|c| sha2::Sha256::digest(c.as_ref()).to_vec())
        .collect();
    let bundle = std::fs::read_to_string(path).unwrap();
    let mut expected = std::collections::HashSet::new();
    for block in bundle.split("-----BEGIN CERTIFICATE-----").skip(1) {
        let body: String = block
            .split("-----END CERTIFICATE-----")
            .next()
            .unwrap()
            .split_whitespace()
            .collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap();
        let sha = sha2::Sha256::digest(&der).to_vec();
        if store.contains(&sha) {
            expected.insert(sha);
        }
    }
    assert!(
        !expected.is_empty(),
        "Debian's bundle shares roots with Mozilla's store"
    );
    assert_eq!(in_store, expected.len(), "{headline}");
    assert!(headline.contains("of them are in the Mozilla root store, as of"));
    let text = out.stdout.escape_ascii().to_string();
    assert!(
        !text.contains("point ssl_certificate at"),
        "no server advice"
    );
    assert_eq!(json["chains"].as_array().map_or(0, Vec::len), 0);
}
