//! Every bug found by fuzzing or by the hostile set (tests/hostile/) becomes
//! a test here, named after the bug (ripgrep's tests/regression.rs).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::input::{scan, ObjectKind, MAX_OBJECTS_PER_INPUT};
use certscope::inspect::tlv::MAX_DEPTH;
use certscope::{analyze, Input};
use std::time::{Duration, Instant};

mod common;
use common::{fixture, AT};

use certscope::inspect::tlv::encode as tlv;

/// ContentInfo { signedData, [0] SignedData { 1, {}, { data }, [0] certs, {} } }.
fn pkcs7(certificates: &[u8]) -> Vec<u8> {
    const SIGNED_DATA: [u8; 9] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];
    const DATA: [u8; 9] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
    let signed = [
        tlv(0x02, &[1]),
        tlv(0x31, &[]),
        tlv(0x30, &tlv(0x06, &DATA)),
        tlv(0xa0, certificates),
        tlv(0x31, &[]),
    ]
    .concat();
    tlv(
        0x30,
        &[tlv(0x06, &SIGNED_DATA), tlv(0xa0, &tlv(0x30, &signed))].concat(),
    )
}

/// Hostile set, big/pkcs7-a-million-empty-certificates.p7b: a 2 MB bundle
/// of 1,000,000 empty "certificates" took 28 s in a debug build and a
/// million error messages, because certificates inside a bundle were not
/// counted against the object budget.
#[test]
fn pkcs7_certificates_count_against_the_object_budget() {
    let bundle = pkcs7(&[0x30, 0x00].repeat(1_000_000));
    let start = Instant::now();
    let report = analyze(&[Input::new("bundle.p7b", bundle)], AT);
    assert!(start.elapsed() < Duration::from_secs(5));
    let errors = &report.inputs[0].errors;
    assert!(errors.iter().any(|e| e.code == "input-too-many-objects"));
    assert!(
        errors.len() <= MAX_OBJECTS_PER_INPUT + 1,
        "{}",
        errors.len()
    );

    // Real certificates too, and the rest of the input after the bundle.
    let root = fixture("inputs/chain-concatenated.der");
    let scanned = scan(&pkcs7(&root.repeat(2_000)));
    let [bundle] = scanned.found.as_slice() else {
        panic!("{scanned:?}")
    };
    assert_eq!(bundle.certificates.len(), MAX_OBJECTS_PER_INPUT - 1);
    assert_eq!(scanned.errors[0].code, "input-too-many-objects");
    assert!(
        scanned.errors[0].message.contains("PKCS#7"),
        "{}",
        scanned.errors[0].message
    );
}

/// Hostile set, nul/before-and-after.pem: a certificate whose BEGIN line
/// starts with NUL bytes was silently nothing: no object, no error, as if
/// the paste were empty.
#[test]
fn pem_begin_not_at_line_start_says_so() {
    let mut text = vec![0u8; 100];
    text.extend(fixture("pki/leaf.pem"));
    let scanned = scan(&text);
    assert!(scanned.found.is_empty());
    assert_eq!(scanned.errors.len(), 1, "{scanned:?}");
    assert_eq!(scanned.errors[0].code, "pem-no-block");
    // One that reads is unchanged.
    assert_eq!(scan(&fixture("pki/leaf.pem")).errors, vec![]);
}

/// Hostile set, truncated, bit-flipped and length-lying certificates: the
/// message was x509-parser's debug output, "not a valid X.509 certificate:
/// Parsing Error: Der(UnexpectedTag { expected: Some(Tag(16)), actual:
/// Tag(2) })", and a malformed extension's "(Parsing Failure: NomError(Eof))".
#[test]
fn certificate_errors_are_worded_not_debug_output() {
    let leaf = fixture("inputs/leaf.der");
    // (input, words the message must hold, where the case came from)
    let mut lying = leaf.clone();
    lying[758] += 1; // the CRL Distribution Points OCTET STRING (byte 757) claims 1 byte more than its extension holds
    let table: [(Vec<u8>, &str, &str); 3] = [
        (
            b"-----BEGIN CERTIFICATE-----\nMAMCAQU=\n-----END CERTIFICATE-----\n".to_vec(),
            "expected a SEQUENCE but found an INTEGER",
            "a CERTIFICATE block holding an INTEGER",
        ),
        (
            lying,
            "not a valid X.509 certificate: an element runs past the end of the data that holds it",
            "an inner length past its parent's end",
        ),
        (
            {
                let mut pem = fixture("pki/leaf.pem");
                pem.splice(0..0, b"x".iter().copied());
                pem
            },
            "not as a PEM block",
            "BEGIN line not at the start of a line",
        ),
    ];
    for (bytes, want, why) in table {
        let report = analyze(&[Input::new("input", bytes)], AT);
        let messages: Vec<_> = report.inputs[0].errors.iter().map(|e| &e.message).collect();
        assert!(
            messages.iter().any(|m| m.contains(want)),
            "{why}: {messages:?}"
        );
        for m in messages {
            assert!(!m.contains("Parsing") && !m.contains("Tag("), "{why}: {m}");
        }
    }

    // A malformed extension: the CRL Distribution Points value cut short.
    let mut bad = leaf.clone();
    let crldp = bad
        .windows(3)
        .position(|w| w == [0x55, 0x1d, 0x1f])
        .unwrap();
    // OID (3) + OCTET STRING header (2): the value's SEQUENCE claims 1 more byte.
    bad[crldp + 3 + 2 + 1] += 1;
    let report = analyze(&[Input::new("leaf.der", bad)], AT);
    let malformed: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "certificate-malformed-extension")
        .collect();
    assert_eq!(malformed.len(), 1, "{:#?}", report.findings);
    assert!(
        malformed[0]
            .message
            .contains("runs past the end of the data that holds it"),
        "{}",
        malformed[0].message
    );
}

/// Bit-flipped certificates: a subjectAltName entry x509-parser could not
/// read (a DNS name that is not UTF-8) was shown as its debug output,
/// "Invalid(Tag(2), [119, 119, …", cut at 80 characters.
#[test]
fn unreadable_alt_names_are_not_debug_output() {
    let mut leaf = fixture("inputs/leaf.der");
    let san = leaf
        .windows(3)
        .position(|w| w == [0x55, 0x1d, 0x11])
        .unwrap();
    let name = san
        + leaf[san..]
            .windows(16)
            .position(|w| w == b"www.example.test")
            .unwrap();
    leaf[name + 11] = 0xff; // the "." before "test"
    let report = analyze(&[Input::new("leaf.der", leaf)], AT);
    let names = &report.certificates[0].subject_alt_names;
    assert!(
        names.contains(&"DNS:www.example\u{FFFD}test".to_string()),
        "{names:?}"
    );
    assert!(names.iter().all(|n| !n.contains("Invalid(")), "{names:?}");
}

fn nested_sequences(levels: usize) -> Vec<u8> {
    (0..levels).fold(Vec::new(), |inner, _| tlv(0x30, &inner))
}

#[test]
fn nested_sequences_were_taken_for_an_ocsp_request() {
    // Found by the hostile set: the sniffer took SEQUENCE { SEQUENCE {
    // SEQUENCE { SEQUENCE … } } } for an OCSPRequest, and said so.
    let scanned = scan(&nested_sequences(6));
    assert_eq!(scanned.found.len(), 1);
    assert_eq!(scanned.found[0].kind, ObjectKind::Unrecognized);
    // A real request still is one.
    let request = scan(&fixture("staples/ocsp-request-leaf.der"));
    assert_eq!(request.found[0].kind, ObjectKind::OcspRequest);
}

#[test]
fn nesting_is_read_to_the_depth_budget_and_refused_past_it() {
    let at_limit = scan(&nested_sequences(MAX_DEPTH));
    assert!(at_limit.errors.is_empty(), "{:?}", at_limit.errors);
    let past = scan(&nested_sequences(MAX_DEPTH + 1));
    assert_eq!(past.errors.len(), 1);
    assert_eq!(past.errors[0].code, "der-too-deep");
    assert_eq!(
        past.errors[0].message,
        format!(
            "byte 0: not read: the DER is nested more than {MAX_DEPTH} levels deep (at byte {}); a certificate needs about 8",
            2 * MAX_DEPTH
        )
    );
    assert!(past.found.is_empty());
}
