//! Every signature algorithm of public PKI (issue 13, items 3 and 4), over
//! tests/fixtures/sigalgs/ (made by its generate.sh with the openssl CLI):
//! certscope's verdict on each root -> leaf pair and its tampered copy, the
//! same verdict `openssl verify -partial_chain` gives, and the report of a
//! chain certscope cannot check.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // tests may

use certscope::inspect::chain::pem;
use certscope::inspect::input::scan;
use certscope::inspect::signature::{
    certificate_spki, defect, signed_parts, verify, Signed, Verdict,
};
use certscope::{analyze, Input, Report};
use std::path::PathBuf;
use std::process::Command;

mod common;
use common::{fixture, AT};

const ED448: &str = "Ed448 (no maintained pure-Rust verifier)";

/// `(folder, expected verdict on leaf.pem and on root.pem's self-signature,
/// what it exercises)`. tampered.pem is always `Invalid`, except where
/// the algorithm is unsupported.
fn table() -> Vec<(&'static str, Verdict, &'static str)> {
    let v = Verdict::Valid;
    vec![
        (
            "rsa-pkcs1-sha1",
            v.clone(),
            "sha1WithRSAEncryption: still in old roots",
        ),
        ("rsa-pkcs1-sha224", v.clone(), "sha224WithRSAEncryption"),
        ("rsa-pkcs1-sha256", v.clone(), "the common case"),
        ("rsa-pkcs1-sha384", v.clone(), "sha384WithRSAEncryption"),
        ("rsa-pkcs1-sha512", v.clone(), "sha512WithRSAEncryption"),
        (
            "rsa-pss-default",
            v.clone(),
            "RFC 4055 defaults: empty parameters (SHA-1, MGF1-SHA-1, salt 20)",
        ),
        (
            "rsa-pss-sha256-salt32",
            v.clone(),
            "SHA-256, MGF1-SHA-256, salt 32",
        ),
        ("rsa-pss-sha256-salt0", v.clone(), "salt 0"),
        ("rsa-pss-sha384-salt48", v.clone(), "SHA-384, salt 48"),
        (
            "rsa-pss-sha512-max",
            v.clone(),
            "SHA-512 with the longest salt the key allows (190)",
        ),
        (
            "rsa-pss-sha256-mgf1-sha1",
            v.clone(),
            "MGF1 hash (SHA-1) differs from the message hash (SHA-256)",
        ),
        (
            "rsa-pss-sha512-mgf1-sha256",
            v.clone(),
            "MGF1 SHA-256 under SHA-512",
        ),
        (
            "rsa-pss-key",
            v.clone(),
            "an id-RSASSA-PSS key, not rsaEncryption",
        ),
        (
            "ecdsa-p256-sha1",
            v.clone(),
            "P-256, digest shorter than the field",
        ),
        ("ecdsa-p256-sha224", v.clone(), "P-256 with SHA-224"),
        ("ecdsa-p256-sha256", v.clone(), "P-256 with its own hash"),
        (
            "ecdsa-p256-sha384",
            v.clone(),
            "P-256, digest truncated to 256 bits",
        ),
        (
            "ecdsa-p256-sha512",
            v.clone(),
            "P-256, digest truncated to 256 bits",
        ),
        (
            "ecdsa-p384-sha1",
            v.clone(),
            "P-384 + SHA-1: the ecdsa crate refuses it unpadded (issue 13)",
        ),
        (
            "ecdsa-p384-sha224",
            v.clone(),
            "P-384 + SHA-224: under half the field",
        ),
        ("ecdsa-p384-sha256", v.clone(), "P-384 + SHA-256"),
        ("ecdsa-p384-sha384", v.clone(), "P-384 with its own hash"),
        (
            "ecdsa-p384-sha512",
            v.clone(),
            "P-384, digest truncated to 384 bits",
        ),
        (
            "ecdsa-p521-sha1",
            v.clone(),
            "P-521 + SHA-1: 160 of 521 bits",
        ),
        ("ecdsa-p521-sha224", v.clone(), "P-521 + SHA-224"),
        (
            "ecdsa-p521-sha256",
            v.clone(),
            "P-521 + SHA-256: under half the field",
        ),
        ("ecdsa-p521-sha384", v.clone(), "P-521 + SHA-384"),
        (
            "ecdsa-p521-sha512",
            v.clone(),
            "P-521's usual hash: 512 bits, no truncation",
        ),
        ("ed25519", v.clone(), "Ed25519 (RFC 8410)"),
        (
            "dsa-sha256",
            v.clone(),
            "DSA 2048/256 with SHA-256 (the dsa crate)",
        ),
        (
            "dsa-sha1",
            v.clone(),
            "DSA 2048/256 with SHA-1: digest shorter than q",
        ),
        (
            "ed448",
            Verdict::Unsupported(ED448.to_string()),
            "no maintained pure-Rust Ed448 verifier",
        ),
    ]
}

/// Where certscope and OpenSSL are known to differ, and why. Every entry is
/// an `Unsupported` verdict: certscope says it cannot check, never the
/// opposite of OpenSSL.
const DIFFERS_FROM_OPENSSL: &[(&str, &str)] = &[(
    "ed448",
    "OpenSSL verifies Ed448; the only Rust Ed448 crates are 0.x pre-releases (ed448-goldilocks 0.14.0-pre), so certscope reports it unchecked",
)];

fn folder(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/tests/fixtures/sigalgs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
}

fn der(name: &str, file: &str) -> Vec<u8> {
    let bytes = fixture(&format!("sigalgs/{name}/{file}"));
    scan(&bytes).found.remove(0).der
}

/// certscope's verdict on `child` signed by `issuer`'s key.
fn check(child: &[u8], issuer: &[u8]) -> Verdict {
    verify(
        certificate_spki(issuer).unwrap(),
        &signed_parts(child).unwrap(),
    )
}

#[test]
fn every_algorithm_verifies_and_every_tampered_leaf_fails() {
    let table = table();
    // The table covers every folder the script makes, and no more.
    let mut on_disk: Vec<String> = std::fs::read_dir(folder(""))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = table.iter().map(|(n, ..)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "tests/fixtures/sigalgs/ and the table differ"
    );

    for (name, want, why) in table {
        let root = der(name, "root.pem");
        let leaf = der(name, "leaf.pem");
        let tampered = der(name, "tampered.pem");
        assert_eq!(check(&leaf, &root), want, "{name} leaf: {why}");
        assert_eq!(
            check(&root, &root),
            want,
            "{name} root self-signature: {why}"
        );
        let want_tampered = match want {
            Verdict::Valid => Verdict::Invalid,
            other => other,
        };
        assert_eq!(
            check(&tampered, &root),
            want_tampered,
            "{name} tampered leaf: {why}"
        );
        // A tampered leaf fails on its bytes, not on its structure.
        assert_eq!(
            defect(
                certificate_spki(&root).unwrap(),
                &signed_parts(&tampered).unwrap()
            ),
            None,
            "{name}"
        );
    }
}

#[test]
fn keys_of_another_algorithm_fail_with_a_reason() {
    // (child folder, issuer folder, the reason, whole: it names the
    // signature's algorithm and hashes, and the key's type and curve)
    let table = [
        (
            "rsa-pkcs1-sha256",
            "ecdsa-p256-sha256",
            "the signature is RSA PKCS#1 v1.5 with SHA-256, but the signer's key is EC (P-256)",
        ),
        (
            "rsa-pkcs1-sha1",
            "ecdsa-p384-sha384",
            "the signature is RSA PKCS#1 v1.5 with SHA-1, but the signer's key is EC (P-384)",
        ),
        (
            "rsa-pkcs1-sha512",
            "ed25519",
            "the signature is RSA PKCS#1 v1.5 with SHA-512, but the signer's key is Ed25519",
        ),
        (
            "ecdsa-p384-sha384",
            "rsa-pkcs1-sha384",
            "the signature is ECDSA with SHA-384, but the signer's key is RSA",
        ),
        (
            "ecdsa-p256-sha224",
            "dsa-sha256",
            "the signature is ECDSA with SHA-224, but the signer's key is DSA",
        ),
        (
            "ed25519",
            "ecdsa-p256-sha256",
            "the signature is Ed25519, but the signer's key is EC (P-256)",
        ),
        (
            "rsa-pkcs1-sha256",
            "rsa-pss-key",
            "the signature is RSA PKCS#1 v1.5 with SHA-256, but the signer's key is RSA-PSS",
        ),
        (
            "rsa-pss-sha256-mgf1-sha1",
            "ecdsa-p521-sha512",
            "the signature is RSA-PSS with SHA-256, MGF1 with SHA-1, salt 32, but the signer's key is EC (P-521)",
        ),
        (
            "dsa-sha256",
            "rsa-pkcs1-sha256",
            "the signature is DSA with SHA-256, but the signer's key is RSA",
        ),
        (
            "rsa-pkcs1-sha256",
            "ed448",
            "the signature is RSA PKCS#1 v1.5 with SHA-256, but the signer's key is Ed448",
        ),
    ];
    for (child, issuer, reason) in table {
        let leaf = der(child, "leaf.pem");
        let root = der(issuer, "root.pem");
        assert_eq!(check(&leaf, &root), Verdict::Invalid, "{child} by {issuer}");
        let why = defect(
            certificate_spki(&root).unwrap(),
            &signed_parts(&leaf).unwrap(),
        );
        assert_eq!(why.as_deref(), Some(reason), "{child} by {issuer}");
    }
    // ECDSA on the right key type but another curve: the arithmetic fails.
    let leaf = der("ecdsa-p384-sha384", "leaf.pem");
    let root = der("ecdsa-p521-sha384", "root.pem");
    assert_eq!(check(&leaf, &root), Verdict::Invalid);
}

/// Every hash certscope computes is checked with every scheme that takes
/// it, including those no fixture is signed with: the algorithm OIDs of a
/// fixture's leaf (outer and inner AlgorithmIdentifier, and for RSA-PSS the
/// MGF1 hash too) changed to another hash, so the bytes no longer match.
/// The signature is checked and fails, never called unsupported.
/// `(folder, the OID's bytes, the last byte put instead, occurrences, what)`.
#[test]
fn every_hash_is_checked_with_every_scheme() {
    // 2.16.840.1.101.3.4.2.1, id-sha256 (-> .4 id-sha224).
    const SHA256: &[u8] = &[
        0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01,
    ];
    // 2.16.840.1.101.3.4.3.2, id-dsa-with-sha256 (-> .1 sha224, .3 sha384, .4 sha512).
    const DSA_SHA256: &[u8] = &[
        0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x02,
    ];
    let table: [(&str, &[u8], u8, usize, &str); 4] = [
        (
            "rsa-pss-sha256-salt32",
            SHA256,
            0x04,
            4,
            "RSA-PSS with SHA-224, MGF1 with SHA-224",
        ),
        ("dsa-sha256", DSA_SHA256, 0x01, 2, "dsa-with-SHA224"),
        ("dsa-sha256", DSA_SHA256, 0x03, 2, "dsa-with-SHA384"),
        ("dsa-sha256", DSA_SHA256, 0x04, 2, "dsa-with-SHA512"),
    ];
    for (folder, oid, last, count, what) in table {
        let root = der(folder, "root.pem");
        let mut leaf = der(folder, "leaf.pem");
        let at: Vec<usize> = (0..leaf.len() - oid.len())
            .filter(|&i| &leaf[i..i + oid.len()] == oid)
            .collect();
        assert_eq!(at.len(), count, "{what}: the OID's places in {folder}");
        for i in at {
            leaf[i + oid.len() - 1] = last;
        }
        let spki = certificate_spki(&root).unwrap();
        let signed = signed_parts(&leaf).unwrap();
        assert_eq!(defect(spki, &signed), None, "{what}");
        assert_eq!(verify(spki, &signed), Verdict::Invalid, "{what}");
    }
}

/// DER `tag length value`.
fn tlv(tag: u8, value: &[u8]) -> Vec<u8> {
    let len = value.len();
    let mut out = vec![tag];
    match u8::try_from(len) {
        Ok(n) if n < 0x80 => out.push(n),
        Ok(n) => out.extend([0x81, n]),
        Err(_) => out.extend([0x82, (len >> 8) as u8, len as u8]),
    }
    out.extend_from_slice(value);
    out
}

/// 1.2.840.113549.1.1.10, id-RSASSA-PSS.
const PSS_OID: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a];
/// 1.2.840.113549.1.1.8, id-mgf1.
const MGF1_OID: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x08];

/// A hash AlgorithmIdentifier: 2.16.840.1.101.3.4.2.`n` (1 SHA-256,
/// 3 SHA-512), or SHA-1 for 0.
fn hash_id(n: u8) -> Vec<u8> {
    let oid = match n {
        0 => vec![0x2b, 0x0e, 0x03, 0x02, 0x1a],
        n => vec![0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, n],
    };
    tlv(0x30, &tlv(0x06, &oid))
}

/// RSASSA-PSS-params: hash, MGF1 with `mgf1`, and the salt field's content.
fn pss_params(hash: u8, mgf1: u8, salt: &[u8]) -> Vec<u8> {
    let mgf = tlv(0x30, &[tlv(0x06, MGF1_OID), hash_id(mgf1)].concat());
    tlv(
        0x30,
        &[tlv(0xa0, &hash_id(hash)), tlv(0xa1, &mgf), tlv(0xa2, salt)].concat(),
    )
}

/// RSASSA-PSS parameters as certscope reads them, in an AlgorithmIdentifier
/// made here over rsa-pss-sha256-salt32's leaf (signed with SHA-256, MGF1
/// SHA-256, salt 32): `(the parameters, the verdict, defect()'s reason)`.
/// The salt is an INTEGER below 2^24 of at most 4 bytes (RFC 4055 §3.1).
#[test]
fn pss_parameters_are_read_as_rfc_4055_has_them() {
    let int = |v: &[u8]| tlv(0x02, v);
    let bad_salt = Some("RSA-PSS parameters: bad salt length");
    // 1.2.840.113549.1.1.9, id-pSpecified: an OID of PKCS #1 that is no MGF.
    let other_mgf = tlv(
        0xa1,
        &tlv(
            0x30,
            &[
                tlv(
                    0x06,
                    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x09],
                ),
                hash_id(1),
            ]
            .concat(),
        ),
    );
    let table: [(Vec<u8>, Verdict, Option<&str>, &str); 7] = [
        (
            pss_params(1, 1, &int(&[0x20])),
            Verdict::Valid,
            None,
            "the leaf's own",
        ),
        (
            pss_params(1, 1, &int(&[0, 0, 0, 0x20])),
            Verdict::Valid,
            None,
            "salt 32 in 4 bytes",
        ),
        (
            pss_params(1, 1, &int(&[0, 0, 0, 0, 0x20])),
            Verdict::Invalid,
            bad_salt,
            "salt 32 in 5 bytes",
        ),
        (
            pss_params(1, 1, &int(&[1, 0, 0, 0])),
            Verdict::Invalid,
            bad_salt,
            "salt 2^24",
        ),
        (
            pss_params(1, 1, &int(&[])),
            Verdict::Invalid,
            bad_salt,
            "an empty INTEGER",
        ),
        (
            pss_params(1, 1, &tlv(0x04, &[0x20])),
            Verdict::Invalid,
            bad_salt,
            "the salt an OCTET STRING",
        ),
        (
            tlv(0x30, &[tlv(0xa0, &hash_id(1)), other_mgf].concat()),
            Verdict::Unsupported(
                "RSA-PSS with mask generation function 1.2.840.113549.1.1.9".to_string(),
            ),
            None,
            "a mask generation function other than MGF1",
        ),
    ];
    let root = der("rsa-pss-sha256-salt32", "root.pem");
    let leaf = der("rsa-pss-sha256-salt32", "leaf.pem");
    let spki = certificate_spki(&root).unwrap();
    let real = signed_parts(&leaf).unwrap();
    for (params, want, reason, what) in table {
        let algorithm = tlv(0x30, &[tlv(0x06, PSS_OID), params].concat());
        let signed = Signed {
            algorithm: &algorithm,
            inner_algorithm: None,
            ..real
        };
        assert_eq!(verify(spki, &signed), want, "{what}");
        assert_eq!(defect(spki, &signed).as_deref(), reason, "{what}");
    }
}

/// RFC 8017 §9.1.2 step 10: DB is zeros (PS), then 0x01, then the salt;
/// a signature whose DB breaks that fails even when H matches the message.
/// rsa-pss-sha256-salt32's leaf signed again with an encoded message built
/// by hand (`pss_by_hand` in sigalgs/generate.sh), wrong in one part only;
/// openssl verify agrees with each. `(file, the verdict, what the EM holds)`.
#[test]
fn a_pss_encoded_message_is_checked_in_every_part() {
    let table = [
        (
            "em-by-hand.pem",
            Verdict::Valid,
            "PS zeros, 0x01, salt, H: the construction is right",
        ),
        (
            "em-ps-not-zero.pem",
            Verdict::Invalid,
            "one byte of PS is 0x01, the separator and H right",
        ),
        (
            "em-no-separator.pem",
            Verdict::Invalid,
            "0x02 where the 0x01 after PS goes, H right",
        ),
    ];
    let root = der("rsa-pss-sha256-salt32", "root.pem");
    for (file, want, what) in table {
        let leaf = der("rsa-pss-sha256-salt32", file);
        assert_eq!(check(&leaf, &root), want, "{file}: {what}");
    }
}

/// RFC 4055 §3.1: a key of type id-RSASSA-PSS that states parameters signs
/// only with its hash and MGF1 hash and a salt at least its own. rsa-pss-key's
/// root key (which states none) given such parameters here, over its leaf
/// (signed with SHA-256, MGF1 SHA-256, salt 32): `(the key's parameters,
/// the verdict, defect()'s reason)`.
#[test]
fn a_pss_key_with_parameters_signs_only_within_them() {
    let int = |v: u8| tlv(0x02, &[v]);
    let limits = |what: &str| format!("the signer's RSA-PSS key allows only {what}");
    let table = [
        (pss_params(1, 1, &int(32)), Verdict::Valid, None),
        (pss_params(1, 1, &int(20)), Verdict::Valid, None),
        (
            pss_params(1, 1, &int(33)),
            Verdict::Invalid,
            Some(limits("SHA-256 with MGF1 SHA-256 and salt at least 33")),
        ),
        (
            pss_params(3, 1, &int(32)),
            Verdict::Invalid,
            Some(limits("SHA-512 with MGF1 SHA-256 and salt at least 32")),
        ),
        (
            pss_params(1, 0, &int(32)),
            Verdict::Invalid,
            Some(limits("SHA-256 with MGF1 SHA-1 and salt at least 32")),
        ),
    ];
    let root = der("rsa-pss-key", "root.pem");
    let leaf = der("rsa-pss-key", "leaf.pem");
    let signed = signed_parts(&leaf).unwrap();
    let (spki, _) = certscope::inspect::tlv::read(certificate_spki(&root).unwrap(), 0).unwrap();
    let key_bits = spki.children().nth(1).unwrap().unwrap().raw;
    for (params, want, reason) in table {
        let algorithm = tlv(0x30, &[tlv(0x06, PSS_OID), params].concat());
        let spki = tlv(0x30, &[algorithm, key_bits.to_vec()].concat());
        assert_eq!(verify(&spki, &signed), want, "{reason:?}");
        assert_eq!(defect(&spki, &signed), reason);
    }
}

/// DSA moduli up to OpenSSL's limit (OPENSSL_DSA_MAX_MODULUS_BITS, 10,000
/// bits) are checked, longer ones refused. No DSA key that long can be
/// generated in a test's time, so one is built here: p = p0 * t (p0, q and
/// g0 dsa-sha256's root's; t makes p the size wanted), g is g0 modulo p0
/// and 1 modulo t, so g has order q modulo p as DSA needs (p need not be
/// prime for the verification equation), and dsa-sha256's leaf's bytes are
/// signed with it: `(bits of p, verdict)`.
#[cfg(feature = "arithmetic")]
#[test]
fn dsa_moduli_up_to_10000_bits_are_checked() {
    use certscope::inspect::tlv::read;
    use dsa::BigUint;
    use sha2::{Digest, Sha256};
    let int = |v: &BigUint| {
        let mut bytes = v.to_bytes_be();
        if bytes[0] & 0x80 != 0 {
            bytes.insert(0, 0);
        }
        tlv(0x02, &bytes)
    };
    let root = der("dsa-sha256", "root.pem");
    let leaf = der("dsa-sha256", "leaf.pem");
    let real = signed_parts(&leaf).unwrap();
    let (spki, _) = read(certificate_spki(&root).unwrap(), 0).unwrap();
    let alg = spki.children().next().unwrap().unwrap();
    let params = alg.children().nth(1).unwrap().unwrap();
    let [p0, q, g0] =
        [0, 1, 2].map(|k| BigUint::from_bytes_be(params.children().nth(k).unwrap().unwrap().value));
    let one = BigUint::from(1u8);
    let two = BigUint::from(2u8);
    let digest = Sha256::digest(real.message);
    // FIPS 186-4 §4.6: the leftmost bits of the hash, as many as q has.
    let z = BigUint::from_bytes_be(&digest) >> (256 - q.bits().min(256));
    for (bits, want) in [(10_000, Verdict::Valid), (10_001, Verdict::Invalid)] {
        // The smallest odd t with p0 * t of `bits` bits.
        let t = (((&one << (bits - 1)) + &p0 - &one) / &p0) | &one;
        let p = &p0 * &t;
        assert_eq!(p.bits(), bits);
        // g = 1 + t * u with u = (g0 - 1) / t modulo the prime p0 (Fermat).
        let u = ((&g0 - &one) * t.modpow(&(&p0 - &two), &p0)) % &p0;
        let g = &one + &t * u;
        let x = BigUint::from_bytes_be(&[0x5a; 20]);
        let k = BigUint::from_bytes_be(&[0x3c; 20]);
        let y = g.modpow(&x, &p);
        let r = g.modpow(&k, &p) % &q;
        let s = (k.modpow(&(&q - &two), &q) * ((&z + &x * &r) % &q)) % &q;
        let signature = tlv(0x30, &[int(&r), int(&s)].concat());
        let dsa_oid = tlv(0x06, &[0x2a, 0x86, 0x48, 0xce, 0x38, 0x04, 0x01]);
        let key_params = tlv(0x30, &[int(&p), int(&q), int(&g)].concat());
        let key = tlv(
            0x30,
            &[
                tlv(0x30, &[dsa_oid, key_params].concat()),
                tlv(0x03, &[&[0][..], &int(&y)].concat()),
            ]
            .concat(),
        );
        let signed = Signed {
            signature: &signature,
            ..real
        };
        assert_eq!(verify(&key, &signed), want, "p of {bits} bits");
    }
}

/// Structural defects made from a valid leaf: `(what, mutate, words of the
/// reason)`. OpenSSL refuses each too (checked in the differential test).
type Mutation = (&'static str, fn(&mut Vec<u8>), &'static str);

fn mutations() -> [Mutation; 2] {
    [
        (
            "outer algorithm sha384WithRSA, inner sha256WithRSA",
            |d| {
                let oid = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
                let at = d.windows(oid.len()).rposition(|w| w == oid).unwrap();
                d[at + oid.len() - 1] = 0x0c;
            },
            "another signature algorithm than the outer one",
        ),
        (
            "signature BIT STRING with 1 unused bit",
            |d| {
                // 03 82 01 01 00: the 2048-bit signature's header and its
                // unused-bits byte; the signature's last bit is cleared so
                // the padding bit is 0 as DER wants.
                let header = [0x03, 0x82, 0x01, 0x01, 0x00];
                let at = d.windows(5).rposition(|w| w == header).unwrap();
                d[at + 4] = 0x01;
                let last = d.len() - 1;
                d[last] &= 0xfe;
            },
            "unused bits",
        ),
    ]
}

#[test]
fn structural_defects_fail_with_a_reason() {
    let root = der("rsa-pkcs1-sha256", "root.pem");
    for (what, mutate, words) in mutations() {
        let mut leaf = der("rsa-pkcs1-sha256", "leaf.pem");
        mutate(&mut leaf);
        let signed = signed_parts(&leaf).unwrap();
        let spki = certificate_spki(&root).unwrap();
        assert_eq!(verify(spki, &signed), Verdict::Invalid, "{what}");
        let why = defect(spki, &signed).unwrap_or_default();
        assert!(why.contains(words), "{what}: {why}");
    }
}

/// `openssl verify`'s verdict on `leaf` (PEM) under `root` at the
/// evaluation time; `None` when openssl is not installed.
fn openssl_verdict(root: &PathBuf, leaf: &PathBuf) -> Option<Verdict> {
    let out = match Command::new("openssl")
        .args(["verify", "-partial_chain", "-attime"])
        .arg(AT.0.to_string())
        .arg("-CAfile")
        .arg(root)
        .arg(leaf)
        .output()
    {
        Ok(out) => out,
        Err(_) => return None,
    };
    let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    if out.status.success() {
        Some(Verdict::Valid)
    } else if text.contains("certificate signature failure") {
        Some(Verdict::Invalid)
    } else {
        panic!("openssl verify failed for another reason than the signature: {text}")
    }
}

fn openssl_present() -> bool {
    let present = Command::new("openssl").arg("version").output().is_ok();
    if !present {
        assert!(
            !common::tools_required(),
            "openssl is required in CI for the differential signature test"
        );
        eprintln!("openssl not installed: differential test skipped (it fails in CI)");
    }
    present
}

#[test]
fn certscope_agrees_with_openssl_verify_on_every_pair() {
    if !openssl_present() {
        return;
    }
    let mut compared = 0;
    for (name, _, _) in table() {
        let dir = folder(name);
        let root = der(name, "root.pem");
        for file in ["leaf.pem", "tampered.pem"] {
            let ours = check(&der(name, file), &root);
            let theirs = openssl_verdict(&dir.join("root.pem"), &dir.join(file)).unwrap();
            match DIFFERS_FROM_OPENSSL.iter().find(|(n, _)| *n == name) {
                Some((_, why)) => {
                    assert!(
                        matches!(ours, Verdict::Unsupported(_)),
                        "{name}/{file}: listed as differing ({why}) but certscope says {ours:?}"
                    );
                }
                None => assert_eq!(ours, theirs, "{name}/{file}: certscope vs openssl verify"),
            }
            compared += 1;
        }
    }
    assert_eq!(compared, 2 * table().len());

    // The structural defects: OpenSSL refuses them too.
    let dir = std::env::temp_dir().join(format!("certscope-sigalgs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let root_path = folder("rsa-pkcs1-sha256").join("root.pem");
    for (n, (what, mutate, _)) in mutations().into_iter().enumerate() {
        let mut leaf = der("rsa-pkcs1-sha256", "leaf.pem");
        mutate(&mut leaf);
        let path = dir.join(format!("mutated-{n}.pem"));
        std::fs::write(&path, pem(&leaf)).unwrap();
        let theirs = openssl_verdict(&root_path, &path).unwrap();
        assert_eq!(theirs, Verdict::Invalid, "openssl on {what}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

fn inspect(files: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, file)| {
            Input::new(
                format!("{name}-{file}"),
                fixture(&format!("sigalgs/{name}/{file}")),
            )
        })
        .collect();
    analyze(&inputs, AT)
}

#[test]
fn a_chain_certscope_cannot_check_is_never_called_verified() {
    let report = inspect(&[("ed448", "leaf.pem"), ("ed448", "root.pem")]);
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    let chain = &json["chains"][0];
    assert_eq!(chain["links"][0]["signature"], "unsupported");
    assert_eq!(chain["links"][0]["detail"], ED448);
    assert_eq!(chain["root_signature"], "unsupported");
    assert_eq!(chain["end"], "root", "the path is still built");
    assert_eq!(chain["complete"], false, "but not verified");
    assert!(chain["missing_issuer"].is_null(), "nothing is missing");
    assert_eq!(report.chains[0].verdict(), "unchecked");

    let unchecked: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "signature-unchecked")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(unchecked.len(), 2, "the link and the root: {unchecked:?}");
    for message in &unchecked {
        assert!(message.contains("Ed448"), "{message}");
    }
    assert!(unchecked[0].contains("sigalgs leaf"), "{}", unchecked[0]);
    assert!(
        unchecked[1].contains("sigalgs root ed448"),
        "{}",
        unchecked[1]
    );
    assert!(report
        .findings
        .iter()
        .filter(|f| f.code == "signature-unchecked")
        .all(|f| f.severity == certscope::Severity::Warning));

    let headline = &report.summary.headline;
    assert!(!headline.contains("All good"), "{headline}");
    assert!(headline.starts_with("Cannot tell: "), "{headline}");
    assert_eq!(
        report.summary.verdict,
        certscope::inspect::summary::Verdict::CannotTell
    );
    assert_eq!(report.summary.code.as_deref(), Some("signature-unchecked"));
    // A warning: the CLI exits 0, and its first lines say "Cannot tell".
    assert!(!report.has_errors());
    let text = certscope::inspect::render::render_text(&report);
    assert!(
        text.lines().nth(1).unwrap().starts_with("Cannot tell: "),
        "{text}"
    );
    assert!(text.contains("NOT VERIFIED"), "{text}");

    // The JSON reads back to the same report (the page's worker round trip).
    let back: Report = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(back.chains, report.chains);
}

#[test]
fn a_chain_certscope_checks_is_verified_end_to_end() {
    // (folder, what)
    for (name, what) in [
        (
            "ecdsa-p521-sha512",
            "P-521: issue 13 says it was unchecked before",
        ),
        ("ecdsa-p384-sha1", "P-384 + SHA-1: called tampered before"),
        ("rsa-pss-sha256-mgf1-sha1", "RSA-PSS with another MGF1 hash"),
        ("dsa-sha256", "DSA"),
    ] {
        let report = inspect(&[(name, "leaf.pem"), (name, "root.pem")]);
        let chain = &report.chains[0];
        assert!(chain.complete, "{name}: {what}");
        assert_eq!(chain.root_signature, Some("valid"), "{name}");
        assert_eq!(chain.links[0].signature, "valid", "{name}");
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.code == "signature-unchecked" || f.code == "chain-bad-signature"),
            "{name}: {:?}",
            report.findings
        );
    }

    // The tampered leaf under its root: a failed link, not an unchecked one.
    let report = inspect(&[
        ("ecdsa-p521-sha512", "tampered.pem"),
        ("ecdsa-p521-sha512", "root.pem"),
    ]);
    let chain = &report.chains[0];
    assert!(!chain.complete);
    assert_eq!(chain.verdict(), "invalid");
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == "chain-bad-signature"));
    assert!(report.has_errors());

    // A chain not ending at a self-issued certificate has no root signature.
    let report = inspect(&[("ed25519", "leaf.pem")]);
    assert_eq!(report.chains[0].root_signature, None);
}

/// What the engine hands to WebCrypto (issue 16), per folder: the
/// algorithm in WebCrypto's words, or `None` where the check stays with the
/// Rust arithmetic (no WebCrypto hash SHA-224; RSA-PSS, Ed25519 and DSA,
/// whose WebCrypto rules are not exactly certscope's; Ed448, unchecked).
#[test]
fn web_checks_are_offered_only_for_what_webcrypto_does_as_certscope_does() {
    use certscope::inspect::signature::web::web_check;
    for (name, ..) in table() {
        let want: Option<(&str, &str, Option<&str>)> = match name.split('-').collect::<Vec<_>>()[..]
        {
            ["rsa", "pkcs1", "sha224"] | ["ecdsa", _, "sha224"] => None,
            ["rsa", "pkcs1", hash] => Some(("RSASSA-PKCS1-v1_5", web_hash(hash), None)),
            ["ecdsa", curve, hash] => Some(("ECDSA", web_hash(hash), Some(web_curve(curve)))),
            _ => None,
        };
        let root = der(name, "root.pem");
        let spki = certificate_spki(&root).unwrap();
        for file in ["leaf.pem", "tampered.pem"] {
            let child = der(name, file);
            let signed = signed_parts(&child).unwrap();
            let got = web_check(spki, &signed);
            assert_eq!(
                got.as_ref().map(|c| (c.name, c.hash, c.curve)),
                want,
                "{name}/{file}"
            );
            if let Some(check) = got {
                assert_eq!(check.spki, spki, "{name}/{file}");
                assert_eq!(check.message, signed.message, "{name}/{file}");
                // ECDSA as r ‖ s: twice the field's size.
                let size = match check.curve {
                    Some("P-256") => Some(64),
                    Some("P-384") => Some(96),
                    Some("P-521") => Some(132),
                    _ => None,
                };
                if let Some(size) = size {
                    assert_eq!(check.signature.len(), size, "{name}/{file}");
                } else {
                    assert_eq!(check.signature, signed.signature, "{name}/{file}");
                }
            }
        }
    }
}

/// An RSA key is handed to WebCrypto only when the arithmetic would take
/// it too (`rsa_key_usable`: an odd exponent from 3 to 2^33 - 1, below the
/// modulus). rsa-pkcs1-sha256's root key, its exponent changed here:
/// `(modulus, exponent, handed over)`.
#[test]
fn web_checks_get_only_rsa_keys_the_arithmetic_takes() {
    use certscope::inspect::signature::web::web_check;
    use certscope::inspect::tlv::read;
    let root = der("rsa-pkcs1-sha256", "root.pem");
    let leaf = der("rsa-pkcs1-sha256", "leaf.pem");
    let signed = signed_parts(&leaf).unwrap();
    let (spki, _) = read(certificate_spki(&root).unwrap(), 0).unwrap();
    let bits = spki.children().nth(1).unwrap().unwrap();
    let (key, _) = read(&bits.value[1..], 0).unwrap();
    let n = key.children().next().unwrap().unwrap().value.to_vec();
    let e65537 = vec![0x01, 0x00, 0x01];
    // 2^33 - 1 and 2^33 + 1, as INTEGER contents.
    let e_max = vec![0x01, 0xff, 0xff, 0xff, 0xff];
    let e_over = vec![0x02, 0x00, 0x00, 0x00, 0x01];
    let table = [
        (n.clone(), e65537.clone(), true, "the root's own key"),
        (n.clone(), vec![0x03], true, "exponent 3"),
        (n.clone(), e_max, true, "exponent 2^33 - 1"),
        (n.clone(), e_over, false, "exponent 2^33 + 1"),
        (
            e65537.clone(),
            e65537,
            false,
            "exponent equal to the modulus",
        ),
    ];
    for (n, e, handed, what) in table {
        let key = tlv(0x30, &[tlv(0x02, &n), tlv(0x02, &e)].concat());
        let rsa = tlv(
            0x30,
            &[
                tlv(
                    0x06,
                    &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01],
                ),
                vec![0x05, 0x00],
            ]
            .concat(),
        );
        let spki = tlv(0x30, &[rsa, tlv(0x03, &[&[0][..], &key].concat())].concat());
        assert_eq!(web_check(&spki, &signed).is_some(), handed, "{what}");
    }
}

/// Messages up to 64 KiB (MAX_WEB_MESSAGE: a certificate or an OCSP
/// response is a few KB) are handed to WebCrypto, longer ones (a big CRL)
/// are not: `(message length, handed over)`. The message is not checked
/// here, only offered.
#[test]
fn web_checks_are_offered_for_messages_up_to_64_kib() {
    use certscope::inspect::signature::web::web_check;
    let root = der("rsa-pkcs1-sha256", "root.pem");
    let leaf = der("rsa-pkcs1-sha256", "leaf.pem");
    let spki = certificate_spki(&root).unwrap();
    let real = signed_parts(&leaf).unwrap();
    for (len, handed) in [(2_000, true), (64 * 1024, true), (64 * 1024 + 1, false)] {
        let message = vec![0x30; len];
        let signed = Signed {
            message: &message,
            ..real
        };
        assert_eq!(web_check(spki, &signed).is_some(), handed, "{len} bytes");
    }
}

/// An EC key is handed to WebCrypto only as a SEC 1 point of its curve's
/// size, uncompressed (04 x y) or compressed (02 or 03, x), the forms the
/// arithmetic reads. ecdsa-p256-sha256's root key, its point changed here:
/// `(the BIT STRING's bytes, handed over)`.
#[test]
fn web_checks_get_only_ec_points_of_the_curves_size() {
    use certscope::inspect::signature::web::web_check;
    use certscope::inspect::tlv::read;
    let root = der("ecdsa-p256-sha256", "root.pem");
    let leaf = der("ecdsa-p256-sha256", "leaf.pem");
    let signed = signed_parts(&leaf).unwrap();
    let (spki, _) = read(certificate_spki(&root).unwrap(), 0).unwrap();
    let alg = spki.children().next().unwrap().unwrap().raw;
    let bits = spki.children().nth(1).unwrap().unwrap();
    let point = &bits.value[1..];
    assert_eq!(point.len(), 65);
    let x = &point[1..33];
    let table: [(Vec<u8>, bool, &str); 6] = [
        (point.to_vec(), true, "the root's own point"),
        ([&[0x02][..], x].concat(), true, "compressed, 02"),
        ([&[0x03][..], x].concat(), true, "compressed, 03"),
        (point[..64].to_vec(), false, "uncompressed, a byte short"),
        (
            [&[0x02][..], x, &[0]].concat(),
            false,
            "compressed, a byte over",
        ),
        (
            [&[0x05][..], &point[1..]].concat(),
            false,
            "no SEC 1 form (05)",
        ),
    ];
    for (point, handed, what) in table {
        let key = tlv(
            0x30,
            &[alg.to_vec(), tlv(0x03, &[&[0][..], &point].concat())].concat(),
        );
        assert_eq!(web_check(&key, &signed).is_some(), handed, "{what}");
    }
}

fn web_hash(hash: &str) -> &'static str {
    match hash {
        "sha1" => "SHA-1",
        "sha256" => "SHA-256",
        "sha384" => "SHA-384",
        "sha512" => "SHA-512",
        other => panic!("no WebCrypto hash for {other}"),
    }
}

fn web_curve(curve: &str) -> &'static str {
    match curve {
        "p256" => "P-256",
        "p384" => "P-384",
        "p521" => "P-521",
        other => panic!("no WebCrypto curve {other}"),
    }
}

/// A check proven elsewhere is valid without arithmetic, only for the
/// analysis it was proven for, and only for those exact bytes: the tampered
/// leaf, proven or not, is still checked here and still fails.
#[test]
fn a_proven_check_skips_the_arithmetic_for_those_bytes_only() {
    use certscope::inspect::signature::web::web_check;
    use certscope::inspect::signature::{arithmetic_count, with_proven};
    let root = der("rsa-pkcs1-sha256", "root.pem");
    let spki = certificate_spki(&root).unwrap();
    let leaf = der("rsa-pkcs1-sha256", "leaf.pem");
    let tampered = der("rsa-pkcs1-sha256", "tampered.pem");
    let id = web_check(spki, &signed_parts(&leaf).unwrap()).unwrap().id;
    let (verdicts, counted) = with_proven(&[id], || {
        let before = arithmetic_count();
        let verdicts = (
            verify(spki, &signed_parts(&leaf).unwrap()),
            verify(spki, &signed_parts(&tampered).unwrap()),
        );
        (verdicts, arithmetic_count() - before)
    });
    assert_eq!(verdicts, (Verdict::Valid, Verdict::Invalid));
    assert_eq!(counted, 1, "only the tampered leaf's arithmetic ran");
    let before = arithmetic_count();
    assert_eq!(check(&leaf, &root), Verdict::Valid);
    assert_eq!(
        arithmetic_count() - before,
        1,
        "the proof ended with its analysis"
    );
}

/// The checks listed ahead of an analysis are the ones it makes: with the
/// valid ones proven (what WebCrypto sends back), a chain and its staple
/// need no arithmetic here, and the report is the same.
#[test]
fn the_checks_listed_ahead_are_the_ones_the_analysis_makes() {
    use certscope::inspect::ahead::signature_checks;
    use certscope::inspect::gather;
    use certscope::inspect::signature::{arithmetic_count, with_proven};
    let inputs = vec![
        Input::new("fullchain.pem", fixture("chains/with-root.pem")),
        Input::new("staple.der", fixture("staples/good.der")),
    ];
    let gathered = gather::read(&inputs);
    let checks = signature_checks(&gathered);
    // Each certificate by the keys named as its issuer (the root's by
    // itself), and the staple by the one key its ResponderID names: no
    // check is listed that the staple judge would not make.
    assert_eq!(checks.len(), 4);
    // Which are valid, by certscope's own arithmetic on the objects signed.
    let signed: Vec<Vec<u8>> = gathered
        .certificates
        .iter()
        .map(|c| c.der.clone())
        .chain(gathered.staples.iter().map(|s| s.basic.clone()))
        .collect();
    let valid: Vec<[u8; 32]> = checks
        .iter()
        .filter(|check| {
            signed.iter().any(|der| {
                let parts = signed_parts(der).unwrap();
                parts.message == check.message.as_slice()
                    && verify(&check.spki, &parts) == Verdict::Valid
            })
        })
        .map(|check| check.id)
        .collect();
    assert_eq!(valid.len(), 4, "3 certificate signatures and the staple's");
    let plain = analyze(&inputs, AT);
    let before = arithmetic_count();
    let proven = with_proven(&valid, || analyze(&inputs, AT));
    assert_eq!(arithmetic_count() - before, 0, "every check was listed");
    assert_eq!(proven.to_json(), plain.to_json());
}

/// The engine's protocol (issue 27): the engine has no signature
/// arithmetic, so it analyses deferring, has certscope-arith decide the
/// checks listed, and analyses again until nothing new is asked. Run here
/// with `Wanted::verify` as certscope-arith, it must give the report the
/// arithmetic done in place gives, for every algorithm, tampered copies,
/// chains, staples and CRLs; and with WebCrypto's proofs too.
#[test]
fn deferred_checks_decided_elsewhere_give_the_same_report() {
    use certscope::inspect::ahead::signature_checks;
    use certscope::inspect::gather;
    use certscope::inspect::signature::{with_known, Wanted};
    fn deferred(inputs: &[Input], proven: &[[u8; 32]]) -> (Report, usize, usize) {
        let mut known: Vec<(Wanted, Verdict)> = Vec::new();
        for pass in 1..=6 {
            let (report, wanted) = with_known(proven, &known, true, || analyze(inputs, AT));
            if wanted.is_empty() {
                return (report, pass, known.len());
            }
            known.extend(wanted.into_iter().map(|w| {
                let v = w.verify();
                (w, v)
            }));
        }
        panic!("still asking after 6 passes");
    }
    let mut cases: Vec<Vec<Input>> = table()
        .iter()
        .map(|(dir, ..)| {
            ["root.pem", "leaf.pem", "tampered.pem"]
                .iter()
                .map(|f| {
                    let path = format!("sigalgs/{dir}/{f}");
                    Input::new(path.clone(), fixture(&path))
                })
                .collect()
        })
        .collect();
    for files in [
        &["chains/with-root.pem", "staples/good.der"][..],
        &["chains/ecdsa-ed25519.pem"],
        &["chains/wrong-intermediate.pem"],
        &["chains/cross-signed.pem"],
        &["chains/big-500.pem"],
        &[
            "crl/revoked-leaf.pem",
            "crl/full.crl",
            "crl/wrong-signer.crl",
        ],
        &["chains/correct.pem", "staples/revoked.der"],
    ] {
        cases.push(files.iter().map(|f| Input::new(*f, fixture(f))).collect());
    }
    let (mut second_passes, mut total_decided) = (0, 0);
    for inputs in &cases {
        let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
        let plain = analyze(inputs, AT).to_json();
        let (report, passes, decided) = deferred(inputs, &[]);
        assert_eq!(report.to_json(), plain, "{names:?}, decided elsewhere");
        total_decided += decided;
        // What WebCrypto would prove: the listed checks that are valid.
        let gathered = gather::read(inputs);
        let valid: Vec<[u8; 32]> = signature_checks(&gathered)
            .into_iter()
            .filter(|c| {
                gathered
                    .certificates
                    .iter()
                    .map(|c| c.der.as_slice())
                    .chain(gathered.staples.iter().map(|s| s.basic.as_slice()))
                    .chain(gathered.crls.iter().map(|c| c.der.as_slice()))
                    .filter_map(signed_parts)
                    .any(|p| {
                        p.message == c.message.as_slice() && verify(&c.spki, &p) == Verdict::Valid
                    })
            })
            .map(|c| c.id)
            .collect();
        let (report, passes_proven, _) = deferred(inputs, &valid);
        assert_eq!(
            report.to_json(),
            plain,
            "{names:?}, proven and decided elsewhere"
        );
        assert!(passes_proven <= passes, "{names:?}");
        if passes_proven > 1 {
            second_passes += 1;
        }
    }
    // Every check went through the protocol (none was done in place), and
    // the tampered copies need certscope-arith even where WebCrypto proved
    // the rest.
    assert!(
        total_decided > 100,
        "{total_decided} checks decided elsewhere"
    );
    assert!(second_passes > 0);
}
