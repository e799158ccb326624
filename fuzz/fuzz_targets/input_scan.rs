//! Sniffing and splitting one input: PEM amid text, DER, base64, PKCS#7.
#![no_main]
use certscope::inspect::input::scan;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(scan(data)));
