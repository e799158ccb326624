//! Share-link decoding: a URL fragment is text anyone can write.
#![no_main]
use certscope::inspect::share::decode;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(decode(&String::from_utf8_lossy(data))));
