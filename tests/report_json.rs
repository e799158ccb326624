//! The page renders the report its worker sends as JSON: reading that JSON
//! back must give the same report, field for field, for every fixture.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::{analyze, Input, Report};

mod common;
use common::{fixture, AT};

#[test]
fn every_report_reads_back_from_its_json() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut sets: Vec<Vec<String>> = Vec::new();
    for sub in ["inputs", "inputs/hostile", "chains", "staples", "pki"] {
        for entry in std::fs::read_dir(format!("{dir}/{sub}")).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                sets.push(vec![format!(
                    "{sub}/{}",
                    path.file_name().unwrap().to_string_lossy()
                )]);
            }
        }
    }
    // Staples with their chains, so matches, signers and verdicts are filled in.
    sets.push(vec![
        "chains/with-root.pem".into(),
        "staples/good-delegated.der".into(),
        "staples/stale.der".into(),
    ]);
    sets.push(vec![
        "chains/missing-intermediate.pem".into(),
        "chains/cross-signed.pem".into(),
    ]);
    for set in sets {
        let inputs: Vec<Input> = set
            .iter()
            .map(|p| Input::new(p.clone(), fixture(p)))
            .collect();
        let json = analyze(&inputs, AT).to_json();
        let back: Report = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{set:?}: {e}"));
        assert_eq!(back.to_json(), json, "{set:?}");
    }
}

#[test]
fn large_reports_are_cut_for_the_page_and_say_so() {
    let big = fixture("chains/big-500.pem");
    let report = analyze(&[Input::new("big-500.pem", big)], AT);
    let (view, note) = report.for_view();
    assert!(report.certificates.len() > 100 && report.findings.len() > 200);
    assert_eq!(view.certificates.len(), 100);
    assert!(view.findings.len() <= 200);
    assert!(
        view.findings
            .windows(2)
            .all(|w| w[0].severity <= w[1].severity),
        "most severe kept"
    );
    let note = note.unwrap();
    assert!(note.contains("100 of 500 certificates"), "{note}");
    // Every certificate given is still named where it was given, the ones
    // past the cards by a note (issue 28), never by a dangling index.
    let objects: Vec<_> = view.inputs.iter().flat_map(|i| &i.objects).collect();
    assert!(objects.len() > 100);
    for object in &objects {
        match object.certificate {
            Some(c) => assert!(c < view.certificates.len()),
            None => {
                let note = object.note.as_deref().unwrap_or_default();
                assert!(note.contains("its card is not shown"), "{note}");
            }
        }
    }
    // A small report is shown whole.
    let small = analyze(
        &[Input::new("correct.pem", fixture("chains/correct.pem"))],
        AT,
    );
    let (mut view, note) = small.for_view();
    // Except that CRLs, revocation lines and the timeline reach the page as words (issues 14, 28).
    assert_eq!(view.revocation_lines.len(), small.revocation.len());
    view.revocation = small.revocation.clone();
    view.revocation_lines.clear();
    // And the timeline as the page draws it (issue 28).
    assert_eq!(view.timeline.len(), 1);
    view.timeline.clear();
    assert_eq!((view, note), (small.clone(), None));
}

/// A trust bundle reaches the page as the table it is shown as (issue 27:
/// its first row waited on parsing every root's extensions): each root's
/// name, expiry and fingerprint as in the whole report, nothing the table
/// does not read; a chain's certificates stay whole (above).
#[test]
fn a_bundles_view_carries_what_its_table_reads() {
    let java = fixture("trust/programs/java.pem");
    let report = analyze(&[Input::new("java.pem", java)], AT);
    let (view, _) = report.for_view();
    assert!(view.shows_table() && view.certificates.len() > 80);
    for (shown, whole) in view.certificates.iter().zip(&report.certificates) {
        assert_eq!(shown.display_name(), whole.display_name());
        assert_eq!(
            (shown.not_after, &shown.sha256),
            (whole.not_after, &whole.sha256)
        );
        assert!(shown.extensions.is_empty() && shown.issuer_attributes.is_empty());
    }
    assert!(report
        .certificates
        .iter()
        .all(|c| !c.extensions.is_empty() || c.version < 3));
}

/// The engine lays out its downloaded report from the compact JSON
/// (`text::pretty_json`, issue 27): byte for byte what `--json` writes, for
/// every fixture and example, strings with quotes, backslashes, brackets
/// and commas in them included.
#[test]
fn the_engines_layout_of_the_report_is_the_clis() {
    use certscope::inspect::text::pretty_json;
    let mut cases: Vec<Vec<Input>> = Vec::new();
    for dir in ["chains", "staples", "crl", "inputs", "bundles", "trust"] {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(dir);
        let Ok(entries) = std::fs::read_dir(&root) else {
            continue;
        };
        for e in entries.flatten().filter(|e| e.path().is_file()) {
            let name = format!("{dir}/{}", e.file_name().to_string_lossy());
            cases.push(vec![Input::new(
                name.clone(),
                std::fs::read(e.path()).unwrap(),
            )]);
        }
    }
    cases.push(vec![Input::new(
        "odd \"name\" \\ [x], {y}: z.pem",
        fixture("chains/correct.pem"),
    )]);
    assert!(cases.len() > 40);
    for inputs in cases {
        let report = analyze(&inputs, AT);
        let compact = serde_json::to_string(&report).unwrap();
        assert_eq!(
            pretty_json(&compact),
            report.to_json(),
            "{}",
            inputs[0].name
        );
    }
}
