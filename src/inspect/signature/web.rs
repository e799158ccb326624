//! Signature checks handed to a faster verifier: the engine's WebCrypto
//! (issue 16). RSA in wasm costs about 1.5 ms a signature on this machine;
//! `crypto.subtle.verify` does it natively in a tenth of that.
//!
//! The rule that keeps the page's verdicts equal to the CLI's: only checks
//! this module's own reading accepts are handed over (the same `prepare`
//! as [`super::verify`], the same key and signature decoders), and only a
//! "valid" comes back ([`super::prove`]). A "does not verify", an error or
//! a check never handed over is verified here as before, so the Rust
//! arithmetic has the last word on everything but a signature both agree
//! is good. `tests/browser/webcrypto.test.mjs` runs both paths over the
//! fixtures and compares their reports with the CLI's.
//!
//! Layer: base. Imports only other base modules.

use super::{
    check_id, prepare, rsa_key_usable, tlv, Hash, Key, Scheme, Signed, MAX_WEB_MESSAGE, P256, P384,
    P521,
};
use der::asn1::ObjectIdentifier as Oid;

/// One check in WebCrypto's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebCheck {
    /// `RSASSA-PKCS1-v1_5` or `ECDSA`.
    pub name: &'static str,
    /// `SHA-1`, `SHA-256`, `SHA-384` or `SHA-512`.
    pub hash: &'static str,
    /// ECDSA's curve: `P-256`, `P-384` or `P-521`.
    pub curve: Option<&'static str>,
    /// The signer's SubjectPublicKeyInfo, for `importKey("spki", …)`.
    pub spki: Vec<u8>,
    /// What was signed.
    pub message: Vec<u8>,
    /// PKCS#1: the signature as it is. ECDSA: `r ‖ s`, each the field's
    /// size (IEEE P1363, WebCrypto's form), from the DER `SEQUENCE { r, s }`.
    pub signature: Vec<u8>,
    /// What [`super::prove`] takes when the check passed.
    pub id: [u8; 32],
}

/// WebCrypto's hash names; SHA-224 has none.
fn web_hash(hash: Hash) -> Option<&'static str> {
    match hash {
        Hash::Sha1 => Some("SHA-1"),
        Hash::Sha256 => Some("SHA-256"),
        Hash::Sha384 => Some("SHA-384"),
        Hash::Sha512 => Some("SHA-512"),
        Hash::Sha224 => None,
    }
}

/// The check of `signed` with the key in `spki`, if WebCrypto can do it and
/// certscope's own reading of it succeeds: RSA PKCS#1 v1.5 and ECDSA on
/// P-256, P-384 and P-521. RSA-PSS, Ed25519 and DSA stay here (WebCrypto
/// has no DSA, and its PSS and Ed25519 rules are not exactly ours).
pub fn web_check(spki: &[u8], signed: &Signed<'_>) -> Option<WebCheck> {
    if signed.message.len() > MAX_WEB_MESSAGE {
        return None;
    }
    let ready = prepare(spki, signed).ok()?;
    let (name, hash, curve, signature) = match (&ready.scheme, &ready.key) {
        (Scheme::RsaPkcs1(hash), Key::Rsa(bits)) => {
            // The key must be one the arithmetic accepts too.
            if !rsa_key_usable(bits) {
                return None;
            }
            ("RSASSA-PKCS1-v1_5", *hash, None, signed.signature.to_vec())
        }
        (Scheme::Ecdsa(hash), Key::Ec(curve, bits)) => {
            let (curve, field) = match Oid::from_bytes(curve).ok()? {
                P256 => ("P-256", 32),
                P384 => ("P-384", 48),
                P521 => ("P-521", 66),
                _ => return None,
            };
            if !sec1_point_shape(bits, field) {
                return None;
            }
            ("ECDSA", *hash, Some(curve), p1363(signed.signature, field)?)
        }
        _ => return None,
    };
    Some(WebCheck {
        name,
        hash: web_hash(hash)?,
        curve,
        spki: spki.to_vec(),
        message: signed.message.to_vec(),
        signature,
        id: check_id(spki, signed),
    })
}

/// A SEC 1 point of the curve's size: uncompressed (`04 ‖ x ‖ y`) or
/// compressed (`02`/`03 ‖ x`), the forms the arithmetic reads. Whether it
/// lies on the curve WebCrypto's import decides: a point it refuses is never
/// proven, so the arithmetic has the last word on it.
fn sec1_point_shape(bits: &[u8], field: usize) -> bool {
    match bits.split_first() {
        Some((4, xy)) => Some(xy.len()) == field.checked_mul(2),
        Some((2 | 3, x)) => x.len() == field,
        _ => false,
    }
}

/// An ECDSA signature's DER `SEQUENCE { r INTEGER, s INTEGER }` as
/// WebCrypto's IEEE P1363 `r ‖ s`, each `field` bytes. Only strict DER is
/// converted (the bytes must be what re-encoding r and s gives, as the
/// arithmetic's decoder demands), positive and non-zero; a value at or over
/// the group order WebCrypto refuses itself.
fn p1363(der: &[u8], field: usize) -> Option<Vec<u8>> {
    let (seq, rest) = tlv::read(der, 0).ok()?;
    if seq.tag != tlv::TAG_SEQUENCE || !rest.is_empty() {
        return None;
    }
    let [r, s] = seq.first_children::<2>()?;
    let mut body = tlv::encode(tlv::TAG_INTEGER, r.value);
    body.extend(tlv::encode(tlv::TAG_INTEGER, s.value));
    if tlv::encode(tlv::TAG_SEQUENCE, &body) != der {
        return None;
    }
    let mut out = Vec::with_capacity(field.checked_mul(2)?);
    for int in [r, s] {
        if int.tag != tlv::TAG_INTEGER {
            return None;
        }
        let minimal = match int.value {
            [] | [0] => false,
            [0, next, ..] => next & 0x80 != 0,
            [first, ..] => first & 0x80 == 0,
        };
        let magnitude = int.value.strip_prefix(&[0]).unwrap_or(int.value);
        let pad = field.checked_sub(magnitude.len())?;
        if !minimal || magnitude.iter().all(|&b| b == 0) {
            return None;
        }
        out.extend(std::iter::repeat_n(0, pad));
        out.extend_from_slice(magnitude);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The conversion WebCrypto's checks are built with agrees with the
    /// arithmetic's own decoder (`ecdsa`'s strict DER) on every encoding of
    /// the same signature a hostile file could use: only where that
    /// decoder reads the signature may WebCrypto be handed it.
    #[test]
    fn p1363_takes_exactly_the_strict_der_the_arithmetic_takes() {
        use p256::ecdsa::signature::hazmat::PrehashSigner;
        let key = p256::ecdsa::SigningKey::from_slice(&[5u8; 32]).unwrap();
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for i in 0u8..40 {
            let sig: p256::ecdsa::Signature = key.sign_prehash(&[i; 32]).unwrap();
            cases.push(sig.to_der().as_bytes().to_vec());
        }
        let good = cases[0].clone();
        let int = |v: &[u8]| tlv::encode(tlv::TAG_INTEGER, v);
        let seq = |parts: &[Vec<u8>]| tlv::encode(tlv::TAG_SEQUENCE, &parts.concat());
        let r = [0x11u8; 32];
        let s = [0x22u8; 32];
        cases.extend([
            seq(&[int(&r), int(&s)]),
            seq(&[int(&[&[0u8][..], &r].concat()), int(&s)]), // needless zero
            seq(&[int(&[0x91; 32]), int(&s)]),                // negative
            seq(&[int(&[0u8]), int(&s)]),                     // zero
            seq(&[int(&[]), int(&s)]),                        // empty
            seq(&[int(&[0x11; 33]), int(&s)]),                // too long
            seq(&[int(&r), int(&s), int(&[1])]),              // a third
            [good.clone(), vec![0]].concat(),                 // trailing
            [&[0x30, 0x81, good[1]][..], &good[2..]].concat(), // long-form length
            good[..good.len() - 1].to_vec(),                  // truncated
            vec![],
        ]);
        for der in &cases {
            let ours = p1363(der, 32);
            let theirs = p256::ecdsa::Signature::from_der(der)
                .ok()
                .map(|s| s.to_bytes().to_vec());
            assert_eq!(ours, theirs, "{}", crate::inspect::text::hex(der));
        }
    }

    /// Only RSA keys the arithmetic takes are handed to WebCrypto.
    #[test]
    fn rsa_keys_handed_over_are_the_ones_the_arithmetic_takes() {
        let key = |n: &[u8], e: &[u8]| {
            let mut body = tlv::encode(tlv::TAG_INTEGER, n);
            body.extend(tlv::encode(tlv::TAG_INTEGER, e));
            tlv::encode(tlv::TAG_SEQUENCE, &body)
        };
        let n2048 = [&[0u8, 0xc3][..], &[0x5b; 255]].concat();
        let even = [&[0u8, 0xc3][..], &[0x5a; 255]].concat();
        let n16384 = [&[0u8, 0xff][..], &[0x5b; 2047]].concat();
        let n16392 = [&[0u8, 0xff][..], &[0x5b; 2048]].concat();
        for (bits, usable) in [
            (key(&n2048, &[1, 0, 1]), true),
            (key(&n2048, &[3]), true),
            (key(&n2048, &[2]), false),
            (key(&even, &[1, 0, 1]), false),
            (key(&[0x21], &[0x23]), false),
            (key(&[0x25], &[0x23]), true),
            (key(&n2048, &[1]), false),
            (key(&n2048, &[0]), false),
            (key(&n2048, &[1, 255, 255, 255, 255]), true),
            (key(&n2048, &[1, 255, 255, 255, 254]), false),
            (key(&n2048, &[2, 0, 0, 0, 0]), false),
            (key(&n16384, &[1, 0, 1]), true),
            (key(&n16392, &[1, 0, 1]), false),
            (vec![0x30, 0], false),
        ] {
            assert_eq!(
                rsa_key_usable(&bits),
                usable,
                "{}",
                crate::inspect::text::hex(&bits)
            );
            assert_eq!(
                super::super::rsa_key(&bits).is_some(),
                usable,
                "the arithmetic, {}",
                crate::inspect::text::hex(&bits)
            );
        }
    }
}
