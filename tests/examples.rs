//! static/examples.json: the "Load an example" menu. Each example is a share
//! link built from the fixtures, pinned at the fixtures' evaluation time so a
//! stale staple stays stale. This test is the generator: run it with
//! `cargo test --test examples -- --ignored` after regenerating fixtures
//! (it writes static/warm-view.json too, the page's warm-up report).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::share::{decode, encode, Shared, SharedInput};
use certscope::{analyze, Input};

mod common;
use common::{fixture, AT};

/// A file as named in the link, and the fixture it comes from (`a+b`:
/// those fixtures one after the other, as a fullchain.pem is made).
type File = (&'static str, &'static str);

/// The bytes of a [`File`]'s fixtures, concatenated.
fn bytes(paths: &str) -> Vec<u8> {
    paths.split('+').flat_map(fixture).collect()
}

/// (title, description, files)
const EXAMPLES: &[(&str, &str, &[File])] = &[
    ("A stale staple and its chain", "nginx ssl_stapling_file with a Next Update in the past: served until reload; clients ignore a stale staple unless the leaf is must-staple",
        &[("fullchain.pem", "chains/correct.pem"), ("staple.der", "staples/stale.der")]),
    ("A chain in the wrong order", "root first, leaf last: what nginx refuses with \"key values mismatch\"",
        &[("fullchain.pem", "chains/reversed.pem")]),
    ("A leaf without an OCSP URL", "Let's Encrypt style since 2025: nothing to staple, turn ssl_stapling off",
        &[("fullchain.pem", "pki/leaf-no-ocsp.pem+pki/int-ecdsa.pem"), ("root.pem", "pki/root-ecdsa.pem")]),
    ("A revoked staple", "the responder says keyCompromise: replace the certificate now",
        &[("cert.pem", "pki/other-leaf.pem"), ("chain.pem", "pki/int-rsa.pem"), ("staple.der", "staples/revoked.der")]),
];

fn build() -> String {
    let entries: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|(title, description, files)| {
            let inputs = files
                .iter()
                .map(|(name, path)| SharedInput { name: (*name).into(), bytes: bytes(path), pasted: false })
                .collect();
            serde_json::json!({ "title": title, "description": description, "link": encode(&Shared { inputs, at: Some(AT), server: None }) })
        })
        .collect();
    serde_json::to_string_pretty(&entries).unwrap() + "\n"
}

const EXAMPLES_JSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/examples.json");

/// Only compares: the file is rewritten by the ignored test below, so this
/// one can never pass by comparing a file it just wrote with itself.
#[test]
fn examples_json_is_generated_from_the_fixtures() {
    let have = std::fs::read_to_string(EXAMPLES_JSON).unwrap_or_default();
    assert!(
        have == build(),
        "static/examples.json is stale: run cargo test --test examples -- --ignored"
    );
}

/// Rewrites static/examples.json from the fixtures (after
/// tests/fixtures/generate.sh); run by hand, never by the test command.
#[test]
#[ignore = "writes static/examples.json; run with --ignored after regenerating fixtures"]
fn update_examples_json() {
    std::fs::write(EXAMPLES_JSON, build()).unwrap();
}

/// What each shipped example must show, by title: the finding its
/// description promises.
const VERDICTS: &[(&str, &str)] = &[
    ("A stale staple and its chain", "staple-stale"),
    ("A chain in the wrong order", "chain-incorrect-order"),
    ("A leaf without an OCSP URL", "ocsp-no-responder-url"),
    ("A revoked staple", "staple-revoked"),
];

/// The file the page ships (not a freshly built one): each link opens
/// without an input error and says what its description promises.
#[test]
fn every_shipped_example_opens_and_shows_its_verdict() {
    let shipped = std::fs::read_to_string(EXAMPLES_JSON).unwrap();
    let entries: Vec<serde_json::Value> = serde_json::from_str(&shipped).unwrap();
    let titles: Vec<&str> = entries
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, VERDICTS.iter().map(|v| v.0).collect::<Vec<_>>());
    for (entry, (title, code)) in entries.iter().zip(VERDICTS) {
        let shared = decode(entry["link"].as_str().unwrap()).unwrap();
        assert_eq!(shared.at, Some(AT), "{title}");
        let inputs: Vec<Input> = shared
            .inputs
            .into_iter()
            .map(|i| Input::new(i.name, i.bytes))
            .collect();
        let report = analyze(&inputs, AT);
        assert!(report.inputs.iter().all(|i| i.errors.is_empty()), "{title}");
        assert!(!report.certificates.is_empty(), "{title}");
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
        assert!(codes.contains(code), "{title}: {code} not among {codes:?}");
    }
}

/// Issue 32: each example's menu text says what its report then says: the
/// verdict on the one scale, and for the stale staple the one sentence on
/// what clients do with it.
#[test]
fn each_example_is_headlined_as_its_menu_says() {
    // (title, verdict)
    let table = [
        ("A stale staple and its chain", "stapling-broken"),
        ("A chain in the wrong order", "server-will-not-start"),
        ("A leaf without an OCSP URL", "all-good"),
        ("A revoked staple", "clients-will-refuse"),
    ];
    assert_eq!(table.len(), EXAMPLES.len());
    for ((title, description, files), (want_title, verdict)) in EXAMPLES.iter().zip(table) {
        assert_eq!(*title, want_title);
        let inputs: Vec<Input> = files
            .iter()
            .map(|(name, path)| Input::new(*name, bytes(path)))
            .collect();
        let report = analyze(&inputs, AT);
        let json = serde_json::to_value(&report.summary).unwrap();
        assert_eq!(
            json["verdict"], verdict,
            "{title}: {}",
            report.summary.headline
        );
        if title.contains("stale") {
            assert!(
                description.contains(certscope::inspect::freshness::STALE_STAPLE),
                "{description}"
            );
        }
    }
}

/// Issue 32: each shipped example teaches one thing: one chain, and no warning or
/// error besides the one its menu promises (the OCSP-less leaf used to
/// bring a second leaf with it: 2 chains, 6 notes, 12 command cards).
#[test]
fn each_example_teaches_one_thing() {
    let shipped = std::fs::read_to_string(EXAMPLES_JSON).unwrap();
    let entries: Vec<serde_json::Value> = serde_json::from_str(&shipped).unwrap();
    assert_eq!(entries.len(), VERDICTS.len());
    for (entry, (title, code)) in entries.iter().zip(VERDICTS) {
        let shared = decode(entry["link"].as_str().unwrap()).unwrap();
        let inputs: Vec<Input> = shared
            .inputs
            .into_iter()
            .map(|i| Input::new(i.name, i.bytes))
            .collect();
        let report = analyze(&inputs, AT);
        assert_eq!(report.chains.len(), 1, "{title}");
        let others: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity != certscope::inspect::finding::Severity::Info)
            .map(|f| f.code)
            .filter(|c| c != code)
            .collect();
        assert!(others.is_empty(), "{title}: {others:?} besides {code}");
        let codes: Vec<&str> = report.findings.iter().map(|f| f.code).collect();
        assert!(
            !codes.contains(&"chain-multiple-leaves"),
            "{title}: {codes:?}"
        );
    }
}

/// static/warm-view.json: the first example's report as the engine sends
/// it to the page (`Report::for_view`, serialized as src/worker/main.rs
/// does). The page renders it once out of sight as soon as it has
/// rendered itself, so that its code runs compiled when the first real
/// report comes (issue 27); it is never shown.
fn warm_view() -> String {
    let (_, _, files) = EXAMPLES[0];
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, path)| Input::new(*name, bytes(path)))
        .collect();
    let (view, _) = analyze(&inputs, AT).for_view();
    serde_json::to_string(&view).unwrap() + "\n"
}

const WARM_VIEW_JSON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/static/warm-view.json");

/// Only compares, as for examples.json.
#[test]
fn warm_view_json_is_the_first_examples_report() {
    let have = std::fs::read_to_string(WARM_VIEW_JSON).unwrap_or_default();
    assert!(
        have == warm_view(),
        "static/warm-view.json is stale (the report's shape changed): run cargo test --test examples -- --ignored"
    );
}

#[test]
#[ignore = "writes static/warm-view.json; run with --ignored after the report changes"]
fn update_warm_view_json() {
    std::fs::write(WARM_VIEW_JSON, warm_view()).unwrap();
}
