//! The evaluation time typed into the page or given to `--at`.
#![no_main]
use certscope::Timestamp;
use libfuzzer_sys::fuzz_target;
use std::hint::black_box;
fuzz_target!(|d: &[u8]| {
    black_box(Timestamp::parse_rfc3339(&String::from_utf8_lossy(d)));
});
