//! The whole analysis of one input, rendered as the CLI prints it: text
//! parsing (`s_client` and `openssl ocsp` output), every decoder, the
//! findings over them, and the text view of attacker-chosen strings.
#![no_main]
use certscope::inspect::render::render_text;
use certscope::{analyze, Input, Timestamp};
use libfuzzer_sys::fuzz_target;

/// tests/fixtures/EVALUATION_TIME, so fixture seeds reach the same findings as the tests.
const AT: Timestamp = Timestamp(1_795_395_600);

fuzz_target!(|data: &[u8]| drop(render_text(&analyze(&[Input::new("fuzz", data)], AT))));
