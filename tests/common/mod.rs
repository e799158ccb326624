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

/// Whether `tool` runs (`tool arg` exits 0). A test that needs it returns
/// early when it does not, locally only: with `CI=true` a missing tool fails
/// the test, because CI installs every tool (scripts/setup.sh) and a skip
/// there would be a green test that checked nothing.
pub fn tool_present(tool: &str, arg: &str) -> bool {
    let ok = std::process::Command::new(tool)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "`{tool}` is not installed, and CI=true: scripts/setup.sh installs it; \
             a skipped test in CI checks nothing"
        );
        eprintln!("SKIPPED: `{tool}` is not installed, so this test cannot run");
    }
    ok
}
