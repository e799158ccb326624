//! Signature checks over the generated PKI (tests/fixtures/pki, made by
//! tests/fixtures/generate.sh): every algorithm the fixtures use.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::input::scan;
use certscope::inspect::signature::{certificate_spki, signed_parts, verify, Verdict};

fn der(name: &str) -> Vec<u8> {
    let bytes = std::fs::read(format!(
        "{}/tests/fixtures/pki/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    scan(&bytes).found.remove(0).der
}

#[test]
fn links_verify_with_the_right_key_and_fail_with_the_wrong_one() {
    // (child, issuer, expected, what it exercises)
    let table = [
        (
            "leaf.pem",
            "int-rsa.pem",
            Verdict::Valid,
            "RSA PKCS#1 v1.5 SHA-256",
        ),
        ("int-rsa.pem", "root-rsa.pem", Verdict::Valid, "RSA root"),
        (
            "root-rsa.pem",
            "root-rsa.pem",
            Verdict::Valid,
            "self-signed root",
        ),
        (
            "int-ecdsa.pem",
            "root-ecdsa.pem",
            Verdict::Valid,
            "ECDSA P-384 issuer",
        ),
        (
            "root-ecdsa.pem",
            "root-ecdsa.pem",
            Verdict::Valid,
            "ECDSA P-384 self-signed",
        ),
        (
            "leaf-no-ocsp.pem",
            "int-ecdsa.pem",
            Verdict::Valid,
            "ECDSA P-256 issuer",
        ),
        (
            "leaf-ed25519.pem",
            "int-ecdsa.pem",
            Verdict::Valid,
            "Ed25519 leaf under P-256",
        ),
        (
            "leaf-rsa1024-sha1.pem",
            "int-rsa.pem",
            Verdict::Valid,
            "SHA-1 still verifies",
        ),
        (
            "int-rsa-cross.pem",
            "root-ecdsa.pem",
            Verdict::Valid,
            "cross-sign",
        ),
        (
            "leaf.pem",
            "wrong-int.pem",
            Verdict::Invalid,
            "same DN, other key",
        ),
        (
            "leaf.pem",
            "root-rsa.pem",
            Verdict::Invalid,
            "skipped a level",
        ),
        (
            "leaf.pem",
            "int-ecdsa.pem",
            Verdict::Invalid,
            "key of another type",
        ),
    ];
    for (child, issuer, want, why) in table {
        let child = der(child);
        let issuer = der(issuer);
        let got = verify(
            certificate_spki(&issuer).unwrap(),
            &signed_parts(&child).unwrap(),
        );
        assert_eq!(got, want, "{why}");
    }
}
