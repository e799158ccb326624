//! An embedded SCT list extension's value (RFC 6962 §3.3) as the
//! certificate reader hands it on: x509-parser's list parser, certscope's
//! model of each SCT, and its findings (issue 15).
#![no_main]
use certscope::inspect::sct::{findings, Sct};
use certscope::Timestamp;
use libfuzzer_sys::fuzz_target;
use x509_parser::extensions::parse_ct_signed_certificate_timestamp_list;

fuzz_target!(|data: &[u8]| if let Ok((_, list)) = parse_ct_signed_certificate_timestamp_list(data) {
    let scts: Vec<Sct> = list.iter().map(|s| Sct::from_parsed(s, Timestamp(1_795_395_600))).collect();
    drop(findings([(0, "fuzz", scts.as_slice())]))
});
