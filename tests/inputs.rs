//! Every input shape people paste or drop, over the generated fixtures
//! (tests/fixtures/README.md says how each was made).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::input::{redact_private_keys, scan, without_private_keys, ObjectKind};
use certscope::{analyze, Input};

use ObjectKind::*;

mod common;
use common::{fixture, AT};

#[test]
fn every_shape_yields_its_objects() {
    // (fixture, kinds found in order, certificate CNs in the report, where it comes from)
    let table: &[(&str, &[ObjectKind], &[&str], &str)] = &[
        ("inputs/s_client-showcerts.txt", &[OcspResponse, Certificate, Certificate, Certificate], &["certscope Test Intermediate R2", "www.example.test"],
            "real `openssl s_client -showcerts -status` capture: the stapled response printed as text (line 10), whose block embeds int-rsa once more"),
        ("inputs/chain-crlf.pem", &[Certificate, Certificate], &["www.example.test", "certscope Test Intermediate R2"], "CRLF line ends"),
        ("inputs/chain-no-final-newline.pem", &[Certificate, Certificate], &["www.example.test", "certscope Test Intermediate R2"], "no final newline"),
        ("inputs/pkcs12-bag-attributes.pem", &[Certificate, Certificate], &["www.example.test", "certscope Test Intermediate R2"], "`openssl pkcs12 -nokeys` output"),
        ("inputs/proc-type-header.pem", &[Certificate], &["www.example.test"], "RFC 1421 headers inside the block"),
        ("inputs/trusted-certificate.pem", &[Certificate], &["certscope Test Root R1"], "`openssl x509 -trustout`: cert + trust aux"),
        ("inputs/x509-certificate-label.pem", &[Certificate], &["www.example.test"], "label X509 CERTIFICATE"),
        ("inputs/text-around.pem", &[Certificate], &["www.example.test"], "`openssl x509 -text` output then the PEM"),
        ("inputs/leaf.der", &[Certificate], &["www.example.test"], "DER certificate"),
        ("inputs/chain-concatenated.der", &[Certificate, Certificate, Certificate],
            &["www.example.test", "certscope Test Intermediate R2", "certscope Test Root R1"], "DER certificates concatenated"),
        ("inputs/bundle.p7b", &[Pkcs7], &["www.example.test", "certscope Test Intermediate R2", "certscope Test Root R1"], "`openssl crl2pkcs7 -outform DER`"),
        ("inputs/bundle-p7b.pem", &[Pkcs7], &["www.example.test", "certscope Test Intermediate R2", "certscope Test Root R1"], "PKCS7 in PEM"),
        ("inputs/leaf.b64", &[Certificate], &["www.example.test"], "base64 without armour"),
        ("inputs/ocsp-request.der", &[OcspRequest], &[], "`openssl ocsp -reqout`"),
        ("staples/good.der", &[OcspResponse], &["certscope Test Intermediate R2"], "`openssl ocsp -respout` (the staple); the signer's certificate it embeds joins the report"),
        ("staples/status-try-later.der", &[OcspResponse], &[], "non-successful response, 5 bytes"),
        ("inputs/crl.der", &[Crl], &[], "`openssl ca -gencrl`, DER"),
        ("inputs/crl.pem", &[Crl], &[], "X509 CRL block"),
        ("inputs/csr.der", &[Csr], &[], "`openssl req -new`, DER"),
        ("inputs/csr.pem", &[Csr], &[], "CERTIFICATE REQUEST block"),
        ("inputs/private-key.pem", &[PrivateKey], &[], "PKCS#8"),
        ("inputs/rsa-private-key.pem", &[PrivateKey], &[], "BEGIN RSA PRIVATE KEY"),
        ("inputs/ec-private-key.pem", &[PrivateKey], &[], "BEGIN EC PRIVATE KEY"),
        ("inputs/encrypted-private-key.pem", &[PrivateKey], &[], "BEGIN ENCRYPTED PRIVATE KEY"),
        ("inputs/private-key.der", &[PrivateKey], &[], "PKCS#8 DER"),
        ("inputs/keystore.p12", &[PrivateKey], &[], "PKCS#12 with key and certificates"),
        ("inputs/cert-and-key.pem", &[Certificate, PrivateKey], &["www.example.test"], "what people paste from a server"),
    ];
    for (path, kinds, names, why) in table {
        let report = analyze(&[Input::new(*path, fixture(path))], AT);
        let input = &report.inputs[0];
        let got: Vec<ObjectKind> = input.objects.iter().map(|o| o.kind).collect();
        assert_eq!(&got, kinds, "{path}: {why}");
        assert!(input.errors.is_empty(), "{path}: {:?}", input.errors);
        let cns: Vec<&str> = report
            .certificates
            .iter()
            .map(|c| c.display_name())
            .collect();
        assert_eq!(&cns, names, "{path}: {why}");
    }
}

#[test]
fn private_keys_are_never_decoded_or_kept() {
    for path in [
        "inputs/private-key.pem",
        "inputs/private-key.der",
        "inputs/keystore.p12",
        "inputs/cert-and-key.pem",
    ] {
        let found = scan(&fixture(path)).found;
        let key = found.iter().find(|f| f.kind == PrivateKey).unwrap();
        assert!(key.der.is_empty(), "{path}: key bytes kept");
        let report = analyze(&[Input::new(path, fixture(path))], AT);
        let warning = report
            .findings
            .iter()
            .find(|f| f.code == "private-key-exposed")
            .unwrap();
        assert!(warning.message.contains("treat it as exposed"), "{path}");
    }
}

#[test]
fn inputs_past_the_total_budget_are_not_read_and_say_why() {
    // Three 9 MiB inputs are read (27 MiB); a fourth would pass 32 MiB, so
    // it is not; a small one after it still fits and is analysed.
    let junk = b"not a certificate\n".repeat(9 * 1024 * 1024 / 18);
    let mut inputs: Vec<Input> = (1..=4)
        .map(|n| Input::new(format!("junk-{n}.txt"), junk.clone()))
        .collect();
    inputs.push(Input::new("leaf.pem", fixture("pki/leaf.pem")));
    let report = analyze(&inputs, AT);
    let codes: Vec<Vec<&str>> = report
        .inputs
        .iter()
        .map(|i| i.errors.iter().map(|e| e.code).collect())
        .collect();
    assert_eq!(
        codes,
        [
            vec!["not-recognized"],
            vec!["not-recognized"],
            vec!["not-recognized"],
            vec!["inputs-too-large"],
            vec![],
        ]
    );
    assert_eq!(
        report.inputs[3].errors[0].message,
        format!(
            "not read: its {} bytes and the {} bytes of the inputs before it are more than the 32 MB certscope reads at once; remove some inputs",
            junk.len(),
            3 * junk.len()
        )
    );
    assert_eq!(report.certificates.len(), 1);
}

#[test]
fn the_page_keeps_no_key_whatever_surrounds_it() {
    // (what comes before the PEM key, why) -- redaction searches text runs
    // between bytes that are not UTF-8, and must not miss a key after one.
    let pem = fixture("inputs/cert-and-key.pem");
    let body = String::from_utf8_lossy(&pem)
        .lines()
        .skip_while(|l| !l.contains("BEGIN PRIVATE KEY"))
        .nth(1)
        .unwrap()
        .to_string();
    let table: [(&[u8], &str); 3] = [
        (b"", "the file as it is"),
        (b"\xff\xfe not UTF-8\n", "invalid UTF-8 first"),
        (b"\xe2\x82\n", "a cut multi-byte character first"),
    ];
    for (before, why) in table {
        let input = [before, &pem].concat();
        let kept = without_private_keys(input.clone());
        assert!(!String::from_utf8_lossy(&kept).contains(&body), "{why}");
        assert_eq!(kept, redact_private_keys(&input), "{why}");
    }
    // No key: the same bytes come back.
    let leaf = fixture("pki/leaf.pem");
    assert_eq!(without_private_keys(leaf.clone()), leaf);
}

#[test]
fn hostile_inputs_get_worded_errors_and_do_not_stop_the_others() {
    // (fixture, error code, exact message, how the fixture was made)
    let table = [
        ("inputs/hostile/truncated.der", "der-length-past-end",
            "not readable as DER: byte 0: DER element has a length of 1075 bytes, which runs past the end of the data (535 bytes left; truncated or corrupted?)",
            "leaf.der cut in half"),
        ("inputs/hostile/wrong-length.der", "der-length-past-end",
            "not readable as DER: byte 0: DER element has a length of 1331 bytes, which runs past the end of the data (1075 bytes left; truncated or corrupted?)",
            "outer length byte raised"),
        ("inputs/hostile/pem-no-end.pem", "pem-missing-end", "line 1: PEM block CERTIFICATE has no END line", "END line removed"),
        ("inputs/hostile/bad-base64.pem", "pem-bad-base64",
            "line 1: PEM block CERTIFICATE: character '!' at position 532 of the base64 is not allowed", "a ! on line 10, column 20"),
        ("inputs/hostile/junk.txt", "not-recognized", "no PEM block (-----BEGIN …-----), DER or base64 was found in this text", "prose"),
        ("inputs/hostile/empty.txt", "input-empty", "empty: there is nothing to read", "empty file"),
        ("inputs/hostile/nul-bytes.bin", "der-not-sequence", "byte 0: not DER, expected a SEQUENCE (0x30) but found 0x00", "1 KiB of NUL"),
    ];
    for (path, code, message, why) in table {
        let report = analyze(
            &[
                Input::new(path, fixture(path)),
                Input::new("leaf.pem", fixture("pki/leaf.pem")),
            ],
            AT,
        );
        let errors = &report.inputs[0].errors;
        assert_eq!(errors.len(), 1, "{path} ({why}): {errors:?}");
        assert_eq!(
            (errors[0].code, errors[0].message.as_str()),
            (code, message),
            "{path}: {why}"
        );
        assert!(report.has_errors());
        assert_eq!(
            report.certificates.len(),
            1,
            "{path}: the other input is still analysed"
        );
    }
}

#[test]
fn a_bit_flipped_certificate_still_decodes_and_the_rest_of_the_input_is_read() {
    // bitflip.der changes byte 539, inside the EKU: it parses, its signature breaks.
    let report = analyze(
        &[Input::new(
            "bitflip.der",
            fixture("inputs/hostile/bitflip.der"),
        )],
        AT,
    );
    assert_eq!(report.certificates.len(), 1);
    assert!(report.certificates[0]
        .extended_key_usage
        .iter()
        .any(|e| e.contains("1.3.6.1.5.5.7.2.1")));
}

#[test]
fn certificates_found_in_several_inputs_appear_once() {
    let report = analyze(
        &[
            Input::new("a", fixture("chains/with-root.pem")),
            Input::new("b", fixture("inputs/bundle.p7b")),
        ],
        AT,
    );
    assert_eq!(report.certificates.len(), 3);
    assert_eq!(report.inputs[1].objects[0].certificates, vec![0, 1, 2]);
}

#[test]
fn pem_edge_cases() {
    // (text, kinds, error codes, why)
    let cert = String::from_utf8(fixture("pki/leaf.pem")).unwrap();
    let body = cert
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect::<Vec<_>>()
        .join("\n");
    let cases: Vec<(String, Vec<ObjectKind>, Vec<&str>, &str)> = vec![
        (format!("-----BEGIN CERTIFICATE-----\n{body}\n-----END X509 CRL-----\n"), vec![], vec!["pem-label-mismatch"], "END label differs"),
        ("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n".into(), vec![], vec!["pem-empty-block"], "empty block"),
        (format!("{cert}\n-----BEGIN CERTIFICATE-----\n{body}\n"), vec![Certificate], vec!["pem-missing-end"], "second block cut off"),
        (format!("-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----\n"), vec![Certificate], vec![], "odd label, sniffed by shape"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n".into(), vec![PrivateKey], vec![], "OpenSSH key"),
        (format!("-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n", &body[..200]), vec![], vec!["pem-bad-base64"], "base64 cut mid-way"),
    ];
    for (text, kinds, codes, why) in cases {
        let scan = scan(text.as_bytes());
        let got: Vec<ObjectKind> = scan.found.iter().map(|f| f.kind).collect();
        let got_codes: Vec<&str> = scan.errors.iter().map(|e| e.code).collect();
        assert_eq!((got, got_codes), (kinds, codes), "{why}");
    }
}

#[test]
fn the_object_budget_holds() {
    let one = String::from_utf8(fixture("pki/leaf.pem")).unwrap();
    let many = one.repeat(5_001);
    let scan = scan(many.as_bytes());
    assert_eq!(
        scan.found.len(),
        certscope::inspect::input::MAX_OBJECTS_PER_INPUT
    );
    assert_eq!(scan.errors[0].code, "input-too-many-objects");
}

#[test]
fn inputs_over_the_size_budget_are_refused_whole() {
    let big = vec![b'A'; certscope::inspect::input::MAX_INPUT_BYTES + 1];
    let scan = scan(&big);
    assert!(scan.found.is_empty());
    assert_eq!(scan.errors[0].code, "input-too-large");
}
