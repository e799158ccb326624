//! Signature checks: the input is read as a self-signed certificate, its own
//! SubjectPublicKeyInfo the key (or the whole input when it has none), so one
//! input drives signed_parts, certificate_spki and verify together.
#![no_main]
use certscope::inspect::signature::{certificate_spki as spki, signed_parts, verify};
use libfuzzer_sys::fuzz_target;
fuzz_target!(|d: &[u8]| drop(signed_parts(d).map(|s| verify(spki(d).unwrap_or(d), &s))));
