//! The signature arithmetic: RustCrypto's RSA, ECDSA, Ed25519 and DSA
//! over a check `super::prepare` found sound. Only in builds with the
//! `arithmetic` feature: the CLI, the tests and the page's certscope-arith
//! worker. The engine leaves it out (issue 27) and asks certscope-arith
//! for the checks WebCrypto did not prove (`super::with_known`).
//!
//! Layer: base. Imports only other base modules.

use super::{oid_name, tlv, Hash, Key, Pss, Ready, Scheme, Signed, Tlv, P256, P384, P521};
use der::asn1::ObjectIdentifier as Oid;
use rsa::traits::PublicKeyParts;
use sha1::Sha1;
use sha2::{Sha224, Sha256, Sha384, Sha512};
// The `signature` crate's prehash trait, as every RustCrypto verifier here
// re-exports it.
use p256::ecdsa::signature::hazmat::PrehashVerifier;

fn pkcs1v15(hash: Hash) -> rsa::Pkcs1v15Sign {
    match hash {
        Hash::Sha1 => rsa::Pkcs1v15Sign::new::<Sha1>(),
        Hash::Sha224 => rsa::Pkcs1v15Sign::new::<Sha224>(),
        Hash::Sha256 => rsa::Pkcs1v15Sign::new::<Sha256>(),
        Hash::Sha384 => rsa::Pkcs1v15Sign::new::<Sha384>(),
        Hash::Sha512 => rsa::Pkcs1v15Sign::new::<Sha512>(),
    }
}

/// The signature arithmetic; `Err` for a key certscope cannot use.
pub(super) fn arithmetic(ready: &Ready<'_>, signed: &Signed<'_>) -> Result<bool, String> {
    Ok(match (&ready.scheme, &ready.key) {
        (Scheme::RsaPkcs1(hash), Key::Rsa(bits)) => rsa_key(bits).is_some_and(|key| {
            key.verify(
                pkcs1v15(*hash),
                &hash.digest(signed.message),
                signed.signature,
            )
            .is_ok()
        }),
        (Scheme::RsaPss(pss), Key::Rsa(bits) | Key::RsaPss(bits, _)) => {
            rsa_key(bits).is_some_and(|key| pss_verify(&key, pss, signed.message, signed.signature))
        }
        (Scheme::Ecdsa(hash), Key::Ec(curve, bits)) => {
            ecdsa_verify(curve, bits, *hash, signed.message, signed.signature)?
        }
        (Scheme::Ed25519, Key::Ed25519(bits)) => {
            let key = <[u8; 32]>::try_from(*bits)
                .ok()
                .and_then(|k| ed25519_dalek::VerifyingKey::from_bytes(&k).ok());
            let sig = ed25519_dalek::Signature::from_slice(signed.signature).ok();
            key.zip(sig)
                .is_some_and(|(k, s)| k.verify_strict(signed.message, &s).is_ok())
        }
        (Scheme::Dsa(hash), Key::Dsa(params, bits)) => {
            dsa_verify(*params, bits, *hash, signed.message, signed.signature)?
        }
        _ => false,
    })
}

/// ECDSA (FIPS 186-4 §6.4): the digest becomes an integer from its leftmost
/// min(N, hash length) bits, N being the bit length of the group order.
/// A digest shorter than the field is the same integer left-padded with
/// zeros to the field size, which is what the `ecdsa` crate accepts (it
/// refuses a prehash shorter than half the field: SHA-1 on P-384, SHA-256
/// on P-521). A longer one it truncates to the leftmost field bytes, which
/// is FIPS's rule for P-256 and P-384 (their orders are 256 and 384 bits);
/// no hash here is longer than P-521's 521 bits.
fn ecdsa_verify(
    curve: &[u8],
    bits: &[u8],
    hash: Hash,
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    let digest = hash.digest(message);
    // The three curve crates have the same API but no common trait for it
    // (p521 0.13 wraps its own VerifyingKey): one body, three instances.
    macro_rules! verify_on {
        ($curve:ident, $field_bytes:expr) => {{
            let prehash = pad_to_field(&digest, $field_bytes);
            $curve::ecdsa::VerifyingKey::from_sec1_bytes(bits)
                .ok()
                .zip($curve::ecdsa::Signature::from_der(signature).ok())
                .is_some_and(|(k, s)| k.verify_prehash(&prehash, &s).is_ok())
        }};
    }
    Ok(match Oid::from_bytes(curve) {
        Ok(P256) => verify_on!(p256, 32),
        Ok(P384) => verify_on!(p384, 48),
        Ok(P521) => verify_on!(p521, 66),
        _ => return Err(format!("ECDSA on curve {}", oid_name(curve))),
    })
}

/// `digest` left-padded with zeros to `field` bytes (unchanged when longer).
pub(super) fn pad_to_field(digest: &[u8], field: usize) -> Vec<u8> {
    let pad = field.saturating_sub(digest.len());
    let mut out = vec![0u8; pad];
    out.extend_from_slice(digest);
    out
}

/// OpenSSL's limit on DSA moduli (OPENSSL_DSA_MAX_MODULUS_BITS): bigger ones
/// are refused, and they would only cost time here.
const DSA_MAX_P_BITS: usize = 10_000;

/// DSA (FIPS 186-4 §4.7). The key's Dss-Parms `{ p, q, g }` sit in its
/// AlgorithmIdentifier (RFC 3279 §2.3.2), the key itself is `INTEGER y`,
/// the signature `SEQUENCE { r, s }`. The `dsa` crate takes the digest's
/// leftmost bytes up to q's length, FIPS's rule for q of 160, 224 or 256
/// bits, the only sizes FIPS and OpenSSL allow.
fn dsa_verify(
    params: Option<Tlv<'_>>,
    bits: &[u8],
    hash: Hash,
    message: &[u8],
    signature: &[u8],
) -> Result<bool, String> {
    use dsa::BigUint;
    let Some(params) = params else {
        return Err("a DSA key whose parameters are inherited from its issuer".to_string());
    };
    let Some([p, q, g]) = params.first_children::<3>() else {
        return Ok(false);
    };
    let Ok((y, _)) = tlv::read(bits, 0) else {
        return Ok(false);
    };
    let ints = [&p, &q, &g, &y];
    if ints.iter().any(|i| i.tag != tlv::TAG_INTEGER) {
        return Ok(false);
    }
    let [p, q, g, y] = ints.map(|i| BigUint::from_bytes_be(i.value));
    let q_bits = q.bits();
    if p.bits() > DSA_MAX_P_BITS || !matches!(q_bits, 160 | 224 | 256) {
        return Ok(false);
    }
    let key = dsa::Components::from_components(p, q, g)
        .and_then(|c| dsa::VerifyingKey::from_components(c, y));
    let sig = dsa::Signature::try_from(signature);
    Ok(match (key, sig) {
        (Ok(key), Ok(sig)) => key.verify_prehash(&hash.digest(message), &sig).is_ok(),
        _ => false,
    })
}

/// RSASSA-PSS-VERIFY (RFC 8017 §8.1.2, §9.1.2), with the MGF1 hash free to
/// differ from the message hash: the `rsa` crate's `Pss` uses one hash for
/// both, so the encoding is checked here and only the RSA arithmetic is the
/// crate's.
fn pss_verify(key: &rsa::RsaPublicKey, pss: &Pss, message: &[u8], signature: &[u8]) -> bool {
    // §8.1.2 step 1: the signature is exactly k bytes.
    if signature.len() != key.size() {
        return false;
    }
    let s = rsa::BigUint::from_bytes_be(signature);
    if &s >= key.n() {
        return false;
    }
    let m = s.modpow(key.e(), key.n());
    // emBits = modBits - 1; emLen = ceil(emBits / 8).
    let Some(em_bits) = key.n().bits().checked_sub(1) else {
        return false;
    };
    let em_len = em_bits.div_ceil(8);
    let m = m.to_bytes_be();
    let Some(pad) = em_len.checked_sub(m.len()) else {
        return false; // m does not fit in emLen bytes
    };
    let mut em = vec![0u8; pad];
    em.extend_from_slice(&m);
    emsa_pss_verify(pss, &pss.hash.digest(message), &em, em_bits).unwrap_or(false)
}

/// EMSA-PSS-VERIFY (RFC 8017 §9.1.2) on the encoded message `em`; `None`
/// is "inconsistent".
fn emsa_pss_verify(pss: &Pss, m_hash: &[u8], em: &[u8], em_bits: usize) -> Option<bool> {
    let h_len = pss.hash.len();
    let em_len = em.len();
    // Step 3: emLen < hLen + sLen + 2.
    let db_len = em_len.checked_sub(h_len)?.checked_sub(1)?;
    let ps_len = db_len.checked_sub(pss.salt)?.checked_sub(1)?;
    // Step 4: the rightmost octet is 0xbc.
    let (&last, rest) = em.split_last()?;
    if last != 0xbc {
        return Some(false);
    }
    // Step 5: maskedDB, then H.
    let (masked_db, h) = rest.split_at_checked(db_len)?;
    // Step 6: the leftmost 8·emLen − emBits bits of maskedDB are zero.
    let zero_bits = em_len.checked_mul(8)?.checked_sub(em_bits)?;
    let top_mask = u8::try_from(0xffu32.checked_shr(u32::try_from(zero_bits).ok()?)?).ok()?;
    if masked_db.first().is_some_and(|b| b & !top_mask != 0) {
        return Some(false);
    }
    // Steps 7-9: DB = maskedDB xor MGF1(H), top bits cleared.
    let mask = mgf1(pss.mgf1, h, db_len);
    let mut db: Vec<u8> = masked_db.iter().zip(&mask).map(|(a, b)| a ^ b).collect();
    if let Some(first) = db.first_mut() {
        *first &= top_mask;
    }
    // Step 10: PS is zeros, then 0x01.
    let (ps, rest) = db.split_at_checked(ps_len)?;
    let (&one, salt) = rest.split_first()?;
    if ps.iter().any(|&b| b != 0) || one != 0x01 {
        return Some(false);
    }
    // Steps 11-14: H' = Hash(0x00 × 8 || mHash || salt).
    let h2 = pss.hash.digest_parts(&[&[0u8; 8], m_hash, salt]);
    Some(h2 == h)
}

/// MGF1 (RFC 8017 B.2.1): `len` bytes of Hash(seed || counter) blocks.
fn mgf1(hash: Hash, seed: &[u8], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut counter: u32 = 0;
    while out.len() < len {
        out.extend(hash.digest_parts(&[seed, &counter.to_be_bytes()]));
        counter = counter.wrapping_add(1);
    }
    out.truncate(len);
    out
}

/// RSAPublicKey { modulus INTEGER, publicExponent INTEGER } (RFC 8017 A.1.1).
pub(super) fn rsa_key(bits: &[u8]) -> Option<rsa::RsaPublicKey> {
    let (seq, _) = tlv::read(bits, 0).ok()?;
    let [n, e] = seq.first_children::<2>()?;
    rsa::RsaPublicKey::new_with_max_size(
        rsa::BigUint::from_bytes_be(n.value),
        rsa::BigUint::from_bytes_be(e.value),
        super::RSA_MAX_BITS,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;
    use p256::ecdsa::signature::hazmat::PrehashSigner;

    #[test]
    fn short_digests_are_left_padded_and_long_ones_left_alone() {
        // (digest length, field bytes, expected length, why)
        let table = [
            (
                20,
                48,
                48,
                "SHA-1 on P-384: the crate refuses 20 bytes, padded it is the same integer",
            ),
            (32, 66, 66, "SHA-256 on P-521: under half the field"),
            (
                64,
                66,
                66,
                "SHA-512 on P-521: 512 of 521 bits, still padded",
            ),
            (32, 32, 32, "SHA-256 on P-256: as is"),
            (
                64,
                32,
                64,
                "SHA-512 on P-256: the crate keeps the leftmost 32 bytes",
            ),
        ];
        for (len, field, want, why) in table {
            let digest: Vec<u8> = (1..=len).map(|b| b as u8).collect();
            let padded = pad_to_field(&digest, field);
            assert_eq!(padded.len(), want, "{why}");
            assert!(padded.ends_with(&digest) || want < len, "{why}");
            assert!(
                padded
                    .iter()
                    .take(want.saturating_sub(len))
                    .all(|&b| b == 0),
                "{why}"
            );
        }
    }

    /// Signs `prehash` (FIPS 186-4's integer, already cut or padded) with a
    /// fixed P-curve key and checks `ecdsa_verify` accepts the message under
    /// `hash`: padding and truncation must give that same integer.
    #[test]
    fn ecdsa_digests_become_the_fips_integer() {
        let message = b"certscope";
        // P-384 + SHA-1: the integer is the 20-byte digest itself.
        let key = p384::ecdsa::SigningKey::from_slice(&[7u8; 48]).unwrap();
        let digest = Hash::Sha1.digest(message);
        let sig: p384::ecdsa::Signature = key.sign_prehash(&pad_to_field(&digest, 48)).unwrap();
        let point = key.verifying_key().to_encoded_point(false);
        assert_eq!(
            ecdsa_verify(
                P384.as_bytes(),
                point.as_bytes(),
                Hash::Sha1,
                message,
                sig.to_der().as_bytes()
            ),
            Ok(true)
        );
        // The crate alone refuses the unpadded SHA-1 digest (issue 13's
        // "changed after it was signed" on a valid certificate).
        assert!(key.verifying_key().verify_prehash(&digest, &sig).is_err());
        // Another message fails.
        assert_eq!(
            ecdsa_verify(
                P384.as_bytes(),
                point.as_bytes(),
                Hash::Sha1,
                b"certscopf",
                sig.to_der().as_bytes()
            ),
            Ok(false)
        );

        // P-256 + SHA-512: the integer is the digest's leftmost 256 bits.
        let key = p256::ecdsa::SigningKey::from_slice(&[9u8; 32]).unwrap();
        let digest = Hash::Sha512.digest(message);
        let sig: p256::ecdsa::Signature = key.sign_prehash(&digest[..32]).unwrap();
        let point = key.verifying_key().to_encoded_point(false);
        assert_eq!(
            ecdsa_verify(
                P256.as_bytes(),
                point.as_bytes(),
                Hash::Sha512,
                message,
                sig.to_der().as_bytes()
            ),
            Ok(true)
        );
        // Signing the rightmost bytes instead is another integer.
        let wrong: p256::ecdsa::Signature = key.sign_prehash(&digest[32..]).unwrap();
        assert_eq!(
            ecdsa_verify(
                P256.as_bytes(),
                point.as_bytes(),
                Hash::Sha512,
                message,
                wrong.to_der().as_bytes()
            ),
            Ok(false)
        );

        // P-521 (p521 0.13 signs prehashes only with an RNG): its short
        // digests are in tests/sigalgs.rs, against OpenSSL-made signatures.
        // An unknown curve is unsupported, not invalid.
        assert!(ecdsa_verify(
            &[0x2b, 0x81, 0x04, 0x00, 0x0a],
            &[],
            Hash::Sha256,
            message,
            &[]
        )
        .is_err());
    }

    /// EMSA-PSS-ENCODE (RFC 8017 §9.1.1), the inverse of the check, to
    /// build encoded messages for the edge cases.
    #[allow(clippy::arithmetic_side_effects)] // fixed sizes, test only
    fn pss_encode(pss: &Pss, m_hash: &[u8], salt: &[u8], em_bits: usize) -> Vec<u8> {
        let em_len = em_bits.div_ceil(8);
        let h = pss.hash.digest_parts(&[&[0u8; 8], m_hash, salt]);
        let db_len = em_len - h.len() - 1;
        let mut db = vec![0u8; db_len - salt.len() - 1];
        db.push(1);
        db.extend_from_slice(salt);
        let mask = mgf1(pss.mgf1, &h, db_len);
        let mut em: Vec<u8> = db.iter().zip(&mask).map(|(a, b)| a ^ b).collect();
        em[0] &= 0xff >> (8 * em_len - em_bits);
        em.extend_from_slice(&h);
        em.push(0xbc);
        em
    }

    #[test]
    fn pss_encodings_are_checked_field_by_field() {
        let pss = Pss {
            hash: Hash::Sha256,
            mgf1: Hash::Sha1,
            salt: 32,
        };
        let m_hash = Hash::Sha256.digest(b"certscope");
        let salt = [0x5a; 32];
        // A 2048-bit key: emBits 2047, one zero bit on top.
        let em = pss_encode(&pss, &m_hash, &salt, 2047);
        assert_eq!(emsa_pss_verify(&pss, &m_hash, &em, 2047), Some(true));

        let mut bad_trailer = em.clone();
        *bad_trailer.last_mut().unwrap() = 0xbd;
        assert_eq!(
            emsa_pss_verify(&pss, &m_hash, &bad_trailer, 2047),
            Some(false)
        );

        let mut top_bit = em.clone();
        top_bit[0] |= 0x80;
        assert_eq!(emsa_pss_verify(&pss, &m_hash, &top_bit, 2047), Some(false));

        // The salt length is the parameters', exactly (as OpenSSL checks).
        let other_salt = Pss { salt: 20, ..pss };
        assert_eq!(
            emsa_pss_verify(&other_salt, &m_hash, &em, 2047),
            Some(false)
        );
        // The MGF1 hash is honoured, not assumed to be the message hash.
        let same_mgf = Pss {
            mgf1: Hash::Sha256,
            ..pss
        };
        assert_eq!(emsa_pss_verify(&same_mgf, &m_hash, &em, 2047), Some(false));
        // A salt that cannot fit is inconsistent, never a panic.
        let huge = Pss {
            salt: 1 << 20,
            ..pss
        };
        assert_eq!(emsa_pss_verify(&huge, &m_hash, &em, 2047), None);
        assert_eq!(emsa_pss_verify(&pss, &m_hash, &[], 0), None);

        // emBits a multiple of 8 (a 2049-bit key): no top bits to clear.
        let em = pss_encode(&pss, &m_hash, &salt, 2048);
        assert_eq!(emsa_pss_verify(&pss, &m_hash, &em, 2048), Some(true));
    }

    #[test]
    fn pss_parameters_are_read_and_checked() {
        let parse = |hex: &str| {
            let der: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            let (tlv, _) = tlv::read(&der, 0).unwrap();
            pss_params(Some(tlv), true)
        };
        let sha256 = "a00f300d06096086480165030402010500";
        let mgf1_sha1 = "a118301606092a864886f70d010108300906052b0e03021a0500";
        // (params, expected, why)
        let table = [
            (
                "3000",
                Ok((Hash::Sha1, Hash::Sha1, 20)),
                "RFC 4055 defaults",
            ),
            (
                &format!("3016{sha256}a203020120")[..],
                Ok((Hash::Sha256, Hash::Sha1, 32)),
                "SHA-256, salt 32, MGF1 by default SHA-1",
            ),
            (
                &format!("3030{sha256}{mgf1_sha1}a203020100")[..],
                Ok((Hash::Sha256, Hash::Sha1, 0)),
                "MGF1 explicit, salt 0",
            ),
            ("3005a203020101", Ok((Hash::Sha1, Hash::Sha1, 1)), "salt 1"),
            ("3005a303020102", Err("trailer field"), "trailerField 2"),
            (
                "3005a303020101",
                Ok((Hash::Sha1, Hash::Sha1, 20)),
                "trailerField 1 written out",
            ),
            ("3005a2030201ff", Err("salt"), "negative salt"),
            (
                "3012a203020114a00b300906052b0e03021a0500",
                Err("order"),
                "fields out of order",
            ),
            ("0500", Err("absent"), "NULL is no parameters"),
        ];
        for (hex, want, why) in table {
            let got = parse(hex);
            match (want, got) {
                (Ok((h, m, s)), Ok(p)) => {
                    assert_eq!((p.hash, p.mgf1, p.salt), (h, m, s), "{why}")
                }
                (Err(words), Err(Failure::Defect(reason))) => {
                    assert!(reason.contains(words), "{why}: {reason}")
                }
                (want, got) => panic!("{why}: want {want:?}, got {got:?}"),
            }
        }
        // A hash certscope cannot compute is unsupported, not invalid.
        let md5 = "a00e300c06082a864886f70d02050500";
        assert!(matches!(
            parse(&format!("3010{md5}")),
            Err(Failure::Unsupported(_))
        ));
    }
}
