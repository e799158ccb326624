//! What the native test files share: the generated fixtures and the instant
//! their verdicts are stated at. Each file uses part of it.
#![allow(dead_code, clippy::panic)]

use certscope::Timestamp;

/// tests/fixtures/EVALUATION_TIME: 2026-11-23T01:00:00Z.
pub const AT: Timestamp = Timestamp(1_795_395_600);

/// A file under tests/fixtures/.
pub fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("tests/fixtures/{path}: {e} (run tests/fixtures/generate.sh)"))
}
