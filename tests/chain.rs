//! Chain building over the generated chains (tests/fixtures/chains, made by
//! tests/fixtures/generate.sh from the PKI in tests/fixtures/pki; the README
//! there says what each file holds and what a correct inspector reports).

// .clippy.toml lets #[test] functions unwrap and index; the helpers below do
// the same on fixture files that must exist, and a panic is the test failing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use certscope::inspect::chain::{self, GivenOrder, CHAIN_STEPS, TOTAL_SIGNATURES, TOTAL_STEPS};
use certscope::inspect::input::{Location, ObjectKind};
use certscope::inspect::report::{InputReport, ObjectReport};
use certscope::{analyze, Input, Report, Timestamp};
use std::time::{Duration, Instant};

mod common;
use common::fixture;

/// The instant every fixture verdict is stated at.
fn evaluation_time() -> Timestamp {
    let text = String::from_utf8(fixture("EVALUATION_TIME")).unwrap();
    Timestamp::parse_rfc3339(&text).unwrap()
}

/// Inspects fixture files together, as the page does with dropped files.
fn inspect(paths: &[&str]) -> Report {
    let inputs: Vec<Input> = paths
        .iter()
        .map(|p| Input::new(p.rsplit('/').next().unwrap(), fixture(p)))
        .collect();
    analyze(&inputs, evaluation_time())
}

/// Each chain's order, by CN.
fn orders(report: &Report) -> Vec<Vec<String>> {
    report
        .chains
        .iter()
        .map(|c| {
            c.order
                .iter()
                .map(|&i| report.certificates[i].display_name().to_string())
                .collect()
        })
        .collect()
}

/// Finding codes, sorted; staple findings are tests/staple.rs's business,
/// trust-store ones tests/trust.rs's.
fn codes(report: &Report) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = report
        .findings
        .iter()
        .map(|f| f.code)
        .filter(|c| {
            !c.starts_with("staple-") && !c.starts_with("ocsp-") && !c.starts_with("trust-")
        })
        .collect();
    codes.sort_unstable();
    codes
}

const LEAF: &str = "www.example.test";
const R2: &str = "certscope Test Intermediate R2";
const R1: &str = "certscope Test Root R1";

/// (inputs, expected chains leaf first by CN, expected finding codes, what
/// the case is)
type Case = (
    &'static [&'static str],
    &'static [&'static [&'static str]],
    &'static [&'static str],
    &'static str,
);

#[test]
fn every_arrangement_of_the_test_chain() {
    // (inputs, expected chains leaf first by CN, expected finding codes,
    //  what the case is)
    #[rustfmt::skip]
    let table: &[Case] = &[
        (&["chains/correct.pem"], &[&[LEAF, R2]],
         &["chain-correct-order", "chain-root-not-included"],
         "leaf then intermediate, as nginx wants; R1 is named as the root to add to trusted.pem"),
        (&["chains/with-root.pem"], &[&[LEAF, R2, R1]],
         &["chain-contains-anchor", "chain-correct-order"],
         "root served too: SSL Labs' 'Contains anchor', harmless"),
        (&["chains/reversed.pem"], &[&[LEAF, R2, R1]],
         &["chain-contains-anchor", "chain-incorrect-order"],
         "root first: nginx would take the root as its server certificate"),
        (&["chains/shuffled-part1.pem", "chains/shuffled-part2.pem"], &[&[LEAF, R2, R1]],
         &["chain-contains-anchor", "chain-split-across-inputs"],
         "int+root in one file, the leaf in another: pooled into one chain"),
        (&["chains/missing-intermediate.pem"], &[&[LEAF]],
         &["chain-incomplete", "chain-unrelated-certificate"],
         "R2 absent; R1 cannot be linked without it, so it stands apart"),
        (&["chains/duplicate.pem"], &[&[LEAF, R2]],
         &["chain-correct-order", "chain-duplicate-certificate", "chain-root-not-included"],
         "R2 twice in one file"),
        (&["chains/wrong-intermediate.pem"], &[&[LEAF, R2]],
         &["chain-bad-signature", "chain-incomplete"],
         "an R2 with another key: the link fails and the real R2 is missing"),
        (&["chains/unrelated.pem"], &[&[LEAF, R2]],
         &["chain-correct-order", "chain-root-not-included", "chain-unrelated-certificate"],
         "a leaf from another hierarchy tacked on: SSL Labs' 'Extra certs'"),
        (&["chains/two-leaves.pem"], &[&[LEAF, R2], &["other.example.test", R2]],
         &["chain-correct-order", "chain-multiple-leaves", "chain-root-not-included"],
         "two leaves under one intermediate: two chains"),
        (&["chains/cross-signed.pem"], &[&[LEAF, R2, R1]],
         &["chain-alternative-path", "chain-contains-anchor", "chain-correct-order"],
         "both paths verify and end in a given root: the one given first wins, E1's is the alternative"),
        (&["chains/cycle.pem"], &[&["certscope Cycle A", "certscope Cycle B"]],
         &["chain-cycle"],
         "A issued by B issued by A: must stop, no root"),
        (&["chains/ecdsa-ed25519.pem"],
         &[&["ed25519.example.test", "certscope Test Intermediate E2", "certscope Test Root E1"]],
         &["chain-contains-anchor", "chain-correct-order"],
         "Ed25519 leaf under a P-256 intermediate under a P-384 root"),
        (&["pki/leaf.pem", "pki/int-rsa.pem"], &[&[LEAF, R2]],
         &["chain-root-not-included", "chain-split-across-inputs"],
         "certbot's cert.pem and chain.pem: right, but nginx wants them in one file"),
        (&["inputs/bundle.p7b"], &[&[LEAF, R2, R1]],
         &["chain-contains-anchor", "chain-correct-order"],
         "a PKCS#7 bundle's certificates count in bundle order"),
        (&["pki/leaf-expired.pem", "pki/int-rsa.pem"], &[&["expired.example.test", R2]],
         &["chain-expired-certificate", "chain-root-not-included", "chain-split-across-inputs"],
         "expired leaf: reported once, as a chain finding"),
        (&["pki/leaf-not-yet-valid.pem", "pki/int-rsa.pem"], &[&["not-yet-valid.example.test", R2]],
         &["chain-not-yet-valid-certificate", "chain-root-not-included", "chain-split-across-inputs"],
         "leaf valid from 2027"),
        (&["pki/leaf-rsa1024-sha1.pem", "pki/int-rsa.pem"], &[&["weak.example.test", R2]],
         &["chain-root-not-included", "chain-split-across-inputs", "chain-weak-key", "chain-weak-signature"],
         "RSA 1024 and SHA-1 on a leaf"),
        (&["inputs/hostile/bitflip.der", "pki/int-rsa.pem"], &[&[LEAF, R2]],
         &["chain-bad-signature", "chain-root-not-included", "chain-split-across-inputs"],
         "one bit of the leaf flipped: right issuer, broken signature, nothing missing"),
        (&["pki/unrelated-root.pem"], &[&["Unrelated Root"]],
         &[],
         "a lone root is a chain of one"),
        (&["inputs/s_client-showcerts.txt"], &[&[LEAF, R2]],
         &["chain-correct-order", "chain-root-not-included"],
         "s_client -showcerts: the R2 printed inside the OCSP text is the responder's, not a served duplicate"),
        (&["staples/s_client-status.txt"], &[&[LEAF]],
         &["chain-partial-capture"],
         "s_client without -showcerts lists 2 certificates but prints 1: not an incomplete chain"),
        (&["pki/leaf-rsa1024-sha1.pem", "pki/int-rsa.pem", "pki/root-rsa.pem"], &[&["weak.example.test", R2, R1]],
         &["chain-contains-anchor", "chain-split-across-inputs", "chain-weak-key", "chain-weak-signature"],
         "a served root spares only itself from the SHA-1 check, not the leaf below it"),
        (&["pki/leaf-md5.pem", "pki/int-rsa.pem"], &[&["md5.example.test", R2]],
         &["chain-root-not-included", "chain-split-across-inputs", "chain-weak-signature", "signature-unchecked"],
         "an MD5 signature is refused as SHA-1 is (and certscope does not check MD5 signatures)"),
        (&["chains/root-before-intermediate.pem"], &[&[LEAF, R2, R1]],
         &["chain-contains-anchor", "chain-incorrect-order"],
         "leaf first, then the root before the intermediate"),
        (&["pki/leaf-ldap-ca-issuers.pem"], &[&["ldap.example.test"]],
         &["chain-incomplete"],
         "alone, with CA Issuers only over LDAP"),
    ];
    for (inputs, want_orders, want_codes, why) in table {
        let report = inspect(inputs);
        let want: Vec<Vec<String>> = want_orders
            .iter()
            .map(|o| o.iter().map(|s| s.to_string()).collect())
            .collect();
        assert_eq!(orders(&report), want, "{why}: order");
        let mut want_codes = want_codes.to_vec();
        want_codes.sort_unstable();
        assert_eq!(
            codes(&report),
            want_codes,
            "{why}: findings {:#?}",
            report.findings
        );
        for finding in report
            .findings
            .iter()
            .filter(|f| f.code.starts_with("chain-"))
        {
            let cert = finding
                .certificate
                .expect("chain findings name a certificate");
            let cn = report.certificates[cert].display_name();
            assert!(
                finding.message.contains(cn),
                "{why}: {} does not name {cn}",
                finding.message
            );
        }
    }
}

#[test]
fn chain_fields_as_the_report_promises() {
    let report = inspect(&["chains/reversed.pem"]);
    let chain = &report.chains[0];
    // reversed.pem is root, int, leaf: the pool keeps that order.
    assert_eq!(chain.order, [2, 1, 0]);
    assert!(chain.complete);
    assert!(chain.root_included);
    assert_eq!(chain.given_order, GivenOrder::Incorrect);
    let links: Vec<(usize, usize, &str)> = chain
        .links
        .iter()
        .map(|l| (l.child, l.issuer, l.signature))
        .collect();
    assert_eq!(links, [(2, 1, "valid"), (1, 0, "valid")]);
    assert!(chain.missing_issuer.is_none());
    // Given #3 belongs at 1, given #1 at 3.
    let moves: Vec<(usize, usize)> = chain
        .positions
        .iter()
        .map(|p| (p.given[0].position, p.correct))
        .collect();
    assert_eq!(moves, [(3, 1), (2, 2), (1, 3)]);

    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    let chain = &json["chains"][0];
    assert_eq!(chain["order"], serde_json::json!([2, 1, 0]));
    assert_eq!(chain["complete"], true);
    assert_eq!(chain["root_included"], true);
    assert_eq!(
        chain["links"][0],
        serde_json::json!({"child": 2, "issuer": 1, "signature": "valid", "key_ids": "match"})
    );
    assert_eq!(chain["missing_issuer"], serde_json::Value::Null);
}

#[test]
fn missing_issuer_is_named_with_where_to_fetch_it() {
    let report = inspect(&["chains/missing-intermediate.pem"]);
    let chain = &report.chains[0];
    assert!(!chain.complete);
    let missing = chain.missing_issuer.as_ref().unwrap();
    let leaf = &report.certificates[chain.order[0]];
    assert_eq!(
        missing.issuer,
        "CN=certscope Test Intermediate R2,O=certscope tests"
    );
    assert_eq!(missing.authority_key_id, leaf.authority_key_id);
    assert_eq!(
        missing.ca_issuers_urls,
        ["http://ca.example.test/int-r2.der"]
    );
    assert_eq!(
        missing.fetch_commands,
        ["curl -fsSL http://ca.example.test/int-r2.der | openssl x509 -inform DER -out issuer.pem"]
    );
    let finding = report
        .findings
        .iter()
        .find(|f| f.code == "chain-incomplete")
        .unwrap();
    assert!(finding.message.contains(&missing.fetch_commands[0]));
    assert!(finding
        .message
        .contains(leaf.authority_key_id.as_deref().unwrap()));
}

/// The findings that are about a place in a file name the file, so a
/// person with several knows which one to edit; and a missing issuer names
/// the certificate given in its place.
#[test]
fn findings_name_the_file_and_the_certificate_they_are_about() {
    // (inputs, finding code, what its message must say)
    #[rustfmt::skip]
    let table: [(&[&str], &str, &str); 12] = [
        (&["chains/reversed.pem"], "chain-incorrect-order", "reversed.pem gives #1 "),
        (&["chains/shuffled-part1.pem", "chains/shuffled-part2.pem"], "chain-split-across-inputs",
         "is spread over shuffled-part2.pem and shuffled-part1.pem. "),
        (&["chains/duplicate.pem"], "chain-duplicate-certificate", " times in duplicate.pem (#"),
        (&["chains/unrelated.pem"], "chain-unrelated-certificate", " (unrelated.pem #"),
        (&["chains/wrong-intermediate.pem"], "chain-incomplete", "R2 was given in its place, but it has another key"),
        // The impostor is the one given for the missing issuer, not the
        // issuer of an earlier link that fails for another reason (the
        // flipped bit below R2).
        (&["inputs/hostile/bitflip.der", "pki/int-rsa.pem", "pki/other-root-r1.pem"], "chain-incomplete",
         "(certscope Test Root R1 was given in its place, but it has another key)"),
        // A CA Issuers URL curl cannot fetch is still named, without a command.
        (&["pki/leaf-ldap-ca-issuers.pem"], "chain-incomplete",
         "ldap.example.test says where to get it (CA Issuers): ldap://ldap.example.test/cn=certscope%20Test%20Intermediate%20R2?cACertificate. Download it from there and put it right after ldap.example.test in ssl_certificate."),
        // A bad signature says why: another key (the key ids differ, both
        // named) or a damaged certificate (they match).
        (&["chains/wrong-intermediate.pem"], "chain-bad-signature", "R2 has the right name but another key (www.example.test was signed by key id "),
        (&["inputs/hostile/bitflip.der", "pki/int-rsa.pem"], "chain-bad-signature", "R2 is the right issuer: www.example.test was changed after it was signed"),
        // The whole loop, back to where it began.
        (&["chains/cycle.pem"], "chain-cycle", "a circle (certscope Cycle A → certscope Cycle B → certscope Cycle A)"),
        // Why this path and not the other: same end, same length, so the order given.
        (&["chains/cross-signed.pem"], "chain-alternative-path", " because its certificates were given first; the other is: "),
        (&["sigalgs/ed448/leaf.pem", "sigalgs/ed448/root.pem"], "signature-unchecked", "Signature not checked: sigalgs leaf is signed with Ed448"),
    ];
    for (inputs, code, says) in table {
        let report = inspect(inputs);
        let finding = report.findings.iter().find(|f| f.code == code).unwrap();
        assert!(
            finding.message.contains(says),
            "{code}: {}",
            finding.message
        );
    }
}

/// A severity says whether the server is harmed. nginx, HAProxy and Apache
/// pair the private key with the first certificate: a file out of order is
/// an error when the leaf is not first (the server does not start), a
/// warning when only the issuers are swapped. A second leaf in the same
/// file is sent as dead weight (a warning); in a file of its own it is
/// only another chain (information).
#[test]
fn severities_say_whether_the_server_is_harmed() {
    use certscope::Severity::{Error, Info, Warning};
    // (inputs, finding code, its severity)
    #[rustfmt::skip]
    let table: [(&[&str], &str, certscope::Severity); 4] = [
        (&["chains/reversed.pem"], "chain-incorrect-order", Error),
        (&["chains/root-before-intermediate.pem"], "chain-incorrect-order", Warning),
        (&["chains/two-leaves.pem"], "chain-multiple-leaves", Warning),
        (&["pki/leaf.pem", "pki/other-leaf.pem", "pki/int-rsa.pem"], "chain-multiple-leaves", Info),
    ];
    for (inputs, code, want) in table {
        let report = inspect(inputs);
        let finding = report.findings.iter().find(|f| f.code == code).unwrap();
        assert_eq!(finding.severity, want, "{inputs:?}: {}", finding.message);
    }
}

/// A certificate is valid from its notBefore second on (RFC 5280 §4.1.2.5,
/// both ends included; the notAfter end is
/// `expiry_at_its_second_and_advice_by_place`'s).
#[test]
fn valid_from_its_not_before_second() {
    // (evaluated at, chain-not-yet-valid-certificate expected)
    let table = [
        ("2026-12-31T23:59:59Z", true),
        ("2027-01-01T00:00:00Z", false),
    ];
    for (at, want) in table {
        let inputs: Vec<Input> = ["pki/leaf-not-yet-valid.pem", "pki/int-rsa.pem"]
            .iter()
            .map(|p| Input::new(*p, fixture(p)))
            .collect();
        let report = analyze(&inputs, Timestamp::parse_rfc3339(at).unwrap());
        let found = report
            .findings
            .iter()
            .any(|f| f.code == "chain-not-yet-valid-certificate");
        assert_eq!(found, want, "at {at}");
    }
}

#[test]
fn bundles_for_nginx_equal_the_cat_of_the_pki_files() {
    // openssl writes PEM as 64-column base64 with LF line ends and nothing
    // around the armour (`-notext`), exactly as certscope does, so the files
    // compare byte for byte with no normalising. Should generate.sh ever
    // write CRLF or `-text` dumps, this fails rather than hiding it.
    let cat = |names: &[&str]| -> String {
        names
            .iter()
            .map(|n| String::from_utf8(fixture(&format!("pki/{n}"))).unwrap())
            .collect()
    };
    let report = inspect(&["chains/shuffled-part1.pem", "chains/shuffled-part2.pem"]);
    let chain = &report.chains[0];
    assert_eq!(chain.fullchain_pem, cat(&["leaf.pem", "int-rsa.pem"]));
    assert_eq!(chain.trusted_pem, cat(&["int-rsa.pem", "root-rsa.pem"]));
    assert!(chain.needed_root.is_none(), "the root was given");

    // No root given: trusted.pem holds the intermediate and the root needed
    // is named (the issuer of the last intermediate).
    let report = inspect(&["chains/correct.pem"]);
    let chain = &report.chains[0];
    assert_eq!(chain.fullchain_pem, cat(&["leaf.pem", "int-rsa.pem"]));
    assert_eq!(chain.trusted_pem, cat(&["int-rsa.pem"]));
    let root = chain.needed_root.as_ref().unwrap();
    assert_eq!(root.issuer, "CN=certscope Test Root R1,O=certscope tests");
    assert_eq!(root.ca_issuers_urls, ["http://ca.example.test/root-r1.der"]);

    // A bundle stops before a link that fails.
    let report = inspect(&["chains/wrong-intermediate.pem"]);
    assert_eq!(report.chains[0].fullchain_pem, cat(&["leaf.pem"]));
    assert_eq!(report.chains[0].links[0].signature, "invalid");
    assert_eq!(report.chains[0].links[0].key_ids, "mismatch");
}

#[test]
fn cross_sign_alternative_is_offered() {
    let report = inspect(&["chains/cross-signed.pem"]);
    let chain = &report.chains[0];
    assert_eq!(chain.alternatives.len(), 1);
    let alternative: Vec<String> = chain.alternatives[0]
        .order
        .iter()
        .map(|&i| {
            let c = &report.certificates[i];
            format!("{} {}", c.display_name(), c.serial)
        })
        .collect();
    assert_eq!(
        alternative,
        [
            "www.example.test 1001",
            "certscope Test Intermediate R2 202",
            "certscope Test Root E1 2"
        ]
    );
    assert!(chain.alternatives[0]
        .links
        .iter()
        .all(|l| l.signature == "valid"));

    // Without R1 the path that reaches a given root (E1) wins over the
    // shorter one that stops at R2 (0101).
    let report = inspect(&[
        "pki/leaf.pem",
        "pki/int-rsa.pem",
        "pki/int-rsa-cross.pem",
        "pki/root-ecdsa.pem",
    ]);
    let chain = &report.chains[0];
    assert!(chain.root_included);
    let top = &report.certificates[*chain.order.last().unwrap()];
    assert_eq!(top.display_name(), "certscope Test Root E1");
    assert_eq!(chain.alternatives.len(), 1);
}

#[test]
fn ca_constraints_are_checked_on_every_issuer() {
    // No fixture breaks these, so the model is edited after decoding: the
    // signatures still verify (the DER is untouched) and only the rule that
    // is being tested changes.
    let base = inspect(&["chains/with-root.pem"]);
    let at = evaluation_time();
    // (edit of the certificates, what it breaks; None: nothing)
    type Edit = fn(&mut Vec<certscope::inspect::certificate::Certificate>);
    let table: [(Edit, Option<&str>); 6] = [
        (|c| c[1].is_ca = Some(false), Some("Not a CA")),
        (|c| c[2].path_length = Some(0), Some("Path length exceeded")),
        (
            |c| c[1].key_usage = vec!["digitalSignature".to_string()],
            Some("Missing keyCertSign"),
        ),
        // A self-signed root of version 3 needs basic constraints too...
        (|c| c[2].is_ca = None, Some("Not a CA")),
        // ...a version 1 root has no extensions at all, and is an anchor.
        (|c| (c[2].version, c[2].is_ca) = (1, None), None),
        // No key usage extension: any use is allowed (RFC 5280 §4.2.1.3).
        (
            |c| {
                c[1].extensions.retain(|e| e.oid != "2.5.29.15");
                c[1].key_usage.clear();
            },
            None,
        ),
    ];
    for (edit, words) in table {
        let mut certificates = base.certificates.clone();
        edit(&mut certificates);
        let analysis = chain::analyze(&certificates, &base.inputs, at, &[]);
        let hits: Vec<&str> = analysis
            .findings
            .iter()
            .filter(|f| f.code == "chain-ca-constraint")
            .map(|f| f.message.as_str())
            .collect();
        match words {
            Some(words) => {
                assert_eq!(hits.len(), 1, "{words}: {:#?}", analysis.findings);
                assert!(hits[0].starts_with(words), "{}", hits[0]);
            }
            None => assert!(hits.is_empty(), "{hits:#?}"),
        }
    }
    // Unedited, nothing to say.
    let analysis = chain::analyze(&base.certificates, &base.inputs, at, &[]);
    assert!(analysis
        .findings
        .iter()
        .all(|f| f.code != "chain-ca-constraint"));
}

/// A certificate is valid through its notAfter second (RFC 5280 §4.1.2.5),
/// and an expired one's advice depends on where it sits: the root clients
/// take from their own store, an intermediate the server sends.
#[test]
fn expiry_at_its_second_and_advice_by_place() {
    let base = inspect(&["chains/with-root.pem"]);
    let expired = |certificates: &[certscope::inspect::certificate::Certificate], at| {
        chain::analyze(certificates, &base.inputs, at, &[])
            .findings
            .into_iter()
            .filter(|f| f.code == "chain-expired-certificate")
            .map(|f| f.message)
            .collect::<Vec<_>>()
    };
    let end = base.certificates[0].not_after;
    assert!(
        expired(&base.certificates, end).is_empty(),
        "valid at notAfter"
    );
    assert_eq!(expired(&base.certificates, Timestamp(end.0 + 1)).len(), 1);

    let at = evaluation_time();
    let mut certificates = base.certificates.clone();
    certificates[1].not_after = Timestamp(at.0 - 1);
    certificates[2].not_after = Timestamp(at.0 - 1);
    let said = expired(&certificates, at);
    // [certificate, its advice]
    let table = [
        (
            "certscope Test Intermediate R2",
            "get the current intermediate from your CA",
        ),
        (
            "certscope Test Root R1",
            "clients go by the root in their own store",
        ),
    ];
    for (name, advice) in table {
        let message = said.iter().find(|m| m.contains(name)).unwrap();
        assert!(message.contains(advice), "{message}");
    }
}

#[test]
fn big_500_finishes_within_budget() {
    let started = Instant::now();
    let report = inspect(&["chains/big-500.pem"]);
    let elapsed = started.elapsed();
    assert_eq!(report.certificates.len(), 500);
    assert_eq!(report.chains.len(), 498, "one chain per bulk leaf");
    for (n, chain) in report.chains.iter().enumerate() {
        let leaf = report.certificates[chain.order[0]].display_name();
        assert_eq!(leaf, format!("bulk-{:03}.example.test", n + 1));
        assert!(chain.complete && chain.root_included, "{leaf}");
        assert!(chain.links.iter().all(|l| l.signature == "valid"), "{leaf}");
    }
    assert!(report
        .findings
        .iter()
        .all(|f| f.code != "chain-search-budget-exhausted"));

    // The same search straight from the chain module, for its counters: one
    // check per leaf, one for R2 under R1, one for R1's self-signature.
    let analysis = chain::analyze(&report.certificates, &report.inputs, evaluation_time(), &[]);
    assert!(!analysis.budget_exhausted);
    assert_eq!(analysis.spent.signatures, 500);
    assert!(analysis.spent.signatures < TOTAL_SIGNATURES);
    assert!(
        analysis.spent.steps < TOTAL_STEPS / 100,
        "{:?}",
        analysis.spent
    );
    // About 0.3 s in a debug build (the bignum crates are optimised even
    // there, see Cargo.toml); 10 s catches a quadratic blow-up without
    // failing on a busy machine.
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}

/// One input that gives `certificates` in order, as report::analyze would
/// describe a PEM file of them.
fn one_input(certificates: &[certscope::inspect::certificate::Certificate]) -> Vec<InputReport> {
    let objects = (0..certificates.len())
        .map(|i| ObjectReport {
            kind: ObjectKind::Certificate,
            location: Location::Byte(i),
            label: None,
            certificate: Some(i),
            certificates: Vec::new(),
            staple: None,
            crl: None,
            crls: Vec::new(),
            note: None,
            embedded_in: None,
        })
        .collect();
    vec![InputReport {
        name: "tangle.pem".to_string(),
        size: 0,
        objects,
        errors: Vec::new(),
        certificates_sent: None,
    }]
}

/// `copies` renamed copies of each certificate of `files`, apart only by
/// serial (the pool would merge identical DER, so the model is edited).
fn tangle(files: &[&str], copies: usize) -> Vec<certscope::inspect::certificate::Certificate> {
    let base = inspect(files);
    let mut certificates = Vec::new();
    for n in 0..copies {
        for c in &base.certificates {
            let mut c = c.clone();
            c.serial = format!("{n:x}");
            certificates.push(c);
        }
    }
    certificates
}

#[test]
fn tangles_of_same_name_cas_stop_at_the_budget() {
    // Hostile inputs where every certificate is a candidate issuer of many
    // others, so the paths are astronomically many; only the budget stops
    // the search. (certificates, the budget that must run out, what it is)
    let mut renamed = tangle(&["pki/leaf.pem"], 60);
    for c in &mut renamed {
        c.subject = "CN=tangle".to_string();
        c.issuer = "CN=tangle".to_string();
        // Names are compared in their canonical form (RFC 5280 §7.1): make
        // the issuer the subject there too.
        c.issuer_canonical = c.subject_canonical.clone();
        c.self_issued = true;
        c.is_ca = Some(true);
    }
    let table = [
        (
            renamed,
            "signatures",
            "60 CAs of one name whose signatures never verify",
        ),
        (
            tangle(&["chains/cycle.pem"], 30),
            "signatures",
            "30 copies each of Cycle A and B, every A-B link verifies: 1,800 pairs to check",
        ),
        (
            tangle(&["chains/cycle.pem"], 7),
            "steps",
            "7 copies each of Cycle A and B: 98 pairs to check, then millions of paths",
        ),
    ];
    for (certificates, limit, why) in table {
        let started = Instant::now();
        let inputs = one_input(&certificates);
        let analysis = chain::analyze(&certificates, &inputs, evaluation_time(), &[]);
        let elapsed = started.elapsed();
        assert!(analysis.budget_exhausted, "{why}");
        let spent = analysis.spent;
        match limit {
            "signatures" => assert_eq!(spent.signatures, TOTAL_SIGNATURES, "{why}"),
            _ => assert_eq!(spent.steps, CHAIN_STEPS, "{why}"),
        }
        assert!(spent.signatures <= TOTAL_SIGNATURES && spent.steps <= TOTAL_STEPS);
        assert!(
            analysis
                .findings
                .iter()
                .any(|f| f.code == "chain-search-budget-exhausted"),
            "{why}"
        );
        // Under a second in a debug build (crypto crates optimised).
        assert!(elapsed < Duration::from_secs(10), "{why}: took {elapsed:?}");
    }
}
