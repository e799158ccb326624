//! Signature checks: one function for chain links and staple signers alike.
//!
//! Both are the same X.509 shape, `SEQUENCE { toBeSigned, AlgorithmIdentifier,
//! BIT STRING }` (a Certificate, RFC 5280 §4.1; a BasicOCSPResponse, RFC 6960
//! §4.2.1), checked against the signer's SubjectPublicKeyInfo. Pure-Rust
//! RustCrypto crates do the arithmetic so the page and the CLI agree.
#![deny(clippy::arithmetic_side_effects)]

use crate::inspect::tlv::{self, Tlv};
use serde::{Deserialize, Serialize};
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384, Sha512};

/// The outcome of one check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Valid,
    Invalid,
    /// An algorithm or key certscope cannot check (MD5, DSA, P-521, …); the
    /// string says which.
    Unsupported(String),
}

impl Verdict {
    /// The JSON word: `valid`, `invalid`, `unsupported`.
    pub fn word(&self) -> &'static str {
        match self {
            Verdict::Valid => "valid",
            Verdict::Invalid => "invalid",
            Verdict::Unsupported(_) => "unsupported",
        }
    }
}

/// The three parts of a signed structure, as raw DER.
#[derive(Clone, Copy, Debug)]
pub struct Signed<'a> {
    /// The whole to-be-signed element (tag and length included): the message.
    pub message: &'a [u8],
    /// The AlgorithmIdentifier element.
    pub algorithm: &'a [u8],
    /// The signature bits (the BIT STRING's contents after its unused-bits byte).
    pub signature: &'a [u8],
}

/// Splits a Certificate or BasicOCSPResponse into what the signature covers.
pub fn signed_parts(der: &[u8]) -> Option<Signed<'_>> {
    let (outer, _) = tlv::read(der, 0).ok()?;
    let [message, algorithm, bits] = outer.first_children::<3>()?;
    if message.tag != tlv::TAG_SEQUENCE
        || algorithm.tag != tlv::TAG_SEQUENCE
        || bits.tag != tlv::TAG_BIT_STRING
    {
        return None;
    }
    Some(Signed {
        message: message.raw,
        algorithm: algorithm.raw,
        signature: bits.value.get(1..)?,
    })
}

/// The SubjectPublicKeyInfo element of a certificate (TBSCertificate's
/// seventh field counting the optional `[0] version`).
pub fn certificate_spki(der: &[u8]) -> Option<&[u8]> {
    let (outer, _) = tlv::read(der, 0).ok()?;
    let tbs = outer.children().next()?.ok()?;
    let mut fields = tbs
        .children()
        .map_while(Result::ok)
        .skip_while(|f| f.tag == tlv::context(0));
    // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    fields.nth(5).map(|spki| spki.raw)
}

#[derive(Clone, Copy)]
enum Hash {
    Sha1,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn from_oid(oid: &[u8]) -> Option<Hash> {
        Some(match oid {
            [0x2b, 0x0e, 0x03, 0x02, 0x1a] => Hash::Sha1,
            [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01] => Hash::Sha256,
            [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02] => Hash::Sha384,
            [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03] => Hash::Sha512,
            _ => return None,
        })
    }

    fn digest(self, message: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha1 => Sha1::digest(message).to_vec(),
            Hash::Sha256 => Sha256::digest(message).to_vec(),
            Hash::Sha384 => Sha384::digest(message).to_vec(),
            Hash::Sha512 => Sha512::digest(message).to_vec(),
        }
    }

    fn pkcs1v15(self) -> rsa::Pkcs1v15Sign {
        match self {
            Hash::Sha1 => rsa::Pkcs1v15Sign::new::<Sha1>(),
            Hash::Sha256 => rsa::Pkcs1v15Sign::new::<Sha256>(),
            Hash::Sha384 => rsa::Pkcs1v15Sign::new::<Sha384>(),
            Hash::Sha512 => rsa::Pkcs1v15Sign::new::<Sha512>(),
        }
    }

    fn pss(self, salt: usize) -> rsa::Pss {
        match self {
            Hash::Sha1 => rsa::Pss::new_with_salt::<Sha1>(salt),
            Hash::Sha256 => rsa::Pss::new_with_salt::<Sha256>(salt),
            Hash::Sha384 => rsa::Pss::new_with_salt::<Sha384>(salt),
            Hash::Sha512 => rsa::Pss::new_with_salt::<Sha512>(salt),
        }
    }
}

enum Scheme {
    RsaPkcs1(Hash),
    RsaPss { hash: Hash, salt: usize },
    Ecdsa(Hash),
    Ed25519,
}

const RSA_PREFIX: [u8; 8] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01];
const ECDSA_PREFIX: [u8; 6] = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_P384: &[u8] = &[0x2b, 0x81, 0x04, 0x00, 0x22];
const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];

fn scheme(algorithm: &[u8]) -> Result<Scheme, String> {
    let (alg, _) = tlv::read(algorithm, 0).map_err(|e| e.to_string())?;
    let mut parts = alg.children().map_while(Result::ok);
    let oid = parts
        .next()
        .filter(|o| o.tag == tlv::TAG_OID)
        .ok_or("no algorithm OID")?;
    let name = || crate::inspect::names::oid_or_dotted(&dotted(oid.value));
    Ok(match oid.value {
        [p @ .., last] if p == RSA_PREFIX => match last {
            5 => Scheme::RsaPkcs1(Hash::Sha1),
            11 => Scheme::RsaPkcs1(Hash::Sha256),
            12 => Scheme::RsaPkcs1(Hash::Sha384),
            13 => Scheme::RsaPkcs1(Hash::Sha512),
            10 => pss_params(parts.next())?,
            _ => return Err(name()),
        },
        [p @ .., 1] if p == ECDSA_PREFIX => Scheme::Ecdsa(Hash::Sha1),
        [p @ .., 3, n] if p == ECDSA_PREFIX => match n {
            2 => Scheme::Ecdsa(Hash::Sha256),
            3 => Scheme::Ecdsa(Hash::Sha384),
            4 => Scheme::Ecdsa(Hash::Sha512),
            _ => return Err(name()),
        },
        v if v == OID_ED25519 => Scheme::Ed25519,
        _ => return Err(name()),
    })
}

/// RSASSA-PSS-params (RFC 4055 §3.1): `[0] hashAlgorithm` (default SHA-1),
/// `[1] maskGenAlgorithm` (MGF1 with the same hash is all that is used),
/// `[2] saltLength` (default 20).
fn pss_params(params: Option<Tlv<'_>>) -> Result<Scheme, String> {
    let mut hash = Hash::Sha1;
    let mut salt: usize = 20;
    for field in params
        .iter()
        .flat_map(|p| p.children().map_while(Result::ok))
    {
        let inner = field.children().next().and_then(Result::ok);
        match (field.tag, inner) {
            (0xa0, Some(alg)) => {
                let oid = alg
                    .children()
                    .next()
                    .and_then(Result::ok)
                    .ok_or("bad PSS hash")?;
                hash = Hash::from_oid(oid.value).ok_or("RSA-PSS with an unsupported hash")?;
            }
            (0xa2, Some(int)) if int.tag == tlv::TAG_INTEGER && int.value.len() <= 2 => {
                salt = int
                    .value
                    .iter()
                    .fold(0usize, |acc, b| acc.wrapping_shl(8) | usize::from(*b));
            }
            _ => {}
        }
    }
    Ok(Scheme::RsaPss { hash, salt })
}

fn dotted(oid: &[u8]) -> String {
    let mut parts: Vec<u64> = Vec::new();
    let mut acc: u64 = 0;
    for b in oid {
        acc = acc.wrapping_shl(7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            if parts.is_empty() {
                let first = acc.min(80) / 40;
                parts.push(first);
                parts.push(acc.saturating_sub(first.saturating_mul(40)));
            } else {
                parts.push(acc);
            }
            acc = 0;
        }
    }
    parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

/// Checks `signed` against the key in `spki` (DER SubjectPublicKeyInfo).
pub fn verify(spki: &[u8], signed: &Signed<'_>) -> Verdict {
    let scheme = match scheme(signed.algorithm) {
        Ok(s) => s,
        Err(name) => return Verdict::Unsupported(name),
    };
    let Some((key_alg, key_params, key_bits)) = spki_parts(spki) else {
        return Verdict::Invalid;
    };
    let ok = match scheme {
        Scheme::RsaPkcs1(hash) => rsa_key(key_bits).map(|key| {
            key.verify(
                hash.pkcs1v15(),
                &hash.digest(signed.message),
                signed.signature,
            )
            .is_ok()
        }),
        Scheme::RsaPss { hash, salt } => rsa_key(key_bits).map(|key| {
            key.verify(
                hash.pss(salt),
                &hash.digest(signed.message),
                signed.signature,
            )
            .is_ok()
        }),
        Scheme::Ecdsa(hash) => {
            use p256::ecdsa::signature::hazmat::PrehashVerifier;
            let digest = hash.digest(signed.message);
            match key_params {
                Some(OID_P256) => Some(
                    p256::ecdsa::VerifyingKey::from_sec1_bytes(key_bits)
                        .ok()
                        .zip(p256::ecdsa::Signature::from_der(signed.signature).ok())
                        .is_some_and(|(k, s)| k.verify_prehash(&digest, &s).is_ok()),
                ),
                Some(OID_P384) => Some(
                    p384::ecdsa::VerifyingKey::from_sec1_bytes(key_bits)
                        .ok()
                        .zip(p384::ecdsa::Signature::from_der(signed.signature).ok())
                        .is_some_and(|(k, s)| k.verify_prehash(&digest, &s).is_ok()),
                ),
                Some(other) => {
                    return Verdict::Unsupported(format!(
                        "ECDSA on curve {}",
                        crate::inspect::names::oid_or_dotted(&dotted(other))
                    ))
                }
                None => None,
            }
        }
        Scheme::Ed25519 if key_alg == OID_ED25519 => {
            let key = <[u8; 32]>::try_from(key_bits)
                .ok()
                .and_then(|k| ed25519_dalek::VerifyingKey::from_bytes(&k).ok());
            let sig = ed25519_dalek::Signature::from_slice(signed.signature).ok();
            Some(
                key.zip(sig)
                    .is_some_and(|(k, s)| k.verify_strict(signed.message, &s).is_ok()),
            )
        }
        Scheme::Ed25519 => Some(false),
    };
    match ok {
        Some(true) => Verdict::Valid,
        // A key of the wrong type for the algorithm is a failed check too.
        Some(false) | None => Verdict::Invalid,
    }
}

/// `(algorithm OID, curve OID if any, public key bits)` of a SubjectPublicKeyInfo.
type SpkiParts<'a> = (&'a [u8], Option<&'a [u8]>, &'a [u8]);

fn spki_parts(spki: &[u8]) -> Option<SpkiParts<'_>> {
    let (outer, _) = tlv::read(spki, 0).ok()?;
    let [alg, bits] = outer.first_children::<2>()?;
    let mut alg_parts = alg.children().map_while(Result::ok);
    let oid = alg_parts.next()?;
    let params = alg_parts
        .next()
        .filter(|p| p.tag == tlv::TAG_OID)
        .map(|p| p.value);
    if bits.tag != tlv::TAG_BIT_STRING {
        return None;
    }
    Some((oid.value, params, bits.value.get(1..)?))
}

/// RSAPublicKey { modulus INTEGER, publicExponent INTEGER } (RFC 8017 A.1.1).
fn rsa_key(bits: &[u8]) -> Option<rsa::RsaPublicKey> {
    let (seq, _) = tlv::read(bits, 0).ok()?;
    let [n, e] = seq.first_children::<2>()?;
    // Keys up to 16384 bits occur in the wild; the crate's default cap is 4096.
    rsa::RsaPublicKey::new_with_max_size(
        rsa::BigUint::from_bytes_be(n.value),
        rsa::BigUint::from_bytes_be(e.value),
        16_384,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_oids() {
        assert_eq!(
            dotted(&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]),
            "1.2.840.10045.3.1.7"
        );
        assert_eq!(dotted(OID_ED25519), "1.3.101.112");
    }
}
