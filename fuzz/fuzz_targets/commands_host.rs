//! The host name typed into the page (or given to `--host`), which goes
//! into shell commands and server configuration for a real chain.
#![no_main]
use certscope::inspect::certificate::Certificate;
use certscope::inspect::commands::{advise, Paths};
use certscope::{analyze, Input, Timestamp};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

/// The certificates of tests/fixtures/chains/correct.pem.
static CHAIN: LazyLock<Vec<Certificate>> = LazyLock::new(|| {
    let chain = include_bytes!("../../tests/fixtures/chains/correct.pem");
    analyze(
        &[Input::new("correct.pem", &chain[..])],
        Timestamp(1_795_395_600),
    )
    .certificates
});

/// The page's file names.
static PATHS: LazyLock<Paths> = LazyLock::new(Paths::default);

fuzz_target!(|d: &[u8]| drop(advise(&CHAIN, Some(&String::from_utf8_lossy(d)), &PATHS)));
