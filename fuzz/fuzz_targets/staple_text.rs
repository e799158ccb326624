//! Staples printed as text: `openssl s_client -status` and `openssl ocsp
//! -resp_text` output, read line by line.
#![no_main]
use certscope::inspect::staple::text::find;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(find(data, 0)));
