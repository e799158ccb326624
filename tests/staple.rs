//! Staples (issue 4) over the generated fixtures: tests/fixtures/staples,
//! made by a real `openssl ocsp` responder under faketime
//! (tests/fixtures/generate.sh; README.md there lists every staple's times
//! and status), each analysed with the PKI certificates it needs, at the
//! fixtures' evaluation time. Assertions go through the JSON report, so the
//! stable field names are checked too.
// `allow-unwrap-in-tests` covers #[test] functions, not their helpers.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use certscope::inspect::tlv;
use certscope::{analyze, Input, Report, Timestamp};
use serde_json::Value;

mod common;
use common::fixture;

fn evaluation_time() -> Timestamp {
    let text = String::from_utf8(fixture("EVALUATION_TIME")).unwrap();
    Timestamp::parse_rfc3339(text.trim()).unwrap()
}

/// The staple file first, then the PKI certificates it needs.
fn run(file: &str, with: &[&str]) -> Report {
    let mut inputs = vec![Input::new(file, fixture(&format!("staples/{file}")))];
    inputs.extend(
        with.iter()
            .map(|p| Input::new(*p, fixture(&format!("pki/{p}")))),
    );
    analyze(&inputs, evaluation_time())
}

fn json(report: &Report) -> Value {
    serde_json::from_str(&report.to_json()).unwrap()
}

/// The CN of certificate `index` in the report.
fn cn(report: &Value, index: &Value) -> Option<String> {
    let cert = &report["certificates"][index.as_u64()? as usize];
    let subject = cert["subject"].as_str()?;
    subject
        .split(',')
        .find_map(|rdn| rdn.strip_prefix("CN="))
        .map(str::to_string)
}

fn staple_codes(report: &Report) -> Vec<&'static str> {
    let mut codes: Vec<&str> = report
        .findings
        .iter()
        .map(|f| f.code)
        .filter(|c| c.starts_with("staple-"))
        .collect();
    codes.sort_unstable();
    codes
}

struct Row {
    file: &'static str,
    with: &'static [&'static str],
    /// responseStatus.
    status: &'static str,
    source: &'static str,
    /// Of the response that answers for a given certificate, else the first;
    /// `None` when there is none.
    freshness: Option<&'static str>,
    cert_status: Option<&'static str>,
    /// CN of the certificate that response answers for.
    certificate: Option<&'static str>,
    signer: &'static str,
    /// CN of the signer's certificate.
    signer_certificate: Option<&'static str>,
    valid: Option<bool>,
    /// Every finding whose code starts with `staple-`, sorted.
    codes: &'static [&'static str],
    why: &'static str,
}

const LEAF: &[&str] = &["leaf.pem", "int-rsa.pem", "root-rsa.pem"];
const R2: &str = "certscope Test Intermediate R2";
const WWW: &str = "www.example.test";

fn rows() -> Vec<Row> {
    let good = |file: &'static str, why: &'static str| Row {
        file,
        with: LEAF,
        status: "successful",
        source: "der",
        freshness: Some("fresh"),
        cert_status: Some("good"),
        certificate: Some(WWW),
        signer: "issuer",
        signer_certificate: Some(R2),
        valid: Some(true),
        codes: &[],
        why,
    };
    let not_successful = |file: &'static str, status: &'static str, why: &'static str| Row {
        file,
        with: LEAF,
        status,
        source: "der",
        freshness: None,
        cert_status: None,
        certificate: None,
        signer: "unknown",
        signer_certificate: None,
        valid: None,
        codes: &["staple-not-successful"],
        why,
    };
    vec![
        good("good.der", "signed by R2 itself, ResponderID by name"),
        good("good-keyhash.der", "openssl ocsp -resp_key_id: ResponderID by key hash"),
        good("good.b64", "base64 -w 64 of good.der, no armour"),
        Row {
            freshness: Some("fresh"),
            ..good(
                "sha256-certid.der",
                "request made with -sha256: matching must hash with the CertID's algorithm",
            )
        },
        Row {
            signer: "delegated",
            signer_certificate: Some("certscope OCSP Responder"),
            ..good(
                "good-delegated.der",
                "-rsigner responder.pem: issued by R2 with OCSPSigning and ocsp-nocheck",
            )
        },
        Row {
            with: &["other-leaf.pem", "int-rsa.pem"],
            cert_status: Some("revoked"),
            certificate: Some("other.example.test"),
            codes: &["staple-revoked"],
            ..good("revoked.der", "index.txt revokes 1002 (keyCompromise, 2026-11-01)")
        },
        Row {
            with: &["leaf-expired.pem", "int-rsa.pem"],
            cert_status: Some("unknown"),
            certificate: Some("expired.example.test"),
            codes: &["staple-unknown-status"],
            ..good("unknown.der", "serial 1004 is not in index.txt")
        },
        Row {
            freshness: Some("stale"),
            codes: &["staple-stale"],
            ..good("stale.der", "the seed's problem: Next Update 2026-11-20, three days gone")
        },
        Row {
            freshness: Some("not-yet-valid"),
            codes: &["staple-not-yet-valid"],
            ..good("not-yet-valid.der", "This Update 2026-11-25, two days ahead")
        },
        Row {
            freshness: Some("no-next-update"),
            codes: &["staple-no-next-update"],
            ..good("no-next-update.der", "made without -ndays: no nextUpdate")
        },
        Row {
            freshness: Some("expiring"),
            codes: &["staple-expiring"],
            ..good("expiring.der", "-nmin 2160: Next Update 11 hours after evaluation")
        },
        Row {
            codes: &["staple-multiple-responses"],
            ..good(
                "three-responses.der",
                "1001 good, 1002 revoked, 1004 unknown: leaf.pem's is the first",
            )
        },
        Row {
            signer: "unauthorized",
            signer_certificate: Some("certscope Test Root R1"),
            codes: &["staple-unauthorized-responder"],
            ..good(
                "signed-by-root.der",
                "R1 signs for R2's leaf: valid signature, wrong signer",
            )
        },
        Row {
            signer: "unauthorized",
            signer_certificate: Some("certscope OCSP Responder serverAuth-only"),
            codes: &["staple-unauthorized-responder"],
            ..good(
                "signed-no-eku.der",
                "issued by R2, but serverAuth only: no OCSPSigning",
            )
        },
        Row {
            signer: "delegated",
            signer_certificate: Some("certscope OCSP Responder without nocheck"),
            ..good(
                "delegated-no-nocheck.der",
                "a delegated responder without id-pkix-ocsp-nocheck: still authorised",
            )
        },
        Row {
            signer: "unauthorized",
            signer_certificate: Some("certscope OCSP Responder of the other R2"),
            codes: &["staple-unauthorized-responder"],
            ..good(
                "signed-by-other-r2-responder.der",
                "OCSPSigning, and R2's name as its issuer, but certified by wrong-int's key",
            )
        },
        Row {
            signer: "delegated",
            signer_certificate: Some("certscope OCSP Responder Ed448"),
            valid: None,
            codes: &["staple-signature-unchecked"],
            ..good(
                "signed-ed448-responder.der",
                "a delegated responder with an Ed448 key: found, but its signature is one certscope does not check",
            )
        },
        not_successful("status-malformed-request.der", "malformedRequest", "30 03 0a 01 01"),
        not_successful("status-internal-error.der", "internalError", "30 03 0a 01 02"),
        not_successful("status-try-later.der", "tryLater", "30 03 0a 01 03"),
        not_successful("status-sig-required.der", "sigRequired", "30 03 0a 01 05"),
        not_successful("status-unauthorized.der", "unauthorized", "30 03 0a 01 06"),
        not_successful(
            "status-unknown-7.der",
            "unknown (7)",
            "30 03 0a 01 07: a value RFC 6960 does not define",
        ),
        Row {
            with: &[],
            source: "text",
            freshness: Some("stale"),
            valid: None,
            codes: &["staple-stale", "staple-text-unverifiable"],
            ..good(
                "s_client-status.txt",
                "real s_client -status against s_server -status_file stale.der; it holds the leaf's PEM and R2's inside the OCSP block",
            )
        },
        Row {
            with: &["leaf.pem"],
            source: "text",
            valid: None,
            codes: &["staple-text-unverifiable"],
            ..good(
                "ocsp-text.txt",
                "openssl ocsp -respin good.der -resp_text: text then R2's PEM",
            )
        },
        Row {
            with: &["leaf.pem"],
            source: "text",
            freshness: Some("stale"),
            valid: None,
            codes: &["staple-stale", "staple-text-unverifiable"],
            ..good("ocsp-text-stale.txt", "the same for stale.der")
        },
        Row {
            with: &[],
            source: "text",
            certificate: None,
            valid: None,
            signer: "unknown",
            signer_certificate: None,
            codes: &["staple-certificate-not-found", "staple-text-unverifiable"],
            ..good(
                "ocsp-text-no-certs.txt",
                "the text of a response embedding no certificate, alone: its signer is only named, and that is no \"signer not found\" (no signature is checked from text)",
            )
        },
    ]
}

/// Files in tests/fixtures/staples that are not staples, and why.
const NOT_STAPLES: &[&str] = &[
    "index.txt",             // the responder's database
    "index.txt.attr",        // and its attributes
    "ocsp-request-leaf.der", // a request: see the test below
];

#[test]
fn every_staple_fixture() {
    let rows = rows();
    let dir = format!("{}/tests/fixtures/staples", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            NOT_STAPLES.contains(&name.as_str()) || rows.iter().any(|r| r.file == name),
            "tests/fixtures/staples/{name} has no row"
        );
    }
    for row in rows {
        let report = run(row.file, row.with);
        let j = json(&report);
        let why = format!("{}: {}", row.file, row.why);
        let staples = j["staples"].as_array().unwrap();
        assert_eq!(staples.len(), 1, "{why}: one staple");
        let s = &staples[0];
        assert_eq!(s["response_status"], row.status, "{why}: status");
        assert_eq!(s["source"], row.source, "{why}: source");
        let responses = s["responses"].as_array().unwrap();
        let judged = responses
            .iter()
            .find(|r| !r["certificate"].is_null())
            .or(responses.first());
        assert_eq!(
            judged.map(|r| r["freshness"].as_str().unwrap()),
            row.freshness,
            "{why}: freshness"
        );
        assert_eq!(
            judged.map(|r| r["cert_status"].as_str().unwrap()),
            row.cert_status,
            "{why}: cert status"
        );
        assert_eq!(
            judged.and_then(|r| cn(&j, &r["certificate"])).as_deref(),
            row.certificate,
            "{why}: matched certificate"
        );
        assert_eq!(s["signature"]["signer"], row.signer, "{why}: signer");
        assert_eq!(
            cn(&j, &s["signature"]["certificate"]).as_deref(),
            row.signer_certificate,
            "{why}: signer's certificate"
        );
        assert_eq!(s["signature"]["valid"].as_bool(), row.valid, "{why}: valid");
        assert!(
            s["signature"]["detail"]
                .as_str()
                .is_some_and(|d| d.ends_with('.')),
            "{why}: the signature is explained in a sentence: {}",
            s["signature"]
        );
        assert_eq!(staple_codes(&report), row.codes, "{why}: findings");
        assert_eq!(
            s["server_verdicts"].as_array().map(Vec::len),
            Some(5),
            "{why}: nginx file, nginx verify, HAProxy, Apache, Apache without responder errors"
        );
        for finding in report
            .findings
            .iter()
            .filter(|f| f.code.starts_with("staple-"))
        {
            assert_eq!(
                finding.staple,
                Some(0),
                "{why}: {} names its staple",
                finding.code
            );
        }
    }
}

/// The JSON the issue promises, field by field, on the seed's stale staple.
#[test]
fn stale_staple_json_and_words() {
    let report = run("stale.der", LEAF);
    let j = json(&report);
    let s = &j["staples"][0];
    assert_eq!(s["produced_at"], "2026-11-13T00:00:00Z");
    assert_eq!(
        s["responder"]["name"],
        "CN=certscope Test Intermediate R2,O=certscope tests"
    );
    let embedded = s["embedded_certificates"].as_array().unwrap();
    assert_eq!(embedded.len(), 1);
    assert_eq!(cn(&j, &embedded[0]).as_deref(), Some(R2));
    assert_eq!(s["signature"]["certificate"], embedded[0]);
    let r = &s["responses"][0];
    assert_eq!(r["serial"], "1001");
    assert_eq!(r["this_update"], "2026-11-13T00:00:00Z");
    assert_eq!(r["next_update"], "2026-11-20T00:00:00Z");
    assert_eq!(r["revocation_time"], Value::Null);
    assert_eq!(r["revocation_reason"], Value::Null);
    assert_eq!(r["hash_algorithm"], "sha1");
    // SHA-1 of R2's DN (fixed); the key hash is R2's SKI (changes per run).
    assert_eq!(
        r["issuer_name_hash"],
        "257a6ba928af7cac79f0c7ac1e33a84ffb39ec8e"
    );
    let r2 = j["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["subject"].as_str().unwrap().contains(R2))
        .unwrap();
    assert_eq!(r["issuer_key_hash"], r2["subject_key_id"]);

    let stale = report
        .findings
        .iter()
        .find(|f| f.code == "staple-stale")
        .unwrap();
    assert!(
        stale.message.contains("www.example.test")
            && stale.message.contains(
                "Next Update was 3 days ago (2026-11-20T00:00:00Z) — nginx will keep serving this stale staple until you replace the file and reload"
            ),
        "{}",
        stale.message
    );
    let verdicts = &s["server_verdicts"];
    assert_eq!(verdicts[0]["server"], "nginx ssl_stapling_file");
    assert_eq!(verdicts[0]["outcome"], "staples");
    assert_eq!(verdicts[1]["server"], "nginx ssl_stapling_verify on");
    assert_eq!(verdicts[1]["log"], "OCSP_check_validity() failed");
    assert_eq!(verdicts[2]["server"], "HAProxy .ocsp");
    assert_eq!(verdicts[2]["log"], "OCSP single response: no longer valid.");

    let text = certscope::inspect::render::render_text(&report);
    assert!(
        text.contains("Next Update  2026-11-20T00:00:00Z (3 days ago) — STALE"),
        "{text}"
    );
    assert!(
        text.contains("nginx ssl_stapling_verify on: does NOT staple it"),
        "{text}"
    );
}

/// Every server log line the issue names, each from the fixture that
/// provokes it: (staple, certificates, server, log).
#[test]
fn servers_log_their_own_words() {
    let table: [(&str, &[&str], usize, &str); 8] = [
        (
            "status-try-later.der",
            LEAF,
            1,
            "OCSP response not successful (3: trylater)",
        ),
        ("signed-no-eku.der", LEAF, 1, "OCSP_basic_verify() failed"),
        (
            "good.der",
            &["other-leaf.pem", "int-rsa.pem"],
            1,
            "certificate status not found in the OCSP response",
        ),
        (
            "revoked.der",
            &["other-leaf.pem", "int-rsa.pem"],
            1,
            "certificate status \"revoked\" in the OCSP response",
        ),
        (
            "status-try-later.der",
            LEAF,
            2,
            "OCSP response status not successful",
        ),
        (
            "three-responses.der",
            LEAF,
            2,
            "OCSP response ignored because contains multiple single responses (3)",
        ),
        (
            "no-next-update.der",
            LEAF,
            2,
            "OCSP single response: missing nextupdate",
        ),
        (
            "good.der",
            &["other-leaf.pem", "int-rsa.pem"],
            2,
            "OCSP single response: Certificate ID does not match certificate and issuer",
        ),
    ];
    for (file, with, server, log) in table {
        let j = json(&run(file, with));
        let verdict = &j["staples"][0]["server_verdicts"][server];
        assert_eq!(verdict["outcome"], "does-not-staple", "{file}: {verdict}");
        assert_eq!(verdict["log"], log, "{file}");
    }
    let unknown = json(&run("unknown.der", &["leaf-expired.pem", "int-rsa.pem"]));
    assert_eq!(
        unknown["staples"][0]["server_verdicts"][2]["log"],
        "OCSP single response: certificate status is unknown"
    );
    // HAProxy stops stapling 300 s before Next Update.
    let report = analyze(
        &[
            Input::new("expiring.der", fixture("staples/expiring.der")),
            Input::new("leaf.pem", fixture("pki/leaf.pem")),
            // Served with its issuer: without it HAProxy does not start (issue 26 point 10).
            Input::new("int-rsa.pem", fixture("pki/int-rsa.pem")),
        ],
        Timestamp::parse_rfc3339("2026-11-23T11:56:00Z").unwrap(),
    );
    let verdict = &json(&report)["staples"][0]["server_verdicts"][2];
    assert_eq!(verdict["outcome"], "does-not-staple", "{verdict}");
    assert_eq!(verdict["log"], Value::Null);
}

#[test]
fn revoked_says_why_and_since_when() {
    let report = run("revoked.der", &["other-leaf.pem", "int-rsa.pem"]);
    let r = &json(&report)["staples"][0]["responses"][0];
    assert_eq!(r["revocation_time"], "2026-11-01T00:00:00Z");
    assert_eq!(r["revocation_reason"], "keyCompromise");
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "staple-revoked")
        .unwrap();
    assert!(
        f.message
            .contains("other.example.test is REVOKED (keyCompromise)"),
        "{}",
        f.message
    );
    assert!(f.certificate.is_some());
}

#[test]
fn three_responses_match_each_certificate_given() {
    // With both leaves given, both of their responses are matched and the
    // revoked one is reported for other.example.test.
    let report = run(
        "three-responses.der",
        &["leaf.pem", "other-leaf.pem", "int-rsa.pem"],
    );
    let j = json(&report);
    let responses = j["staples"][0]["responses"].as_array().unwrap();
    let matched: Vec<Option<String>> = responses
        .iter()
        .map(|r| cn(&j, &r["certificate"]))
        .collect();
    assert_eq!(
        matched,
        [
            Some(WWW.to_string()),
            Some("other.example.test".to_string()),
            None
        ]
    );
    assert_eq!(
        staple_codes(&report),
        ["staple-multiple-responses", "staple-revoked"]
    );
}

/// Each CertID is hashed with its own algorithm (RFC 6960 §4.1.1), also
/// when staples of two algorithms come together: the certificates' hashes
/// are computed once per algorithm and never taken for another's.
#[test]
fn certids_of_two_hash_algorithms_in_one_analysis() {
    let mut inputs: Vec<Input> = ["good.der", "sha256-certid.der"]
        .iter()
        .map(|f| Input::new(*f, fixture(&format!("staples/{f}"))))
        .collect();
    inputs.extend(
        LEAF.iter()
            .map(|p| Input::new(*p, fixture(&format!("pki/{p}")))),
    );
    let j = json(&analyze(&inputs, evaluation_time()));
    let staples = j["staples"].as_array().unwrap();
    let matched: Vec<(String, Option<String>)> = staples
        .iter()
        .map(|s| {
            let r = &s["responses"][0];
            (
                r["hash_algorithm"].as_str().unwrap().to_string(),
                cn(&j, &r["certificate"]),
            )
        })
        .collect();
    assert_eq!(
        matched,
        [
            ("sha1".to_string(), Some(WWW.to_string())),
            ("sha256".to_string(), Some(WWW.to_string()))
        ]
    );
}

/// `signer_expired` is said of a delegated responder only (OpenSSL then
/// refuses a response that verifies); an expired issuer is the chain's
/// finding, not the staple signer's.
#[test]
fn signer_expired_is_a_delegated_responders() {
    // (staple, given with LEAF, evaluated at, signer_expired)
    let table = [
        // responder.pem is valid from 2026-01-01 to 2027-06-01, both included.
        ("good-delegated.der", "2025-12-31T23:59:59Z", true),
        ("good-delegated.der", "2026-01-01T00:00:00Z", false),
        ("good-delegated.der", "2026-11-23T01:00:00Z", false),
        ("good-delegated.der", "2027-06-01T00:00:00Z", false),
        ("good-delegated.der", "2027-06-01T00:00:01Z", true),
        ("good.der", "2030-01-02T00:00:00Z", false),
    ];
    for (staple, at, want) in table {
        let mut inputs = vec![Input::new(staple, fixture(&format!("staples/{staple}")))];
        inputs.extend(
            LEAF.iter()
                .map(|p| Input::new(*p, fixture(&format!("pki/{p}")))),
        );
        let report = analyze(&inputs, Timestamp::parse_rfc3339(at).unwrap());
        let signature = &report.staples[0].signature;
        assert_eq!(signature.signer_expired, want, "{staple} at {at}");
        assert_eq!(
            signature
                .detail
                .contains("the responder's certificate is not valid at the evaluation time"),
            want,
            "{staple} at {at}: {}",
            signature.detail
        );
    }
}

/// The delegated responder's sentence says whether clients check its own
/// revocation (RFC 6960 §4.2.2.2.1: id-pkix-ocsp-nocheck says they need not).
#[test]
fn delegated_responders_say_whether_they_carry_nocheck() {
    // (staple, what its signature detail says)
    let table = [
        ("good-delegated.der", "It carries id-pkix-ocsp-nocheck"),
        (
            "delegated-no-nocheck.der",
            "It has no id-pkix-ocsp-nocheck extension",
        ),
    ];
    for (staple, says) in table {
        let report = run(staple, LEAF);
        let detail = &report.staples[0].signature.detail;
        assert!(detail.contains(says), "{staple}: {detail}");
    }
}

/// At most 100 single responses are matched (MAX_JUDGED_RESPONSES); a
/// response with more says so. good.der's one SingleResponse repeated 100
/// and 101 times (the signature no longer verifies; the count is read first).
#[test]
fn only_the_first_hundred_responses_are_matched() {
    let good = fixture("staples/good.der");
    let (outer, _) = tlv::read(&good, 0).unwrap();
    let bytes = outer.children().nth(1).unwrap().unwrap();
    let bytes = bytes.children().next().unwrap().unwrap();
    let octets = bytes.children().nth(1).unwrap().unwrap();
    let (basic, _) = tlv::read(octets.value, octets.value_offset).unwrap();
    let tbs = basic.children().next().unwrap().unwrap();
    let responses = tbs.children().nth(2).unwrap().unwrap();
    let single = responses.children().next().unwrap().unwrap().raw;
    for (n, noted) in [(100, false), (101, true)] {
        let content = single.repeat(n);
        let mut list = vec![0x30, 0x82];
        list.extend(u16::try_from(content.len()).unwrap().to_be_bytes());
        list.extend(content);
        let staple = rewrite(&good, responses.raw, &list);
        let report = analyze(&[Input::new("many.der", staple)], evaluation_time());
        let s = &report.staples[0];
        assert_eq!(s.responses.len(), n);
        assert_eq!(
            s.notes
                .iter()
                .any(|n| n.contains("only the first 100 were matched")),
            noted,
            "{n} responses: {:?}",
            s.notes
        );
    }
}

/// An unsuccessful response's finding says what its status means (RFC 6960
/// §2.3), in words.
#[test]
fn unsuccessful_statuses_in_words() {
    // (staple, status and meaning)
    let table = [
        (
            "status-malformed-request.der",
            "malformedRequest (the request it received was malformed)",
        ),
        (
            "status-internal-error.der",
            "internalError (it had an internal error)",
        ),
        (
            "status-try-later.der",
            "tryLater (it is busy: try again later)",
        ),
        (
            "status-sig-required.der",
            "sigRequired (it only answers signed requests)",
        ),
        (
            "status-unauthorized.der",
            "unauthorized (it will not answer for this certificate)",
        ),
        (
            "status-unknown-7.der",
            "(a status RFC 6960 does not define)",
        ),
    ];
    for (staple, says) in table {
        let report = run(staple, LEAF);
        let finding = report
            .findings
            .iter()
            .find(|f| f.code == "staple-not-successful")
            .unwrap();
        assert!(
            finding.message.contains(says),
            "{staple}: {}",
            finding.message
        );
    }
}

/// A ResponderID by name from OpenSSL's text names a certificate whose
/// subject has the same attributes, in the same order, with the same values
/// (case and spaces folded as the one name rule does).
#[test]
fn responder_names_from_text_match_whole_subjects() {
    use certscope::inspect::staple::judge::names_responder;
    use certscope::inspect::staple::ResponderId;
    let certs = analyze(
        &LEAF
            .iter()
            .map(|p| Input::new(*p, fixture(&format!("pki/{p}"))))
            .collect::<Vec<_>>(),
        evaluation_time(),
    )
    .certificates;
    let cert = |cn: &str| certs.iter().find(|c| c.display_name() == cn).unwrap();
    let id = |pairs: &[(&str, &str)]| {
        ResponderId::NameAttributes(
            pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    };
    const R2: &str = "certscope Test Intermediate R2";
    // (ResponderID attributes, certificate, names it)
    type Attributes = &'static [(&'static str, &'static str)];
    #[rustfmt::skip]
    let table: [(Attributes, &str, bool); 5] = [
        (&[("O", "certscope tests"), ("CN", R2)], R2, true),
        (&[("O", "CERTSCOPE  tests"), ("CN", R2)], R2, true),
        (&[("O", "certscope tests"), ("CN", R2)], WWW, false),
        (&[("O", "certscope tests")], R2, false),
        (&[("O", "certscope tests"), ("OU", R2)], R2, false),
    ];
    for (pairs, cn, want) in table {
        assert_eq!(
            names_responder(&id(pairs), cert(cn)),
            want,
            "{pairs:?} {cn}"
        );
    }
}

/// nginx looks for a response's signer in the response and in
/// ssl_certificate: "embeds no certificate" is said only of a response
/// that embeds none. good-delegated.der with its embedded responder
/// certificate swapped for other-leaf.pem (the certificates are outside
/// what the signature covers) embeds one, just not its signer.
#[test]
fn a_response_embedding_another_certificate_does_not_embed_none() {
    let der = |p: &str| {
        let inputs = [Input::new(p, fixture(&format!("pki/{p}")))];
        analyze(&inputs, evaluation_time()).certificates[0]
            .der
            .clone()
    };
    let staple = rewrite(
        &fixture("staples/good-delegated.der"),
        &der("responder.pem"),
        &der("other-leaf.pem"),
    );
    let mut inputs = vec![Input::new("swapped.der", staple)];
    inputs.extend(
        LEAF.iter()
            .map(|p| Input::new(*p, fixture(&format!("pki/{p}")))),
    );
    let j = json(&analyze(&inputs, evaluation_time()));
    assert_eq!(j["staples"][0]["signature"]["certificate"], Value::Null);
    let nginx = j["staples"][0]["server_verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["server"] == "nginx ssl_stapling_verify on")
        .unwrap();
    let message = nginx["message"].as_str().unwrap();
    assert!(
        message.contains("its signer is not among your inputs")
            && !message.contains("embeds no certificate"),
        "{message}"
    );
}

#[test]
fn staple_for_another_certificate_or_none_given() {
    // (certificates, severity, why)
    let table: [(&[&str], certscope::Severity, &str); 3] = [
        (
            &["other-leaf.pem", "int-rsa.pem"],
            certscope::Severity::Error,
            "the server's certificate is another one",
        ),
        (
            &[],
            certscope::Severity::Warning,
            "only the staple: its certificate was not given",
        ),
        (
            &["responder.pem", "int-rsa.pem"],
            certscope::Severity::Warning,
            "a responder certificate is not one a server presents",
        ),
    ];
    for (with, severity, why) in table {
        let report = run("good.der", with);
        let f = report
            .findings
            .iter()
            .find(|f| f.code == "staple-certificate-not-found")
            .unwrap_or_else(|| panic!("{why}"));
        assert_eq!(f.severity, severity, "{why}");
        assert!(f.message.contains("1001"), "{why}: {}", f.message);
    }
}

#[test]
fn s_client_output_gives_certificates_and_a_text_staple() {
    let report = run("s_client-status.txt", &[]);
    let j = json(&report);
    // The leaf ("Server certificate") and R2 (embedded in the OCSP block).
    assert_eq!(j["certificates"].as_array().unwrap().len(), 2);
    let s = &j["staples"][0];
    assert_eq!(s["produced_at"], "2026-11-13T00:00:00Z");
    assert_eq!(cn(&j, &s["embedded_certificates"][0]).as_deref(), Some(R2));
    assert_eq!(
        s["responses"][0]["issuer_key_hash"].as_str().unwrap().len(),
        40
    );
    // The text staple is listed among the input's objects, on its line.
    let objects = j["inputs"][0]["objects"].as_array().unwrap();
    assert!(objects
        .iter()
        .any(|o| o["kind"] == "ocsp-response" && o["location"] == "line 10" && o["staple"] == 0));
    // No "not-recognized" error, and no other error but the stale staple.
    let errors: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.severity == certscope::Severity::Error)
        .map(|f| f.code)
        .collect();
    assert_eq!(errors, ["staple-stale"]);
}

#[test]
fn an_ocsp_request_is_not_a_staple() {
    let report = run("ocsp-request-leaf.der", LEAF);
    assert!(report.staples.is_empty());
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "ocsp-request-not-staple"));
}

#[test]
fn text_without_a_staple_sent() {
    let text = "CONNECTED(00000003)\nOCSP response: no response sent\n---\n";
    let report = analyze(&[Input::new("s_client.txt", text)], evaluation_time());
    assert!(report.staples.is_empty());
    assert!(report.findings.iter().any(|f| f.code == "staple-not-sent"));
}

#[test]
fn text_of_an_unsuccessful_response() {
    // (OpenSSL output, status, where it comes from)
    let table = [
        (
            "OCSP response: \n======================================\nOCSP Response Data:\n    OCSP Response Status: trylater (0x3)\n======================================\n",
            "tryLater",
            "s_client -status when the server staples a tryLater",
        ),
        (
            "Responder Error: unauthorized (6)\n",
            "unauthorized",
            "openssl ocsp -resp_text on an unsuccessful response",
        ),
    ];
    for (text, status, why) in table {
        let report = analyze(&[Input::new("out.txt", text)], evaluation_time());
        assert_eq!(report.staples.len(), 1, "{why}");
        assert_eq!(report.staples[0].response_status, status, "{why}");
        assert_eq!(staple_codes(&report), ["staple-not-successful"], "{why}");
    }
}

// ---- Hostile staples: each must give a worded error or judgement, never a
// panic. The bytes are derived here from good.der.

/// Rewrites DER, replacing the element `from` with `to` and fixing every
/// enclosing length (descending into OCTET STRINGs that hold DER, like
/// responseBytes).
fn rewrite(der: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if der == from {
        return to.to_vec();
    }
    let (element, _) = tlv::read(der, 0).unwrap();
    let holds_der = element.tag == tlv::TAG_OCTET_STRING
        && element.value.first() == Some(&tlv::TAG_SEQUENCE)
        && tlv::read(element.value, 0).is_ok_and(|(_, rest)| rest.is_empty());
    if element.tag & 0x20 == 0 && !holds_der {
        return der.to_vec();
    }
    let mut content = Vec::new();
    for child in tlv::Children::over(element.value, 0) {
        content.extend(rewrite(child.unwrap().raw, from, to));
    }
    let mut out = vec![element.tag];
    match content.len() {
        n @ 0..=0x7f => out.push(n as u8),
        n @ 0x80..=0xff => out.extend([0x81, n as u8]),
        n => out.extend([0x82, (n >> 8) as u8, n as u8]),
    }
    out.extend(content);
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap()
}

/// The error findings a hostile input produced; the staple's own (and the
/// DER reader's) are checked for words. (A damaged embedded certificate's
/// extension errors come from x509-parser through the certificate model.)
fn worded_errors(report: &Report, why: &str) -> Vec<&'static str> {
    let ours = |code: &str| {
        code.starts_with("staple-") || code.starts_with("ocsp-") || code.starts_with("der-")
    };
    for f in report.findings.iter().filter(|f| ours(f.code)) {
        assert!(!f.message.is_empty(), "{why}: empty message for {}", f.code);
        for debug in ["Error {", "kind:", "ErrorKind", "Some(", "None"] {
            assert!(
                !f.message.contains(debug),
                "{why}: debug text in {}: {}",
                f.message,
                f.code
            );
        }
    }
    report
        .findings
        .iter()
        .filter(|f| f.severity == certscope::Severity::Error)
        .map(|f| f.code)
        .collect()
}

#[test]
fn hostile_staples_get_worded_errors() {
    let good = fixture("staples/good.der");
    let len = good.len();
    // producedAt: the first GeneralizedTime, "20261122000000Z".
    let produced = find(&good, b"\x18\x0f20261122000000Z");
    let mut utc_time = good.clone();
    utc_time[produced] = 0x17;
    // The BasicOCSPResponse: OCSPResponse { status, [0] { ResponseBytes {
    // type, OCTET STRING { BasicOCSPResponse } } } }.
    let (outer, _) = tlv::read(&good, 0).unwrap();
    let explicit = outer.children().nth(1).unwrap().unwrap();
    let bytes = explicit.children().next().unwrap().unwrap();
    let octets = bytes.children().nth(1).unwrap().unwrap();
    let (basic, _) = tlv::read(octets.value, octets.value_offset).unwrap();
    let tbs = basic.children().next().unwrap().unwrap();
    let responder_id = tbs.children().next().unwrap().unwrap();
    let signature = basic.children().nth(2).unwrap().unwrap();
    let mut flipped_signature = good.clone();
    flipped_signature[signature.value_offset + signature.value.len() - 1] ^= 0x01;
    let mut responder_tag = good.clone();
    assert_eq!(
        responder_tag[responder_id.offset], 0xa1,
        "ResponderID byName"
    );
    responder_tag[responder_id.offset] = 0xa3; // [3]: neither byName nor byKey
    let fraction = rewrite(
        &good,
        b"\x18\x0f20261122000000Z",
        b"\x18\x1320261122000000.123Z",
    );
    let mut long_length = good.clone();
    long_length[1] = 0x84; // a four-byte length where two bytes follow

    // (bytes, an error code expected, or a staple code, why)
    let table: Vec<(Vec<u8>, &str, &str)> = vec![
        (
            good[..len / 2].to_vec(),
            "der-length-past-end",
            "cut in half: the outer length runs past the end",
        ),
        (
            good[..len - 1].to_vec(),
            "der-length-past-end",
            "one byte short",
        ),
        (good[..3].to_vec(), "der-truncated", "only the header"),
        (
            utc_time,
            "ocsp-response-invalid",
            "producedAt as UTCTime instead of GeneralizedTime",
        ),
        (
            responder_tag,
            "ocsp-response-invalid",
            "ResponderID tagged [3]: neither byName nor byKey",
        ),
        (
            flipped_signature,
            "staple-bad-signature",
            "one bit of the signature flipped",
        ),
        (
            fraction,
            "staple-bad-signature",
            "producedAt with fractional seconds: read (the signature no longer matches)",
        ),
        (
            long_length,
            "der-length-past-end",
            "outer length field widened",
        ),
    ];
    for (bytes, code, why) in table {
        let report = analyze(&[Input::new("hostile.der", bytes)], evaluation_time());
        let errors = worded_errors(&report, why);
        assert!(
            errors.contains(&code),
            "{why}: expected {code}, got {errors:?}"
        );
    }

    // The fractional-seconds staple is decoded, its time read.
    let fraction = rewrite(
        &good,
        b"\x18\x0f20261122000000Z",
        b"\x18\x1320261122000000.123Z",
    );
    let report = analyze(&[Input::new("fraction.der", fraction)], evaluation_time());
    assert_eq!(
        report.staples[0].produced_at,
        Timestamp::parse_rfc3339("2026-11-22T00:00:00Z")
    );
    let message = &report
        .findings
        .iter()
        .find(|f| f.code == "staple-bad-signature")
        .unwrap()
        .message;
    assert!(
        message.contains("certscope Test Intermediate R2"),
        "{message}"
    );

    let utc = {
        let mut b = good.clone();
        b[produced] = 0x17;
        b
    };
    let report = analyze(&[Input::new("utc.der", utc)], evaluation_time());
    let invalid = report
        .findings
        .iter()
        .find(|f| f.code == "ocsp-response-invalid")
        .unwrap();
    assert!(
        invalid
            .message
            .contains("expected GeneralizedTime but found UTCTime (at byte"),
        "{}",
        invalid.message
    );
}

/// The nonce extension is shown as its inner octets (RFC 8954 §2.1). No
/// fixture has one (nginx and HAProxy staples never do), so it is added to
/// good.der here; the signature no longer matches, the decoding is the point.
#[test]
fn nonce_is_shown_as_its_inner_octets() {
    let good = fixture("staples/good.der");
    let (outer, _) = tlv::read(&good, 0).unwrap();
    let explicit = outer.children().nth(1).unwrap().unwrap();
    let bytes = explicit.children().next().unwrap().unwrap();
    let octets = bytes.children().nth(1).unwrap().unwrap();
    let (basic, _) = tlv::read(octets.value, octets.value_offset).unwrap();
    let tbs = basic.children().next().unwrap().unwrap();
    let responses = tbs.children().nth(2).unwrap().unwrap();
    // [1] { SEQUENCE { Extension { id-pkix-ocsp-nonce, OCTET STRING {
    // OCTET STRING (16 bytes) } } } }
    let mut with_nonce = responses.raw.to_vec();
    with_nonce.extend([0xa1, 0x23, 0x30, 0x21, 0x30, 0x1f, 0x06, 0x09]);
    with_nonce.extend([0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x30, 0x01, 0x02]);
    with_nonce.extend([0x04, 0x12, 0x04, 0x10]);
    with_nonce.extend(0x10..0x20u8);
    let staple = rewrite(&good, responses.raw, &with_nonce);
    let report = analyze(&[Input::new("nonce.der", staple)], evaluation_time());
    let j = json(&report);
    let ext = &j["staples"][0]["extensions"][0];
    assert_eq!(ext["oid"], "1.3.6.1.5.5.7.48.1.2");
    assert_eq!(ext["name"], "OCSP Nonce");
    assert_eq!(ext["value"], "101112131415161718191a1b1c1d1e1f");
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "staple-bad-signature"));
}

/// Every truncation and every byte flip of a staple, and of its text: no
/// panic, and each outcome is a staple or a worded finding.
#[test]
fn no_corruption_panics() {
    let good = fixture("staples/good.der");
    let at = evaluation_time();
    let mut cases = Vec::new();
    // Every third byte changed (a low bit or all bits), every fifth length
    // cut: ~830 cases, a few seconds in a debug build.
    for i in (0..good.len()).step_by(3) {
        let mut b = good.clone();
        b[i] ^= if i % 2 == 0 { 0xff } else { 0x01 };
        cases.push(b);
    }
    for n in (0..good.len()).step_by(5) {
        cases.push(good[..n].to_vec());
    }
    for bytes in cases {
        let report = analyze(&[Input::new("corrupt.der", bytes)], at);
        let errors = worded_errors(&report, "corruption");
        assert!(
            !report.staples.is_empty()
                || !errors.is_empty()
                || !report.inputs[0].objects.is_empty(),
            "a corrupted staple vanished without a word"
        );
    }
    let text = String::from_utf8(fixture("staples/s_client-status.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for n in 0..lines.len().min(140) {
        let cut = lines[..n].join("\n");
        let report = analyze(&[Input::new("cut.txt", cut)], at);
        worded_errors(&report, "s_client output cut short");
    }
}
