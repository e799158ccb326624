//! The CRL model and the revocation analysis on arbitrary DER: decode,
//! then signature, freshness and a walk over every entry (issue 14).
#![no_main]
use certscope::inspect::{crl::Crl, revocation::judge};
use certscope::Timestamp;
use libfuzzer_sys::fuzz_target;
fuzz_target!(|data: &[u8]| drop(Crl::decode(data, 0).map(|c| judge(&mut [c], &[], Timestamp(1_795_395_600)))));
