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

/// RFC 5280 §4.1: a signed object is a SEQUENCE of the signed SEQUENCE, the
/// AlgorithmIdentifier SEQUENCE and the signature BIT STRING. One element
/// with another tag, whichever, and there is nothing to check.
#[test]
fn signed_parts_need_all_three_elements_as_rfc_5280_has_them() {
    let leaf = der("leaf.pem");
    let (outer, _) = certscope::inspect::tlv::read(&leaf, 0).unwrap();
    let parts: Vec<usize> = outer.children().map(|c| c.unwrap().offset).collect();
    // (the element retagged, its new tag, what)
    let table = [
        (None, 0, "leaf.pem as it is"),
        (Some(0), 0x31, "the certificate's TBSCertificate a SET"),
        (Some(1), 0x31, "the AlgorithmIdentifier a SET"),
        (Some(2), 0x04, "the signature an OCTET STRING"),
    ];
    for (element, tag, why) in table {
        let mut bytes = leaf.clone();
        if let Some(k) = element {
            bytes[parts[k]] = tag;
        }
        assert_eq!(signed_parts(&bytes).is_some(), element.is_none(), "{why}");
    }
}

/// The TBSCertificate's own AlgorithmIdentifier, which RFC 5280 §4.1.1.2
/// says must equal the outer one, is taken only when it is one: a SEQUENCE
/// that starts with an OID.
#[test]
fn the_inner_algorithm_is_a_sequence_that_starts_with_an_oid() {
    let leaf = der("leaf.pem");
    let signed = signed_parts(&leaf).unwrap();
    assert_eq!(signed.inner_algorithm, Some(signed.algorithm));
    // TBSCertificate: [0] version, serialNumber, signature AlgorithmIdentifier.
    let (outer, _) = certscope::inspect::tlv::read(&leaf, 0).unwrap();
    let tbs = outer.children().next().unwrap().unwrap();
    let inner = tbs.children().nth(2).unwrap().unwrap();
    let oid = inner.children().next().unwrap().unwrap();
    let mut bytes = leaf.clone();
    bytes[oid.offset] = 0x04; // the OID an OCTET STRING
    assert_eq!(signed_parts(&bytes).unwrap().inner_algorithm, None);
}

/// An algorithm OID's bytes in a certificate, and the last byte put instead.
type Change = Option<(&'static [u8], u8)>;

/// What certscope does not check, it says why, naming the algorithm:
/// `(child, issuer, the signature algorithm's OID bytes in the child and
/// the last byte put instead (outer and inner AlgorithmIdentifier), the
/// verdict's reason)`.
#[test]
fn an_unchecked_signature_names_its_algorithm_and_why() {
    // 1.2.840.113549.1.1.11, sha256WithRSAEncryption.
    const RSA_SHA256: &[u8] = &[
        0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b,
    ];
    // 1.2.840.10045.4.3.2, ecdsa-with-SHA256.
    const ECDSA_SHA256: &[u8] = &[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
    let table: [(&str, &str, Change, &str); 3] = [
        (
            "leaf-md5.pem",
            "int-rsa.pem",
            None,
            "md5WithRSAEncryption (MD2, MD4 and MD5 are broken; certscope does not check them)",
        ),
        (
            "leaf.pem",
            "int-rsa.pem",
            Some((RSA_SHA256, 0x63)),
            "1.2.840.113549.1.1.99 (an RSA variant certscope does not know)",
        ),
        (
            "leaf-no-ocsp.pem",
            "int-ecdsa.pem",
            Some((ECDSA_SHA256, 0x09)),
            "1.2.840.10045.4.3.9 (an ECDSA hash certscope does not know)",
        ),
    ];
    for (child, issuer, change, why) in table {
        let mut child = der(child);
        if let Some((oid, last)) = change {
            let at: Vec<usize> = (0..child.len() - oid.len())
                .filter(|&i| &child[i..i + oid.len()] == oid)
                .collect();
            assert_eq!(at.len(), 2, "{why}: outer and inner AlgorithmIdentifier");
            for i in at {
                child[i + oid.len() - 1] = last;
            }
        }
        let issuer = der(issuer);
        let got = verify(
            certificate_spki(&issuer).unwrap(),
            &signed_parts(&child).unwrap(),
        );
        assert_eq!(got, Verdict::Unsupported(why.to_string()));
    }
}
