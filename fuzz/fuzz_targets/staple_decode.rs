//! The OCSP response (staple) decoder: OCSPResponse, BasicOCSPResponse and
//! everything inside, from DER.
#![no_main]
use certscope::inspect::staple::decode;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(decode(data, 0)));
