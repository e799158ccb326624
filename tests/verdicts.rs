//! Issue 32's table test, CLI side: every row of tests/verdicts.tsv (the
//! fixtures and the page's examples) run through the `certscope` binary
//! with `--json` at tests/fixtures/EVALUATION_TIME, and the verdict class
//! (`summary.verdict`), the severity (`summary.severity`), the finding the
//! headline's action is about (`summary.code`) and the first command the
//! report tells the user to run (`commands[0].purpose`) checked against
//! the row. tests/browser/verdicts.test.mjs reads the same table on the
//! page.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::share::decode;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const AT: &str = "2026-11-23T01:00:00Z";

/// One row of tests/verdicts.tsv.
#[derive(Debug)]
struct Row {
    /// Fixture paths under tests/fixtures, or one `example:TITLE`.
    inputs: Vec<String>,
    /// `summary.verdict`, `summary.severity`, `summary.code` (`-`: none),
    /// `commands[0].purpose` (`-`: no command).
    want: [String; 4],
    why: String,
}

fn table() -> Vec<Row> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/verdicts.tsv"))
        .unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), 6, "six tab-separated cells: {line:?}");
            Row {
                inputs: if cells[0].starts_with("example:") {
                    vec![cells[0].to_string()]
                } else {
                    cells[0].split(' ').map(str::to_string).collect()
                },
                want: [cells[1], cells[2], cells[3], cells[4]].map(str::to_string),
                why: cells[5].to_string(),
            }
        })
        .collect()
}

/// The page's examples: (title, share link).
fn examples() -> Vec<(String, String)> {
    let json: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/examples.json"))
            .unwrap(),
    )
    .unwrap();
    json.iter()
        .map(|e| {
            (
                e["title"].as_str().unwrap().to_string(),
                e["link"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("certscope-verdicts-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The example's files, written under their own names as a person who
/// saved them would have them.
fn example_files(title: &str, dir: &Path) -> Vec<String> {
    let link = examples()
        .into_iter()
        .find(|(t, _)| t == title)
        .unwrap_or_else(|| panic!("no example titled {title:?} in static/examples.json"))
        .1;
    let shared = decode(&link).unwrap();
    shared
        .inputs
        .iter()
        .map(|i| {
            std::fs::write(dir.join(&i.name), &i.bytes).unwrap();
            i.name.clone()
        })
        .collect()
}

/// What the CLI's JSON says of `row`: verdict, severity, code, first command.
fn cli(row: &Row) -> [String; 4] {
    let fixtures = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"));
    let temp;
    let (dir, files) = match row.inputs[0].strip_prefix("example:") {
        Some(title) => {
            temp = TempDir::new(&title.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
            let files = example_files(title, &temp.0);
            (temp.0.clone(), files)
        }
        None => (fixtures, row.inputs.clone()),
    };
    let out = Command::new(env!("CARGO_BIN_EXE_certscope"))
        .args(["inspect", "--json", "--at", AT])
        .args(&files)
        .current_dir(&dir)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{:?}: no JSON ({e}): {}",
            row.inputs,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let word = |v: &Value| v.as_str().unwrap_or("-").to_string();
    [
        word(&json["summary"]["verdict"]),
        word(&json["summary"]["severity"]),
        word(&json["summary"]["code"]),
        word(&json["commands"][0]["purpose"]),
    ]
}

#[test]
fn every_row_has_its_verdict_severity_and_first_action() {
    let mut failures = Vec::new();
    for row in table() {
        let got = cli(&row);
        if got != row.want {
            failures.push(format!(
                "{}: want {:?}, got {:?} ({})",
                row.inputs.join(" "),
                row.want,
                got,
                row.why
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The table covers every example of the page's menu and every class of
/// the verdict scale, so a class or an example cannot drop out unseen.
#[test]
fn the_table_covers_every_example_and_every_verdict() {
    let rows = table();
    for (title, _) in examples() {
        let key = format!("example:{title}");
        assert!(
            rows.iter().any(|r| r.inputs == [key.clone()]),
            "no row for {key}"
        );
    }
    for verdict in certscope::inspect::summary::Verdict::ALL {
        assert!(
            rows.iter().any(|r| r.want[0] == verdict.word()),
            "no row for {}",
            verdict.word()
        );
    }
    for severity in ["error", "warning", "info"] {
        assert!(rows.iter().any(|r| r.want[1] == severity), "{severity}");
    }
    assert!(rows.len() >= 20, "{} rows", rows.len());
    // One voice: the headline's colour follows its words. "Works, but" is a
    // warning, "All good" is not an error (a stale CRL beside a good chain
    // was a red "Works, but").
    for row in &rows {
        let [verdict, severity, ..] = &row.want;
        let ok = match verdict.as_str() {
            "works-but" => severity == "warning",
            "all-good" => severity != "error",
            _ => true,
        };
        assert!(ok, "{:?}: {verdict} with severity {severity}", row.inputs);
    }
}
