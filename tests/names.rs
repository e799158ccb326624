//! Issue 13: names read and compared as OpenSSL does, staples bound to the
//! key that issued the certificate, OCSP times, must-staple captures, and
//! lenient reading. Fixtures: tests/fixtures/names/generate.sh (bash, openssl
//! and faketime over the test PKI) and tests/fixtures/pki.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use certscope::{analyze, Input, Report};
use serde_json::Value;

mod common;
use common::{fixture, AT};

fn run(files: &[&str]) -> Report {
    let inputs: Vec<Input> = files.iter().map(|f| Input::new(*f, fixture(f))).collect();
    analyze(&inputs, AT)
}

fn json(report: &Report) -> Value {
    serde_json::from_str(&report.to_json()).unwrap()
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code).collect()
}

#[test]
fn a_real_root_reads_as_text_with_its_encodings() {
    // ISRG Root X1 from Debian's bundle: every attribute a PrintableString.
    let report = run(&["names/isrg-root-x1.pem"]);
    let cert = &json(&report)["certificates"][0];
    assert_eq!(
        cert["subject"],
        "CN=ISRG Root X1,O=Internet Security Research Group,C=US"
    );
    assert_eq!(cert["issuer"], cert["subject"]);
    let attributes = cert["subject_attributes"].as_array().unwrap();
    let rows: Vec<(&str, &str, &str)> = attributes
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap(),
                a["value"].as_str().unwrap(),
                a["encoding"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("C", "US", "PrintableString"),
            ("O", "Internet Security Research Group", "PrintableString"),
            ("CN", "ISRG Root X1", "PrintableString"),
        ]
    );
    assert_eq!(cert["self_issued"], true);
}

#[test]
fn foo_bar_with_two_spaces_and_foo_bar_are_one_name() {
    // The leaf's issuer field is UTF8String "foo bar" / "CERTSCOPE TESTS";
    // the root's subject is PrintableString "Foo  Bar" / "certscope tests".
    // Same key: RFC 5280 §7.1 (OpenSSL's canonical form) makes them one name.
    let report = run(&["names/leaf-foo-bar.pem", "names/root-printable.pem"]);
    let chain = &report.chains[0];
    assert!(chain.complete, "{:?}", codes(&report));
    assert!(chain.root_included);
    assert_eq!(chain.order.len(), 2);
    assert_eq!(chain.links[0].signature, "valid");
    assert!(!codes(&report).contains(&"chain-incomplete"));
    let root = &report.certificates[chain.order[1]];
    assert_eq!(root.subject, "CN=Foo  Bar,O=certscope tests");
    assert!(root.self_issued);
    let leaf = &report.certificates[chain.order[0]];
    assert_eq!(leaf.issuer, "CN=foo bar,O=CERTSCOPE TESTS");
    assert_eq!(leaf.issuer_attributes[1].encoding, "UTF8String");
    assert_eq!(root.subject_attributes[1].encoding, "PrintableString");
    // The commands find the same issuer as the chain: the leaf names a CA
    // Issuers URL, so a missed issuer would be a fetch-issuer command.
    let fetches = |r: &certscope::Report| {
        r.commands
            .iter()
            .filter(|c| c.purpose.word() == "fetch-issuer")
            .count()
    };
    assert_eq!(fetches(&report), 0);
    // Without the root, the same leaf does get one: the check above can fail.
    assert_eq!(fetches(&run(&["names/leaf-foo-bar.pem"])), 1);
}

#[test]
fn a_staple_for_the_other_key_of_a_same_named_intermediate_is_refused() {
    // other-key-r2.der: leaf's serial, CertID naming wrong-int's key (R2's
    // name, another key), signed by wrong-int. Given with the real chain
    // and wrong-int.
    let report = run(&[
        "names/other-key-r2.der",
        "chains/correct.pem",
        "pki/wrong-int.pem",
    ]);
    let staple = &json(&report)["staples"][0];
    assert_eq!(staple["responses"][0]["certificate"], Value::Null);
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == "staple-other-issuer-key")
        .unwrap_or_else(|| panic!("{:?}", codes(&report)));
    assert_eq!(finding.severity, certscope::Severity::Error);
    assert!(finding.message.contains("another issuer key"));

    // Without the real R2 the CertID still names a given certificate,
    // wrong-int, that did not issue the leaf: refused all the same, not
    // matched by the issuer's name alone.
    let report = run(&[
        "names/other-key-r2.der",
        "pki/leaf.pem",
        "pki/wrong-int.pem",
    ]);
    assert_eq!(
        json(&report)["staples"][0]["responses"][0]["certificate"],
        Value::Null
    );
    assert!(
        codes(&report).contains(&"staple-other-issuer-key"),
        "{:?}",
        codes(&report)
    );

    // The same staple with wrong-int's own leaf missing still does not match
    // the leaf; the good staple from R2 still matches it.
    let good = run(&[
        "staples/good.der",
        "chains/correct.pem",
        "pki/wrong-int.pem",
    ]);
    assert!(good.staples[0].responses[0].certificate.is_some());
    assert!(!codes(&good).contains(&"staple-other-issuer-key"));
}

#[test]
fn next_update_before_this_update_is_invalid() {
    let report = run(&["names/next-before-this.der", "chains/correct.pem"]);
    let staple = &json(&report)["staples"][0];
    assert_eq!(
        staple["responses"][0]["freshness"],
        "next-update-before-this-update"
    );
    // The signature itself verifies: only the times are wrong.
    assert_eq!(staple["signature"]["valid"], true);
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "staple-next-update-before-this-update")
        .unwrap_or_else(|| panic!("{:?}", codes(&report)));
    assert_eq!(f.severity, certscope::Severity::Error);
    assert_eq!(report.summary.severity, certscope::Severity::Error);
}

#[test]
fn no_staple_sent_for_a_must_staple_leaf_is_an_error() {
    // (capture head, certificate PEM appended, expected code, severity, why)
    let table = [
        (
            "pki/leaf-must-staple.pem",
            "staple-not-sent-must-staple",
            certscope::Severity::Error,
            "Firefox refuses a must-staple connection without a staple",
        ),
        (
            "pki/leaf.pem",
            "staple-not-sent",
            certscope::Severity::Info,
            "an ordinary leaf: only information",
        ),
    ];
    for (pem, code, severity, why) in table {
        let mut text =
            b"CONNECTED(00000003)\nOCSP response: no response sent\n---\nCertificate chain\n"
                .to_vec();
        text.extend(fixture(pem));
        let report = analyze(&[Input::new("s_client.txt", text)], AT);
        let f = report
            .findings
            .iter()
            .find(|f| f.code.starts_with("staple-not-sent"))
            .unwrap_or_else(|| panic!("{why}: {:?}", codes(&report)));
        assert_eq!((f.code, f.severity), (code, severity), "{why}");
    }
    // The capture without -showcerts, the leaf given as its own file.
    let report = analyze(
        &[
            Input::new(
                "s_client.txt",
                "CONNECTED(00000003)\nOCSP response: no response sent\n---\n",
            ),
            Input::new("leaf.pem", fixture("pki/leaf-must-staple.pem")),
        ],
        AT,
    );
    assert!(codes(&report).contains(&"staple-not-sent-must-staple"));
}

#[test]
fn certificates_openssl_reads_are_listed_with_their_defect() {
    // (fixture, words the defect must name, notBefore) — generate.sh builds
    // them byte by byte and checks that OpenSSL verifies each one. (x509-parser
    // reads these too; when it refuses one, certificate/lenient.rs reads the
    // same fields, which its unit test checks over every fixture.)
    let table = [
        (
            "names/utctime-no-seconds.pem",
            "no seconds",
            "2026-11-01T00:00:00Z",
        ),
        (
            "names/utctime-offset.pem",
            "time-zone offset",
            "2026-11-01T00:00:00Z",
        ),
        (
            "names/generalized-fraction.pem",
            "fractions of a second",
            "2026-11-01T00:00:00Z",
        ),
    ];
    for (file, words, not_before) in table {
        let report = run(&[file]);
        assert_eq!(report.certificates.len(), 1, "{file}: {:?}", codes(&report));
        let cert = &report.certificates[0];
        assert_eq!(cert.subject, "CN=certscope lenient test", "{file}");
        assert_eq!(cert.not_before.rfc3339(), not_before, "{file}");
        assert_eq!(cert.public_key.summary, "EC P-256", "{file}");
        let f = report
            .findings
            .iter()
            .find(|f| f.code == "certificate-malformed")
            .unwrap_or_else(|| panic!("{file}: {:?}", codes(&report)));
        assert_eq!(f.severity, certscope::Severity::Error);
        assert!(f.message.contains(words), "{file}: {}", f.message);
        assert!(!codes(&report).contains(&"certificate-invalid"), "{file}");
        // Self-signed, and the signature is real: the chain ends at a root.
        assert_eq!(report.chains[0].end, "root", "{file}");
        let value = json(&report);
        assert!(value["certificates"][0]["defects"][0]
            .as_str()
            .unwrap()
            .contains(words));
    }
}

#[test]
fn a_five_byte_ocsp_response_in_bare_base64_reads_like_its_der() {
    // MAMKAQM= is 30 03 0a 01 03: OCSPResponse { responseStatus tryLater }.
    let der = analyze(
        &[Input::new("r.der", vec![0x30, 0x03, 0x0a, 0x01, 0x03])],
        AT,
    );
    for text in ["MAMKAQM=", "MAMKAQM=\n", "  MAMKAQM=  \n"] {
        let b64 = analyze(&[Input::new("r.b64", text)], AT);
        assert_eq!(b64.staples.len(), 1, "{text:?}: {:?}", codes(&b64));
        assert_eq!(b64.staples[0].response_status, "tryLater");
        assert_eq!(
            serde_json::to_string(&b64.staples).unwrap(),
            serde_json::to_string(&der.staples).unwrap()
        );
    }
    // A short word that happens to be base64 is not taken for DER.
    for text in ["MAGAZINE", "Password"] {
        let report = analyze(&[Input::new("word.txt", text)], AT);
        assert!(report.staples.is_empty(), "{text}");
        assert!(
            codes(&report).contains(&"not-recognized"),
            "{text}: {:?}",
            codes(&report)
        );
    }
}
