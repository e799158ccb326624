//! A pasted PUBLIC KEY, RSA PUBLIC KEY or CSR (issue 15) read and matched
//! against a real chain's certificates.
#![no_main]
use certscope::inspect::input::Location;
use certscope::inspect::keys::{judge, GivenKey, KeySource};
use certscope::{analyze, Input, Report, Timestamp};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

/// tests/fixtures/chains/correct.pem at tests/fixtures/EVALUATION_TIME.
static REPORT: LazyLock<Report> = LazyLock::new(|| {
    let chain = include_bytes!("../../tests/fixtures/chains/correct.pem");
    analyze(&[Input::new("correct.pem", &chain[..])], Timestamp(1_795_395_600))
});

fuzz_target!(|data: &[u8]| for source in [KeySource::PublicKey, KeySource::RsaPublicKey, KeySource::Csr] {
    drop(judge(&[GivenKey::new(0, "fuzz", Location::Byte(0), source, data)], &REPORT.certificates, &REPORT.chains))
});
