//! The certificate model over x509-parser, on arbitrary DER.
#![no_main]
use certscope::inspect::certificate::Certificate;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(Certificate::from_der(data)));
