//! A server log line pasted into the page's troubleshooting box (or given
//! to `--explain`), explained against a real chain's report.
#![no_main]
use certscope::inspect::commands::troubleshoot::explain_log;
use certscope::{analyze, Input, Report, Timestamp};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

/// tests/fixtures/chains/correct.pem at tests/fixtures/EVALUATION_TIME.
static REPORT: LazyLock<Report> = LazyLock::new(|| {
    let chain = include_bytes!("../../tests/fixtures/chains/correct.pem");
    analyze(
        &[Input::new("correct.pem", &chain[..])],
        Timestamp(1_795_395_600),
    )
});

fuzz_target!(|data: &[u8]| drop(explain_log(&String::from_utf8_lossy(data), &REPORT.certificates)));
