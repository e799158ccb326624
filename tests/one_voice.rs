//! One voice (issue 32): every fixture and example, analysed the way a user
//! would give it, is read as a whole, and the test fails when two texts of
//! one report say contrary things about the same object, when the headline
//! is not one verdict on the one scale, or when a text leaks C escaping.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::share::decode;
use certscope::{analyze, Input, Report};
use serde_json::Value;
use std::path::{Path, PathBuf};

mod common;
use common::{fixture, AT};

/// Every file under tests/fixtures/ that an analysis reads (not the
/// scripts, indexes and notes that made them).
fn fixture_files() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, root, out);
                continue;
            }
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let skip = name.ends_with(".sh")
                || name.ends_with(".md")
                || name.ends_with(".rs")
                || name.starts_with("index.txt")
                || name == "EVALUATION_TIME";
            if !skip {
                out.push(p.strip_prefix(root).unwrap().to_string_lossy().to_string());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

/// The cases: each fixture alone, the correct chain with each staple, and
/// each example of the page's menu.
fn cases() -> Vec<(String, Vec<Input>)> {
    let mut cases = Vec::new();
    for path in fixture_files() {
        cases.push((path.clone(), vec![Input::new(path.clone(), fixture(&path))]));
        if path.starts_with("staples/") && !path.ends_with(".txt")
            || path.ends_with(".txt") && path.starts_with("staples/ocsp")
        {
            cases.push((
                format!("chains/correct.pem + {path}"),
                vec![
                    Input::new("fullchain.pem", fixture("chains/correct.pem")),
                    Input::new(path.clone(), fixture(&path)),
                ],
            ));
        }
    }
    let examples: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/examples.json"))
            .unwrap(),
    )
    .unwrap();
    for e in examples {
        let shared = decode(e["link"].as_str().unwrap()).unwrap();
        let inputs = shared
            .inputs
            .into_iter()
            .map(|i| Input::new(i.name, i.bytes))
            .collect();
        cases.push((format!("example: {}", e["title"]), inputs));
    }
    cases
}

/// The texts a person reads about the report's objects: the headline, the
/// findings, and what the chains and staples say (not commands or
/// configuration, which are code).
fn texts(report: &Report) -> Vec<String> {
    fn strings(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let json = serde_json::to_value(report).unwrap();
    let mut out = vec![report.summary.headline.clone()];
    out.extend(report.findings.iter().map(|f| f.message.clone()));
    strings(&json["staples"], &mut out);
    strings(&json["chains"], &mut out);
    out
}

fn sentences(texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .flat_map(|t| t.split(". ").map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// Contrary statements in one report, each with the texts that clash.
fn contradictions(report: &Report) -> Vec<String> {
    let texts = texts(report);
    let all = sentences(&texts);
    let mut out = Vec::new();
    let verdict = serde_json::to_value(report.summary.verdict).unwrap();
    let verdict = verdict.as_str().unwrap();
    let headline = &report.summary.headline;
    let errors: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.severity == certscope::Severity::Error)
        .map(|f| f.code)
        .collect();

    // The headline is one verdict on the scale, not a wall of findings.
    let label = match verdict {
        "server-will-not-start" => "Server will not start: ",
        "clients-will-refuse" => "Clients will refuse: ",
        "stapling-broken" => "Stapling broken: ",
        "cannot-tell" => "Cannot tell: ",
        "works-but" => "Works, but: ",
        _ => "All good: ",
    };
    let bundle = headline.starts_with("A trust bundle of");
    if !bundle && !headline.starts_with(label) {
        out.push(format!("verdict {verdict} but headline {headline:?}"));
    }
    if !bundle && (headline.contains('\n') || headline.chars().count() > 320) {
        out.push(format!("headline is a wall: {headline:?}"));
    }
    // With no server chosen, the headline names none.
    for server in ["nginx", "HAProxy", "Apache", "Caddy"] {
        if !bundle && headline.contains(server) {
            out.push(format!("headline names {server}: {headline:?}"));
        }
    }
    if matches!(verdict, "all-good" | "works-but")
        && !errors.is_empty()
        && !errors.iter().all(|c| c.starts_with("crl-"))
    {
        out.push(format!("{verdict} with errors {errors:?}: {headline:?}"));
    }
    if errors.contains(&"staple-revoked")
        && verdict != "clients-will-refuse"
        && verdict != "server-will-not-start"
    {
        out.push(format!("a revoked staple headlined {verdict}"));
    }
    let leaf_not_first = report
        .findings
        .iter()
        .any(|f| f.code == "chain-incorrect-order" && f.severity == certscope::Severity::Error);
    if leaf_not_first && verdict != "server-will-not-start" {
        out.push(format!("leaf not first headlined {verdict}"));
    }

    // A stale staple: clients ignore it (unless the leaf is must-staple);
    // no text may say they reject it.
    if report.findings.iter().any(|f| f.code == "staple-stale") {
        for s in &all {
            let lower = s.to_lowercase();
            if lower.contains("stale")
                && (lower.contains("reject") || lower.contains("refuse"))
                && !lower.contains("must-staple")
            {
                out.push(format!("stale staple rejected: {s:?}"));
            }
        }
    }

    // The server table of a stale staple says what the finding says.
    let json = serde_json::to_value(report).unwrap();
    for staple in json["staples"].as_array().into_iter().flatten() {
        let stale = staple["responses"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|r| r["freshness"] == "stale");
        for row in staple["server_verdicts"].as_array().into_iter().flatten() {
            let m = row["message"].as_str().unwrap_or_default();
            if stale && m.contains("reject") {
                out.push(format!("stale staple, yet {}: {m:?}", row["server"]));
            }
        }
    }

    // Trust: notes follow the trust verdict of the chain.
    let anchored = report.chains.iter().any(|c| {
        c.trust
            .as_ref()
            .and_then(|t| t.validation.as_ref())
            .is_some_and(|v| v.accepted() && v.program == "mozilla")
    });
    let unanchored = report.chains.iter().any(|c| {
        c.trust
            .as_ref()
            .and_then(|t| t.validation.as_ref())
            .is_some_and(|v| v.verdict.word() == "no-anchor")
    });
    for s in &all {
        if unanchored && !anchored && s.contains("already trust") {
            out.push(format!("unanchored chain, yet: {s:?}"));
        }
        if anchored && !unanchored && s.contains("will not trust this chain") {
            out.push(format!("accepted chain, yet: {s:?}"));
        }
    }
    if unanchored && verdict == "all-good" {
        out.push("a chain no root anchors headlined all-good".to_string());
    }

    // No C escaping in text a person reads.
    for t in &texts {
        if t.contains("\\\"") {
            out.push(format!("escaped quote in: {t:?}"));
        }
    }
    out
}

#[test]
fn no_report_contradicts_itself() {
    let mut failures = Vec::new();
    for (name, inputs) in cases() {
        let report = analyze(&inputs, AT);
        for c in contradictions(&report).into_iter().take(3) {
            failures.push(format!("{name}: {c}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The cases the issue names: verdict, severity and the headline's first
/// words, each from the issue's list of wrong verdicts.
#[test]
fn the_issue_cases_have_their_verdicts() {
    // (files, verdict, code, why)
    let table: &[(&[&str], &str, Option<&str>, &str)] = &[
        (
            &["chains/reversed.pem"],
            "server-will-not-start",
            Some("chain-incorrect-order"),
            "leaf not first: nginx, HAProxy and Apache refuse the key",
        ),
        (
            &["chains/correct.pem", "staples/revoked.der"],
            "clients-will-refuse",
            Some("staple-revoked"),
            "a revoked staple: stapling works, clients refuse",
        ),
        (
            &["chains/correct.pem", "staples/stale.der"],
            "stapling-broken",
            Some("staple-stale"),
            "a stale staple",
        ),
        (
            &["chains/correct.pem"],
            "cannot-tell",
            None,
            "a chain no known root anchors is not All good",
        ),
        (
            &["chains/with-root.pem"],
            "all-good",
            None,
            "anchored by its own root",
        ),
        (
            &["chains/missing-intermediate.pem"],
            "clients-will-refuse",
            Some("chain-incomplete"),
            "an intermediate missing",
        ),
    ];
    for (files, verdict, code, why) in table {
        let inputs: Vec<Input> = files.iter().map(|f| Input::new(*f, fixture(f))).collect();
        let report = analyze(&inputs, AT);
        let json = serde_json::to_value(&report.summary).unwrap();
        assert_eq!(
            json["verdict"], *verdict,
            "{why}: {}",
            report.summary.headline
        );
        assert_eq!(report.summary.code.as_deref(), *code, "{why}");
    }
    // The leaf-not-first finding is an error that quotes each server's log.
    let report = analyze(
        &[Input::new("fullchain.pem", fixture("chains/reversed.pem"))],
        AT,
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "chain-incorrect-order")
        .unwrap();
    assert_eq!(f.severity, certscope::Severity::Error);
    for log in [
        "key values mismatch",
        "inconsistencies between private key and certificate",
        "AH02565",
    ] {
        assert!(f.message.contains(log), "{log} missing from {}", f.message);
    }
}

/// Sentences the issue found overstated, in any text of any report
/// (commands and configuration included): each was true of some clients
/// only, and now says which.
#[test]
fn overstatements_are_gone() {
    const GONE: &[(&str, &str)] = &[
        (
            "Clients check its CRL instead",
            "browsers use pushed lists; curl and OpenSSL check no CRL by default",
        ),
        (
            "No chain can be valid through it",
            "rustls-webpki and browsers ignore an anchor's dates",
        ),
        (
            "(Debian: update-ca-certificates)",
            "it only rebuilds from the installed package",
        ),
        (
            "a root your clients already trust",
            "said before the trust verdict is known",
        ),
        (
            "clients that check reject it",
            "a stale staple is ignored unless the leaf is must-staple",
        ),
    ];
    let mut cases = cases();
    let far = certscope::Timestamp(4_102_444_800); // 2100: every root expired
    let roots = ["pki/root-rsa.pem", "pki/root-ecdsa.pem"];
    let bundle: Vec<Input> = roots.iter().map(|f| Input::new(*f, fixture(f))).collect();
    let mut seen_bundle = false;
    cases.push(("an expired bundle".into(), bundle));
    for (name, inputs) in cases {
        let at = if name == "an expired bundle" { far } else { AT };
        let report = analyze(&inputs, at);
        let all = serde_json::to_string(&report).unwrap();
        for (old, why) in GONE {
            assert!(!all.contains(old), "{name}: {old:?} ({why})");
        }
        if name == "an expired bundle" {
            seen_bundle = true;
            let f = report
                .findings
                .iter()
                .find(|f| f.code == "bundle-expired-root")
                .unwrap();
            assert!(
                f.message.contains(certscope::inspect::lint::EXPIRED_ROOT),
                "{}",
                f.message
            );
            assert!(
                f.message.contains("apt upgrade ca-certificates"),
                "{}",
                f.message
            );
        }
        if name == "pki/leaf-no-ocsp.pem" {
            let f = report
                .findings
                .iter()
                .find(|f| f.code == "ocsp-no-responder-url")
                .unwrap();
            assert!(
                f.message
                    .contains("curl and OpenSSL check no CRL unless told to"),
                "{}",
                f.message
            );
        }
    }
    assert!(seen_bundle);
}

/// The wording bugs of issue 32, each on the fixture that showed it:
/// (files, time, a text that must not appear in the CLI's whole report, a
/// text that must, why). Each "must not" was in the old report.
#[test]
fn the_issue_wording_bugs_are_fixed() {
    // Two minutes past the staple's Next Update: within the 5-minute skew,
    // so still "expiring", but no longer "goes stale … from now".
    let past_next = certscope::Timestamp::parse_rfc3339("2026-11-23T01:05:00Z").unwrap();
    let table: &[(&[&str], certscope::Timestamp, &str, &str, &str)] = &[
        (
            &["chains/correct.pem", "servers/expiring-in-3-minutes.der"],
            past_next,
            "goes stale 2 minutes ago",
            "passed its Next Update 2 minutes ago",
            "a staple within the skew after its Next Update",
        ),
        (
            &["chains/correct.pem", "servers/expiring-in-3-minutes.der"],
            past_next,
            "Fetch a fresh one before then",
            "Fetch a fresh one now",
            "no 'before then' for a time past",
        ),
        (
            &["chains/correct.pem", "servers/expiring-in-3-minutes.der"],
            AT,
            "passed its Next Update",
            "goes stale in 3 minutes",
            "before Next Update the old words stay",
        ),
        (
            &["chains/correct.pem"],
            AT,
            "issuer.pem and issuer.pem",
            "must hold leaf.pem and issuer.pem.",
            "without the root the trust file is the issuer: named once",
        ),
        (
            &["pki/leaf-no-ocsp.pem", "chains/ecdsa-ed25519.pem"],
            AT,
            "came in a file of its own",
            "did not come in the same file as no-ocsp.example.test",
            "the second leaf shared chains/ecdsa-ed25519.pem with its CA",
        ),
    ];
    for (files, at, gone, present, why) in table {
        let inputs: Vec<Input> = files.iter().map(|f| Input::new(*f, fixture(f))).collect();
        let text = certscope::inspect::render::render_text(&analyze(&inputs, *at));
        assert!(!text.contains(gone), "{why}: {gone:?} in\n{text}");
        assert!(text.contains(present), "{why}: no {present:?} in\n{text}");
    }
}

/// "until you replace the file and reload" came four times on one page of
/// a stale staple (finding, staple card, Apache-style nginx row, refresh
/// note): the report now says it once, in the finding.
#[test]
fn a_stale_staple_says_replace_and_reload_once() {
    let inputs = vec![
        Input::new("fullchain.pem", fixture("chains/correct.pem")),
        Input::new("staple.der", fixture("staples/stale.der")),
    ];
    let report = analyze(&inputs, AT);
    let json = serde_json::to_string(&report).unwrap();
    let text = certscope::inspect::render::render_text(&report);
    for (what, all) in [("JSON", &json), ("CLI", &text)] {
        let times = all.matches("until you replace the file and reload").count()
            + all
                .matches("until the file is replaced and nginx reloaded")
                .count();
        assert_eq!(times, 1, "{what}:\n{all}");
    }
}
