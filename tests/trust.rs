//! Issue 15: the trust store, host names, SCTs and key matching, over real
//! public chains (tests/fixtures/trust/public, see SOURCES.md there) and
//! generated corner cases (tests/fixtures/trust/generate.sh). Verdicts are
//! compared with the openssl CLI over the same store and certificates.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use base64::Engine as _;
use certscope::inspect::chain::pem;
use certscope::inspect::trust;
use certscope::{analyze, analyze_with, Input, Options, Report, Severity};
use std::process::Command;

mod common;
use common::{fixture, AT};

fn inspect(paths: &[&str]) -> Report {
    let inputs: Vec<Input> = paths.iter().map(|p| Input::new(*p, fixture(p))).collect();
    analyze(&inputs, AT)
}

/// A certificate's subject and short name as certscope renders them (the
/// fixture holding it alone is analysed).
fn rendered(file: &str) -> (String, String) {
    let c = &inspect(&[file]).certificates[0];
    (c.subject.clone(), c.display_name().to_string())
}

/// The first chain's validation (the chains these tests read have one).
fn first_validation(report: &Report) -> &certscope::inspect::chain::Validation {
    report.chains[0]
        .trust
        .as_ref()
        .unwrap()
        .validation
        .as_ref()
        .unwrap()
}

fn codes(report: &Report) -> Vec<&str> {
    report.findings.iter().map(|f| f.code).collect()
}

fn finding<'a>(report: &'a Report, code: &str) -> &'a certscope::inspect::Finding {
    report
        .findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", report.findings))
}

/// The store as one PEM file, for `openssl verify -CAfile`.
fn store_pem(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("mozilla-store.pem");
    let all: String = webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .map(|der| pem(der.as_ref()))
        .collect();
    std::fs::write(&path, all).unwrap();
    path
}

/// openssl's verdict on a chain file (its first certificate the leaf, the
/// rest untrusted), over the store only: no system CA path or store.
fn openssl_trusts(store: &std::path::Path, file: &str) -> bool {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    common::openssl_verify(store, path.as_ref(), None, &["-no_check_time"])
        .status
        .success()
}

#[test]
fn store_version_and_date_follow_the_locked_crate() {
    let lock =
        std::fs::read_to_string(format!("{}/Cargo.lock", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let entry = format!(
        "name = \"webpki-root-certs\"\nversion = \"{}\"",
        trust::STORE_VERSION
    );
    assert!(
        lock.contains(&entry),
        "Cargo.lock's webpki-root-certs is not {}: update STORE_VERSION and AS_OF (the release's publication date) in src/inspect/trust.rs",
        trust::STORE_VERSION
    );
    assert_eq!(trust::AS_OF.len(), 10);
    // Every root of the crate decodes, so none is silently left out.
    assert_eq!(
        trust::roots().len(),
        webpki_root_certs::TLS_SERVER_ROOT_CERTS.len()
    );
    assert!(trust::roots().len() > 100);
}

#[test]
fn trust_verdicts_agree_with_openssl_verify_over_the_same_store() {
    let dir = tempdir();
    let store = store_pem(&dir);
    // [file, anchor the chain ends in (None: not in the store), why]
    let amazon1 = rendered("trust/public/amazon-root-ca-1.pem").0;
    // Amazon Root CA 3, named as the intermediate names its issuer.
    let amazon3 = inspect(&["trust/public/amazon-rootca3.pem"]).certificates[1]
        .issuer
        .clone();
    assert!(trust::roots().iter().any(|r| r.subject == amazon3));
    let table: [(&str, Option<&str>, &str); 7] = [
        (
            "trust/public/amazon-rootca1.pem",
            Some(&amazon1),
            "real RSA chain without its root",
        ),
        (
            "trust/public/amazon-rootca3.pem",
            Some(&amazon3),
            "real P-256 chain without its root",
        ),
        (
            "trust/public/cloudflare-dns.pem",
            None,
            "DigiCert Global Root CA left Mozilla's store",
        ),
        (
            "trust/public/netflix-with-root.pem",
            None,
            "distrusted VeriSign root given",
        ),
        (
            "trust/cross/amazon-expired-cross-sign.pem",
            Some(&amazon1),
            "store root cross-signed by a private root",
        ),
        ("trust/names/sans.pem", None, "private root given"),
        ("chains/correct.pem", None, "test PKI, root not given"),
    ];
    for (file, anchor, why) in table {
        let report = inspect(&[file]);
        let t = report.chains[0].trust.as_ref().unwrap();
        assert_eq!(t.program, "mozilla");
        assert_eq!(t.as_of, trust::AS_OF);
        assert_eq!(t.anchor.as_deref(), anchor, "{file}: {why}");
        assert_eq!(t.trusted, anchor.is_some(), "{file}: {why}");
        assert_eq!(
            openssl_trusts(&store, file),
            t.trusted,
            "{file}: openssl disagrees ({why})"
        );
        if anchor.is_none() {
            assert!(codes(&report).contains(&"trust-not-in-store"), "{file}");
        }
    }
}

#[test]
fn a_public_chain_without_its_root_gets_the_store_root_in_trusted_pem() {
    let report = inspect(&["trust/public/amazon-rootca1.pem"]);
    let chain = &report.chains[0];
    let root = String::from_utf8(fixture("trust/public/amazon-root-ca-1.pem")).unwrap();
    assert!(chain.trusted_pem.ends_with(&root), "{}", chain.trusted_pem);
    assert_eq!(chain.trusted_pem.matches("BEGIN CERTIFICATE").count(), 2);
    assert!(!chain.fullchain_pem.contains(&root));
    let f = finding(&report, "trust-store-root");
    let name = rendered("trust/public/amazon-root-ca-1.pem").1;
    let expected =
        format!("ends in {name} (Mozilla root store, as of 2026-10-23, webpki-root-certs 1.0.11)");
    assert!(f.message.contains(&expected), "{}", f.message);
    // The store answers what "root not given" asked for.
    assert!(!codes(&report).contains(&"chain-root-not-included"));
    assert_eq!(report.chains[0].trust.as_ref().unwrap().how, "issued");
}

#[test]
fn a_given_store_root_is_named_as_one() {
    let report = inspect(&[
        "trust/public/amazon-rootca1.pem",
        "trust/public/amazon-root-ca-1.pem",
    ]);
    let t = report.chains[0].trust.as_ref().unwrap();
    assert_eq!((t.how.as_str(), t.trusted), ("given", true));
    let f = finding(&report, "chain-contains-anchor");
    assert!(
        f.message
            .contains("It is a root in the Mozilla root store, as of 2026-10-23"),
        "{}",
        f.message
    );
}

#[test]
fn a_store_root_given_alone_is_held_not_issued() {
    let report = inspect(&["trust/public/digicert-global-root-g3.pem"]);
    let t = report.chains[0].trust.as_ref().unwrap();
    assert_eq!((t.how.as_str(), t.trusted), ("given", true));
    assert_eq!(
        t.anchor.as_deref(),
        Some(report.certificates[0].subject.as_str())
    );
}

#[test]
fn a_root_outside_the_store_is_said_plainly_and_is_no_error() {
    let report = inspect(&["trust/public/netflix-with-root.pem"]);
    let f = finding(&report, "trust-not-in-store");
    assert_eq!(f.severity, Severity::Info);
    assert!(
        f.message
            .contains("browsers will not trust this chain unless that root is installed"),
        "{}",
        f.message
    );
    let root = report.certificates.last().unwrap().display_name();
    assert!(
        f.message
            .contains(&format!("ends in {root}, a root that is not in the")),
        "{}",
        f.message
    );
}

#[test]
fn an_expired_cross_sign_of_a_store_root_can_be_dropped() {
    let report = inspect(&["trust/cross/amazon-expired-cross-sign.pem"]);
    let t = report.chains[0].trust.as_ref().unwrap();
    assert_eq!((t.how.as_str(), t.trusted), ("cross-sign", true));
    let name = rendered("trust/public/amazon-root-ca-1.pem").1;
    assert!(finding(&report, "trust-cross-sign-droppable")
        .message
        .contains(&name));
    let expired = finding(&report, "trust-cross-sign-expired");
    assert_eq!(expired.severity, Severity::Warning);
    assert!(expired.message.contains("2020-06-0"), "{}", expired.message);
    // trusted.pem: the intermediate and the store's own root, not the cross-sign.
    let root = String::from_utf8(fixture("trust/public/amazon-root-ca-1.pem")).unwrap();
    assert!(report.chains[0].trusted_pem.ends_with(&root));
    assert_eq!(
        report.chains[0]
            .trusted_pem
            .matches("BEGIN CERTIFICATE")
            .count(),
        2
    );
}

fn hosts(file: &str, names: &str) -> Report {
    let options = Options {
        host: Some(names.to_string()),
        ..Options::default()
    };
    analyze_with(&[Input::new(file, fixture(file))], AT, &options)
}

#[test]
fn host_names_by_rfc_6125_and_the_baseline_requirements() {
    // [name, covered by (None: not covered), why]
    let table: [(&str, Option<&str>, &str); 12] = [
        ("example.test", Some("example.test"), "exact dNSName"),
        ("EXAMPLE.Test", Some("example.test"), "case-insensitive"),
        ("example.test.", Some("example.test"), "absolute name"),
        (
            "www.wild.example.test",
            Some("*.wild.example.test"),
            "wildcard, one label",
        ),
        (
            "a.b.wild.example.test",
            None,
            "wildcard covers one label only",
        ),
        ("wild.example.test", None, "wildcard needs a label"),
        (
            "bücher.example",
            Some("xn--bcher-kva.example"),
            "U-label host, A-label SAN",
        ),
        (
            "xn--bcher-kva.example",
            Some("xn--bcher-kva.example"),
            "A-label host",
        ),
        ("192.0.2.10", Some("192.0.2.10"), "IPv4 iPAddress"),
        (
            "[2001:db8::1]",
            Some("2001:db8:0:0:0:0:0:1"),
            "IPv6 iPAddress",
        ),
        ("192.0.2.11", None, "other address"),
        ("other.test", None, "not listed"),
    ];
    let names: Vec<&str> = table.iter().map(|(n, _, _)| *n).collect();
    let report = hosts("trust/names/sans.pem", &names.join(" "));
    assert_eq!(report.hosts.len(), table.len());
    for ((name, by, why), got) in table.iter().zip(&report.hosts) {
        assert_eq!(got.name, *name);
        assert_eq!(got.by.as_deref(), *by, "{name}: {why}");
        assert_eq!(got.covered, by.is_some(), "{name}: {why}");
        assert_eq!(got.certificate, Some(0));
    }
    let idn = &report.hosts[6];
    assert_eq!(
        (idn.ascii.as_str(), idn.unicode.as_deref()),
        ("xn--bcher-kva.example", Some("bücher.example"))
    );
    let misses = report
        .findings
        .iter()
        .filter(|f| f.code == "host-not-covered")
        .count();
    assert_eq!(misses, 4);
    assert!(report
        .findings
        .iter()
        .filter(|f| f.code == "host-not-covered")
        .all(|f| f.severity == Severity::Error));
    assert!(report.has_errors());
    // The covering name as the finding spells it: an A-label SAN also in
    // Unicode, an ASCII one once (cargo-mutants: both ways of the guard in
    // host_finding went unnoticed).
    let covered: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "host-covered")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(covered.len(), 8, "{covered:?}");
    assert!(
        covered.iter().any(
            |m| m.ends_with("subject alternative name xn--bcher-kva.example (bücher.example).")
        ),
        "{covered:?}"
    );
    assert!(
        covered
            .iter()
            .any(|m| m.ends_with("subject alternative name example.test.")),
        "{covered:?}"
    );
    // An address not listed is told it must be an IP SAN (its CN holds a
    // DNS name, not this address).
    let ip_miss = report
        .findings
        .iter()
        .find(|f| f.code == "host-not-covered" && f.message.contains("192.0.2.11"))
        .unwrap();
    assert!(
        ip_miss
            .message
            .contains("an IP address must be an IP subject alternative name"),
        "{}",
        ip_miss.message
    );
    // A miss lists the DNS and IP names the certificate does have.
    let dns_miss = report
        .findings
        .iter()
        .find(|f| f.code == "host-not-covered" && f.message.contains("other.test"))
        .unwrap();
    assert!(
        dns_miss.message.contains("it lists DNS:example.test")
            && dns_miss.message.contains("IP:192.0.2.10"),
        "{}",
        dns_miss.message
    );
    // The JSON names of issue 15.
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    let first = &json["hosts"][0];
    for key in ["name", "certificate", "covered", "by"] {
        assert!(first.get(key).is_some(), "{key}");
    }
}

#[test]
fn a_name_only_in_the_common_name_does_not_count_and_is_said_so() {
    let report = hosts("trust/names/cn-only.pem", "cn-only.example.test");
    assert!(!report.hosts[0].covered);
    let f = finding(&report, "host-not-covered");
    assert!(
        f.message.contains("only in the subject's Common Name"),
        "{}",
        f.message
    );
}

#[test]
fn the_cli_takes_host_repeated() {
    let file = format!(
        "{}/tests/fixtures/trust/names/sans.pem",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args([
            "inspect",
            "--json",
            "--at",
            "2026-11-23T01:00:00Z",
            "--host",
            "example.test",
            "--host",
            "nope.test",
            &file,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a host not covered is an error");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["hosts"][0]["covered"], true);
    assert_eq!(json["hosts"][1]["name"], "nope.test");
    assert_eq!(json["hosts"][1]["covered"], false);
}

/// The "CT Precertificate SCTs" section of `openssl x509 -text`: for each
/// SCT, its log id (hex), timestamp text and signature algorithm.
fn openssl_scts(file: &str) -> Vec<(String, String, String)> {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("openssl")
        .args(["x509", "-noout", "-text", "-in", &path])
        .output()
        .expect("openssl is needed for the differential tests");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut scts = Vec::new();
    let mut lines = text.lines().map(str::trim).peekable();
    while let Some(line) = lines.next() {
        if let Some(id) = line.strip_prefix("Log ID    : ") {
            let mut hex = id.to_string();
            while lines.peek().is_some_and(|l| !l.contains(" : ")) {
                hex.push_str(lines.next().unwrap());
            }
            scts.push((
                hex.replace(':', "").to_lowercase(),
                String::new(),
                String::new(),
            ));
        } else if let Some(t) = line.strip_prefix("Timestamp : ") {
            scts.last_mut().unwrap().1 = t.to_string();
        } else if let Some(s) = line.strip_prefix("Signature : ") {
            scts.last_mut().unwrap().2 = s.to_string();
        }
    }
    scts
}

/// `Sep 26 20:56:33.769 2018 GMT` as RFC 3339 with milliseconds.
fn openssl_time(text: &str) -> String {
    let parts: Vec<&str> = text.split_whitespace().collect();
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == parts[0])
    .unwrap()
        + 1;
    let day: u32 = parts[1].parse().unwrap();
    format!("{}-{month:02}-{day:02}T{}Z", parts[3], parts[2])
}

#[test]
fn scts_agree_with_openssl_text() {
    let files = [
        "trust/public/cryptography-io-scts.pem",
        "trust/public/badssl-sct.pem",
        "trust/public/amazon-rootca1.pem",
        "trust/public/cloudflare-dns.pem",
    ];
    let mut seen = 0;
    for file in files {
        let report = inspect(&[file]);
        let ours = &report.certificates[0].scts;
        let theirs = openssl_scts(file);
        assert!(!theirs.is_empty(), "{file}: openssl printed no SCTs");
        assert_eq!(ours.len(), theirs.len(), "{file}");
        for (sct, (log_hex, time, algorithm)) in ours.iter().zip(&theirs) {
            let id = base64::engine::general_purpose::STANDARD
                .decode(&sct.log_id)
                .unwrap();
            assert_eq!(&certscope::inspect::text::hex(&id), log_hex, "{file}");
            assert_eq!(sct.timestamp, openssl_time(time), "{file}");
            let expected = match algorithm.as_str() {
                "ecdsa-with-SHA256" => ("sha256", "ecdsa"),
                "sha256WithRSAEncryption" => ("sha256", "rsa"),
                other => panic!("{file}: openssl names {other}"),
            };
            assert_eq!(
                (
                    sct.hash_algorithm.as_str(),
                    sct.signature_algorithm.as_str()
                ),
                expected
            );
            assert_eq!(sct.version, "v1");
            assert!(sct.log.is_none() && sct.operator.is_none());
            seen += 1;
        }
        let f = finding(&report, "sct-embedded");
        assert!(
            f.message.contains(&format!("{} embedded", ours.len())),
            "{}",
            f.message
        );
    }
    assert!(seen >= 8);
    // JSON names of issue 15.
    let json: serde_json::Value = serde_json::from_str(&inspect(&[files[0]]).to_json()).unwrap();
    let sct = &json["certificates"][0]["scts"][0];
    for key in ["log_id", "timestamp", "log", "operator"] {
        assert!(sct.get(key).is_some(), "{key}");
    }
    assert_eq!(sct["timestamp"], "2018-09-26T20:56:33.769Z");
}

#[test]
fn public_keys_and_csrs_are_matched_to_their_certificate() {
    // [key file, finding code, certificate index, why]
    let table = [
        (
            "trust/keys/leaf-public.pem",
            "key-matches-leaf",
            Some(0),
            "SPKI of the leaf",
        ),
        (
            "trust/keys/leaf-rsa-public.pem",
            "key-matches-leaf",
            Some(0),
            "PKCS#1 RSA PUBLIC KEY",
        ),
        (
            "trust/keys/leaf.csr",
            "key-matches-leaf",
            Some(0),
            "CSR made with the leaf's key",
        ),
        (
            "trust/keys/intermediate-public.pem",
            "key-matches-ca",
            Some(1),
            "the intermediate's key",
        ),
        (
            "trust/keys/unrelated-public.pem",
            "key-matches-nothing",
            None,
            "another key",
        ),
    ];
    for (key, code, cert, why) in table {
        let report = inspect(&["chains/correct.pem", key]);
        let f = report
            .findings
            .iter()
            .find(|f| f.code.starts_with("key-"))
            .unwrap_or_else(|| panic!("{key}: no key finding"));
        assert_eq!(
            (f.code, f.certificate),
            (code, cert),
            "{key}: {why}: {}",
            f.message
        );
    }
    let report = inspect(&["chains/correct.pem", "trust/keys/intermediate-public.pem"]);
    let f = finding(&report, "key-matches-ca");
    assert!(
        f.message.contains("certificate #2")
            && f.message.contains("the file is in the wrong order"),
        "{}",
        f.message
    );
    assert_eq!(f.severity, Severity::Error);
}

#[test]
fn the_private_key_warning_offers_the_pubout_command() {
    let key = b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
    let report = analyze(&[Input::new("key.pem", key.to_vec())], AT);
    let f = finding(&report, "private-key-exposed");
    assert!(
        f.message.contains("openssl pkey -in key.pem -pubout"),
        "{}",
        f.message
    );
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("certscope-trust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Issue 25: real chains of large sites are accepted by the client's
/// verdict (rustls-webpki) with their Mozilla anchor, and still read "All
/// good".
#[test]
fn real_chains_are_accepted_with_their_mozilla_anchor() {
    // (fixture, a time the chain is valid, the anchor)
    let table: &[(&str, &str, &str)] = &[
        (
            "trust/public/amazon-rootca1.pem",
            "2025-03-15T00:00:00Z",
            "CN=Amazon Root CA 1,O=Amazon,C=US",
        ),
        (
            "trust/public/amazon-rootca3.pem",
            "2025-03-15T00:00:00Z",
            "CN=Amazon Root CA 3,O=Amazon,C=US",
        ),
    ];
    for (file, at, anchor) in table {
        let at = certscope::Timestamp::parse_rfc3339(at).unwrap();
        let report = analyze(&[Input::new(*file, fixture(file))], at);
        let v = first_validation(&report);
        assert_eq!(
            (v.verdict.word(), v.program.as_str()),
            ("accepted", "mozilla"),
            "{file}"
        );
        assert_eq!(v.anchor.as_deref(), Some(*anchor), "{file}");
        assert_eq!(
            v.path,
            vec![0, 1],
            "{file}: leaf and intermediate, the anchor from the store"
        );
        assert!(
            report.summary.headline.starts_with("All good"),
            "{file}: {}",
            report.summary.headline
        );
    }
}

/// One voice on an expired cross-sign the client's path leaves out (issue
/// 25, point 4): while the leaf is valid, rustls-webpki accepts the chain at
/// the store's Amazon Root CA 1, so no finding says clients reject it, the
/// expired cross-sign is said once (by the trust finding naming the store
/// root), and the expired old root above it is only "can be dropped".
#[test]
fn certificates_off_the_clients_path_are_droppable_said_once() {
    let file = "trust/cross/amazon-expired-cross-sign.pem";
    let leaf_valid = certscope::Timestamp::parse_rfc3339("2025-03-01T00:00:00Z").unwrap();
    let report = analyze(&[Input::new(file, fixture(file))], leaf_valid);
    let v = first_validation(&report);
    assert!(v.accepted(), "{v:?}");
    assert_eq!(report.summary.verdict.word(), "works-but");
    for f in &report.findings {
        assert!(f.severity != Severity::Error, "{}: {}", f.code, f.message);
        assert!(
            !f.message.contains("lients reject"),
            "{}: {}",
            f.code,
            f.message
        );
    }
    let codes = |code: &str| report.findings.iter().filter(|f| f.code == code).count();
    // The cross-sign (expired 2020) by trust-cross-sign-expired alone, the
    // old root (expired 2024) by the chain finding that drops it.
    assert_eq!(codes("trust-cross-sign-expired"), 1);
    assert_eq!(codes("chain-expired-certificate"), 1);
    assert!(finding(&report, "chain-expired-certificate")
        .message
        .contains("certscope Old Root expired"));
    assert!(finding(&report, "chain-expired-certificate")
        .message
        .ends_with("so it can be dropped from ssl_certificate."));
    assert_eq!(
        codes("lint-expired-root"),
        0,
        "the old root is off the path"
    );
}

/// The anchor the client's verdict names is the one its path ends in, not
/// the top of certscope's own chain: here the chain reads up to E1 (given
/// in the files) while `--root` trusts R1 only, and rustls-webpki's path
/// ends in R1 (the old code named E1).
#[test]
fn the_named_anchor_is_where_the_clients_path_ends() {
    let files = [
        "pki/leaf.pem",
        "pki/int-rsa-cross.pem",
        "pki/int-rsa.pem",
        "pki/root-ecdsa.pem",
    ];
    let inputs: Vec<Input> = files.iter().map(|p| Input::new(*p, fixture(p))).collect();
    let options = Options {
        roots: vec![Input::new("root-rsa.pem", fixture("pki/root-rsa.pem"))],
        ..Options::default()
    };
    let report = analyze_with(&inputs, AT, &options);
    let v = first_validation(&report);
    assert!(v.accepted(), "{v:?}");
    let r1 = "CN=certscope Test Root R1,O=certscope tests";
    assert_eq!(v.anchor.as_deref(), Some(r1));
    // R1 was given only with --root, so it is not among the certificates:
    // the path's top is the intermediate R1 issued.
    let top = &report.certificates[*v.path.last().unwrap()];
    assert_eq!(top.issuer, r1, "the path ends below the anchor it names");
    // Point 4: the chain shown, and fullchain.pem, are that path, not the
    // one through the cross-sign to E1 that certscope's own preference
    // (a root given in the files) would choose; E1's stays an alternative.
    let chain = &report.chains[0];
    assert!(
        chain.order.starts_with(&v.path),
        "{:?} {:?}",
        chain.order,
        v.path
    );
    let pem = |f: &str| String::from_utf8(fixture(f)).unwrap();
    assert_eq!(
        chain.fullchain_pem,
        pem("pki/leaf.pem") + &pem("pki/int-rsa.pem")
    );
    assert_eq!(chain.alternatives.len(), 1);
    assert!(finding(&report, "chain-alternative-path")
        .message
        .contains("because it is the path clients build"));
}

/// A self-signed CA is an implicit anchor ("your roots") only when it is
/// given last in its file, at the top of a chain of two or more whose root
/// signature verifies, and is no store root: in the middle of a chain it is
/// a certificate the server would send, not a root the person trusts
/// (issue 25, point 2); alone it is no chain's anchor; a store root is
/// Mozilla's verdict's already. `(the file's certificates in order, --host,
/// the deciding verdict and its program, whether a "given" verdict was
/// made)`.
#[test]
fn a_self_signed_ca_in_the_middle_of_a_file_is_no_anchor() {
    let pki = |f: &str| format!("pki/{f}");
    let leaf_first = ["leaf.pem", "int-rsa.pem", "root-rsa.pem"].map(pki);
    let root_second = ["leaf.pem", "root-rsa.pem", "int-rsa.pem"].map(pki);
    // (files, --host, (verdict, program), a "given" verdict made)
    type Row<'a> = (&'a [String], Option<&'a str>, (&'a str, &'a str), bool);
    let table: [Row; 5] = [
        (&leaf_first, None, ("accepted", "given"), true),
        (&root_second, None, ("no-anchor", "mozilla"), false),
        // A leaf and its private root: a chain of two.
        (
            &["trust/names/sans.pem".into()],
            None,
            ("accepted", "given"),
            true,
        ),
        // A root alone, named as the server's: refused as a CA leaf
        // against Mozilla's store, and no anchor of its own.
        (
            &[pki("root-rsa.pem")],
            Some("www.example.test"),
            ("refused", "mozilla"),
            false,
        ),
        (
            &[
                "trust/public/amazon-rootca1.pem".into(),
                "trust/public/amazon-root-ca-1.pem".into(),
            ],
            None,
            ("refused", "mozilla"),
            false,
        ),
    ];
    for (files, host, want, given) in table {
        let bytes: Vec<u8> = files.iter().flat_map(|f| fixture(f)).collect();
        let options = Options {
            host: host.map(str::to_string),
            ..Options::default()
        };
        let report = analyze_with(&[Input::new("chain.pem", bytes)], AT, &options);
        let trust = report.chains[0].trust.as_ref().unwrap();
        let v = trust.validation.as_ref().unwrap();
        assert_eq!(
            (v.verdict.word(), v.program.as_str()),
            want,
            "{files:?}: {v:?}"
        );
        assert_eq!(
            trust.validations.iter().any(|v| v.program == "given"),
            given,
            "{files:?}"
        );
    }
}

/// Each refusal code has its own sentence, naming the certificate it
/// concerns (here "X"); a code certscope does not know reads as a malformed
/// certificate. `(code, words of the sentence)`.
#[test]
fn every_refusal_is_said_in_its_own_words() {
    use certscope::inspect::validation::refusal;
    let table = [
        ("certificate-expired", "X has expired"),
        ("certificate-not-yet-valid", "X is not valid yet"),
        ("name-mismatch", "X does not cover the host name"),
        (
            "name-constraint-violation",
            "a name in the leaf is outside the name constraints of X",
        ),
        (
            "malformed-name-constraint",
            "the name constraints of X are malformed",
        ),
        (
            "eku-lacks-server-auth",
            "the extended key usage of X leaves out serverAuth",
        ),
        ("empty-eku", "X has an empty extended key usage extension"),
        (
            "unknown-critical-extension",
            "X has a critical extension clients do not know",
        ),
        (
            "ca-as-leaf",
            "X is a CA certificate (basicConstraints CA:TRUE) used as the server's",
        ),
        (
            "leaf-as-ca",
            "X is not a CA (no basicConstraints CA:TRUE) but signs",
        ),
        (
            "path-length-exceeded",
            "longer than the pathLenConstraint of X allows",
        ),
        (
            "signature-refused",
            "the signature of X uses an algorithm or key clients refuse",
        ),
        ("unknown-issuer", "the chain stops at X"),
        ("distrusted", "X is distrusted by the root programs"),
        (
            "blocked",
            "X is on the program's list of blocked certificates",
        ),
        ("path-budget", "the certificates given offer too many paths"),
        (
            "invalid-serial-number",
            "the serial number of X is not a positive integer",
        ),
        (
            "unsupported-version",
            "X is not an X.509 version 3 certificate",
        ),
        (
            "malformed-name",
            "a host name given is not a valid DNS name or IP address",
        ),
        (
            "malformed-certificate",
            "clients cannot read X as RFC 5280 requires",
        ),
        ("no-such-code", "clients cannot read X as RFC 5280 requires"),
    ];
    for (code, words) in table {
        let said = refusal(code, "X");
        assert!(said.contains(words), "{code}: {said}");
    }
}

/// Root programs are named in sentences by their names; "given" is the
/// person's own roots.
#[test]
fn root_programs_are_named_in_words() {
    use certscope::inspect::validation::program_name;
    let table = [
        ("mozilla", "Mozilla"),
        ("apple", "Apple"),
        ("microsoft", "Microsoft"),
        ("android", "Android"),
        ("java", "Java"),
        ("given", "your roots"),
        ("no-such-program", "a root program"),
    ];
    for (id, name) in table {
        assert_eq!(program_name(id), name, "{id}");
    }
}

/// The client's verdict is for what a server sends: a chain that starts
/// with a leaf, or, when host names are given, the first chain whatever it
/// starts with (clients refuse a CA as the server's certificate); an
/// intermediates bundle alone gets none, nor does a later chain that
/// starts with a CA. The host names are the first chain's leaf's only.
/// `(files, --host, each chain's verdict and refusal; None: no verdict)`,
/// with R1 and Unrelated Root given as `--root` and as files, as the CLI
/// reads them (Unrelated Root, alone, is a chain of its own).
#[test]
fn the_verdict_is_for_what_a_server_sends() {
    let two = ["chains/correct.pem", "pki/unrelated-leaf.pem"];
    let accepted = Some(("accepted", None));
    // A chain's verdict and refusal, None for no verdict.
    type Verdict<'a> = Option<(&'a str, Option<&'a str>)>;
    let table: [(&[&str], Option<&str>, Vec<Verdict>); 5] = [
        (&["pki/int-rsa.pem"], None, vec![None, None]),
        (
            &["pki/int-rsa.pem"],
            Some("www.example.test"),
            vec![Some(("refused", Some("ca-as-leaf"))), None],
        ),
        (&two, None, vec![accepted, accepted]),
        (&two, Some("www.example.test"), vec![accepted, accepted]),
        (
            &two,
            Some("unrelated.example.test"),
            vec![Some(("refused", Some("name-mismatch"))), accepted],
        ),
    ];
    for (files, host, want) in table {
        let read = |files: &[&str]| -> Vec<Input> {
            files.iter().map(|p| Input::new(*p, fixture(p))).collect()
        };
        // As the CLI gives them: the roots are inputs too.
        let roots = ["pki/root-rsa.pem", "pki/unrelated-root.pem"];
        let options = Options {
            host: host.map(str::to_string),
            roots: read(&roots),
            ..Options::default()
        };
        let inputs = [read(files), read(&roots)].concat();
        let report = analyze_with(&inputs, AT, &options);
        let got: Vec<Verdict> = report
            .chains
            .iter()
            .map(|c| {
                let v = c.trust.as_ref().and_then(|t| t.validation.as_ref())?;
                Some((v.verdict.word(), v.error.as_deref()))
            })
            .collect();
        assert_eq!(got, want, "{files:?} --host {host:?}");
    }
}

/// The path clients build ends in the anchor they reach; when that root
/// was given as a file it is the path's last certificate, found by the
/// anchor's name and key, not another root of the same name (other-root-r1
/// is R1's name on another key). `(files, --root, the path by serial)`.
#[test]
fn the_path_ends_in_the_given_root_with_the_anchors_name_and_key() {
    let chain = ["pki/leaf.pem", "pki/int-rsa.pem"];
    let both = ["pki/other-root-r1.pem", "pki/root-rsa.pem"];
    let table: [(Vec<&str>, &[&str], [&str; 3]); 3] = [
        // R1 given last in the file: the implicit anchor.
        (
            [&chain[..], &["pki/root-rsa.pem"]].concat(),
            &[],
            ["1001", "101", "1"],
        ),
        // Both R1s given and trusted: the path ends in the one that
        // signed R2, whichever comes first.
        (
            [&chain[..], &both[..]].concat(),
            &both,
            ["1001", "101", "1"],
        ),
        (
            [&chain[..], &["pki/root-rsa.pem", "pki/other-root-r1.pem"]].concat(),
            &["pki/root-rsa.pem", "pki/other-root-r1.pem"],
            ["1001", "101", "1"],
        ),
    ];
    for (files, roots, want) in table {
        let read = |files: &[&str]| -> Vec<Input> {
            files.iter().map(|p| Input::new(*p, fixture(p))).collect()
        };
        let options = Options {
            roots: read(roots),
            ..Options::default()
        };
        let report = analyze_with(&read(&files), AT, &options);
        let v = first_validation(&report);
        let path: Vec<&str> = v
            .path
            .iter()
            .map(|&i| report.certificates[i].serial.as_str())
            .collect();
        assert_eq!(
            (v.verdict.word(), path),
            ("accepted", want.to_vec()),
            "{files:?} --root {roots:?}"
        );
        assert_eq!(
            v.anchor.as_deref(),
            Some("CN=certscope Test Root R1,O=certscope tests")
        );
    }
}

/// A refusal names the certificate that breaks the rule, found in the
/// chain by that rule: an intermediate whose extended key usage leaves out
/// serverAuth or is empty, the root whose name constraints the leaf breaks
/// or that are malformed, the CA whose pathlen:0 the chain exceeds; not the
/// leaf, which carries name constraints or a pathLenConstraint of its own
/// that no client reads in a leaf (tests/fixtures/trust/generate.sh,
/// "Refusals"; the root given last, an implicit anchor). `(file, the
/// refusal, the certificate it names)`.
#[test]
fn a_refusal_names_the_ca_that_breaks_the_rule() {
    let table = [
        (
            "trust/refusals/eku-intermediate.pem",
            "eku-lacks-server-auth",
            "certscope clientAuth CA",
        ),
        // ipsecIKE (1.3.6.1.5.5.7.3.17) starts with serverAuth's OID.
        (
            "trust/refusals/ike-intermediate.pem",
            "eku-lacks-server-auth",
            "certscope IKE CA",
        ),
        (
            "trust/refusals/empty-eku-intermediate.pem",
            "empty-eku",
            "certscope Empty EKU CA",
        ),
        // An empty EKU ahead of it in certscope's chain, on a branch the
        // engine left at its basic constraints: not the EKU it refused.
        (
            "trust/refusals/eku-behind-empty-eku.pem",
            "eku-lacks-server-auth",
            "certscope clientAuth CA",
        ),
        (
            "trust/refusals/name-constraints-leaf.pem",
            "name-constraint-violation",
            "certscope Name Constraints Root",
        ),
        (
            "trust/refusals/bad-mask-leaf.pem",
            "malformed-name-constraint",
            "certscope Bad Mask Root",
        ),
        (
            "trust/refusals/pathlen-leaf.pem",
            "path-length-exceeded",
            "certscope Pathlen 0 CA",
        ),
    ];
    for (file, code, named) in table {
        let report = inspect(&[file]);
        let v = first_validation(&report);
        assert_eq!(
            (v.verdict.word(), v.error.as_deref()),
            ("refused", Some(code)),
            "{file}"
        );
        let who = v.certificate.map(|i| report.certificates[i].display_name());
        assert_eq!(who, Some(named), "{file}");
        // Said by an error on that certificate: the engine's, or the
        // diagnosis's finding of the same cause.
        let said = report.findings.iter().any(|f| {
            f.severity == Severity::Error
                && f.certificate == v.certificate
                && f.message.contains(named)
        });
        assert!(said, "{file}: {:#?}", report.findings);
    }
}
