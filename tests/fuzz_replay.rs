//! Replays the saved fuzz corpus through the same entry points as the fuzz
//! targets, as an ordinary test: no nightly, no cargo-fuzz, and a crash once
//! fixed stays fixed. The model is x509-parser's tests/run_all_fuzz_files.rs.
//!
//! - `tests/fuzz-corpus/<target>/`: the minimised corpus `scripts/fuzz.sh
//!   --save` keeps, replayed through that target's entry point.
//! - `tests/fuzz-corpus/crashes/`: every crash or hang reproducer ever found,
//!   replayed through every entry point.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::certificate::Certificate;
use certscope::inspect::commands::troubleshoot::explain_log;
use certscope::inspect::commands::{advise, Paths};
use certscope::inspect::input::{redact_private_keys, scan};
use certscope::inspect::render::render_text;
use certscope::inspect::signature::{certificate_spki, signed_parts, verify};
use certscope::inspect::{share, staple};
use certscope::{analyze, Input, Report, Timestamp};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// A fuzz target's name and what it does with its input.
type Target = (&'static str, fn(&[u8]));

/// What each fuzz target in fuzz/fuzz_targets/ does with its input: keep
/// these in step with the one-line target bodies.
const TARGETS: &[Target] = &[
    ("input_scan", |d| drop(scan(d))),
    ("certificate_from_der", |d| drop(Certificate::from_der(d))),
    ("staple_decode", |d| drop(staple::decode(d, 0))),
    ("staple_text", |d| drop(staple::text::find(d, 0))),
    ("s_client_sent", |d| {
        let _ = certscope::inspect::input::s_client_sent(d);
    }),
    ("analyze", |d| {
        drop(render_text(&analyze(
            &[Input::new("fuzz", d)],
            Timestamp(1_795_395_600),
        )))
    }),
    ("share_decode", |d| {
        drop(share::decode(&String::from_utf8_lossy(d)))
    }),
    ("signature_verify", |d| {
        drop(signed_parts(d).map(|s| verify(certificate_spki(d).unwrap_or(d), &s)))
    }),
    ("redact_private_keys", |d| drop(redact_private_keys(d))),
    ("crl_judge", |d| {
        drop(certscope::inspect::crl::Crl::decode(d, 0).map(|c| {
            certscope::inspect::revocation::judge(&mut [c], &[], Timestamp(1_795_395_600))
        }))
    }),
    ("explain_log", |d| {
        drop(explain_log(
            &String::from_utf8_lossy(d),
            &CHAIN_REPORT.certificates,
        ))
    }),
    ("commands_host", |d| {
        drop(advise(
            &CHAIN_REPORT.certificates,
            Some(&String::from_utf8_lossy(d)),
            &Paths::default(),
        ))
    }),
    ("given_key", |d| {
        use certscope::inspect::input::Location;
        use certscope::inspect::keys::{judge, GivenKey, KeySource};
        for source in [
            KeySource::PublicKey,
            KeySource::RsaPublicKey,
            KeySource::Csr,
        ] {
            let key = GivenKey::new(0, "fuzz", Location::Byte(0), source, d);
            drop(judge(
                &[key],
                &CHAIN_REPORT.certificates,
                &CHAIN_REPORT.chains,
            ));
        }
    }),
    ("sct_list", |d| {
        use certscope::inspect::sct::{findings, Sct};
        use x509_parser::extensions::parse_ct_signed_certificate_timestamp_list;
        if let Ok((_, list)) = parse_ct_signed_certificate_timestamp_list(d) {
            let at = Timestamp(1_795_395_600);
            let scts: Vec<Sct> = list.iter().map(|s| Sct::from_parsed(s, at)).collect();
            drop(findings([(0, "fuzz", scts.as_slice())]));
        }
    }),
    ("time_parse", |d| {
        let _ = Timestamp::parse_rfc3339(&String::from_utf8_lossy(d));
    }),
];

/// tests/fixtures/chains/correct.pem at tests/fixtures/EVALUATION_TIME, as
/// in the explain_log and commands_host targets.
static CHAIN_REPORT: LazyLock<Report> = LazyLock::new(|| {
    let chain = include_bytes!("fixtures/chains/correct.pem");
    analyze(
        &[Input::new("correct.pem", &chain[..])],
        Timestamp(1_795_395_600),
    )
});

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    out.retain(|p| p.is_file());
    out.sort();
    out
}

/// Runs `entry` on every file, and returns the ones that panicked.
fn replay(target: &str, entry: fn(&[u8]), paths: &[PathBuf]) -> Vec<String> {
    let mut failed = Vec::new();
    for path in paths {
        let data = std::fs::read(path).unwrap();
        if catch_unwind(AssertUnwindSafe(|| entry(&data))).is_err() {
            failed.push(format!("{target}: {}", path.display()));
        }
    }
    failed
}

#[test]
fn every_fuzz_target_is_replayed() {
    // A target added to fuzz/ without an entry here would never be replayed.
    for path in files(&root().join("fuzz/fuzz_targets")) {
        let name = path.file_stem().unwrap().to_str().unwrap();
        assert!(
            TARGETS.iter().any(|(t, _)| *t == name),
            "fuzz target {name} has no entry in tests/fuzz_replay.rs"
        );
    }
    for dir in std::fs::read_dir(root().join("tests/fuzz-corpus")).unwrap() {
        let dir = dir.unwrap();
        if !dir.path().is_dir() {
            continue; // README.md
        }
        let name = dir.file_name().into_string().unwrap();
        assert!(
            name == "crashes" || TARGETS.iter().any(|(t, _)| *t == name),
            "tests/fuzz-corpus/{name} is not a fuzz target"
        );
    }
}

#[test]
fn saved_corpus_replays_without_panic() {
    let corpus = root().join("tests/fuzz-corpus");
    let mut failed = Vec::new();
    // Each target's own folder, not only the total: a deleted or emptied
    // folder would leave that target replaying nothing while the others
    // keep the count up.
    let mut empty = Vec::new();
    for (target, entry) in TARGETS {
        let paths = files(&corpus.join(target));
        if paths.is_empty() {
            empty.push(format!("tests/fuzz-corpus/{target}/"));
        }
        failed.extend(replay(target, *entry, &paths));
    }
    assert!(
        empty.is_empty(),
        "missing or empty corpus folders (scripts/fuzz.sh --save writes them): {empty:?}"
    );
    assert!(failed.is_empty(), "panicked:\n{}", failed.join("\n"));
}

#[test]
fn crash_reproducers_replay_without_panic() {
    let paths = files(&root().join("tests/fuzz-corpus/crashes"));
    // An empty or missing folder would make this test pass having replayed nothing.
    assert!(
        !paths.is_empty(),
        "tests/fuzz-corpus/crashes/ holds no reproducer"
    );
    let mut failed = Vec::new();
    for (target, entry) in TARGETS {
        failed.extend(replay(target, *entry, &paths));
    }
    assert!(failed.is_empty(), "panicked:\n{}", failed.join("\n"));
}
