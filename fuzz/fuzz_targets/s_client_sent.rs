//! How many certificates `openssl s_client` output says the server sent.
#![no_main]
use certscope::inspect::chain::s_client_sent;
use libfuzzer_sys::fuzz_target;
use std::hint::black_box;
fuzz_target!(|data: &[u8]| {
    black_box(s_client_sent(data));
});
