//! What the page and the CLI keep of every input before analysing it.
#![no_main]
use certscope::inspect::input::redact_private_keys;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(redact_private_keys(data)));
