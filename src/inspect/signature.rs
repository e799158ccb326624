//! Signature checks: one function for chain links and staple signers alike.
//!
//! Both are the same X.509 shape, `SEQUENCE { toBeSigned, AlgorithmIdentifier,
//! BIT STRING }` (a Certificate, RFC 5280 §4.1; a BasicOCSPResponse, RFC 6960
//! §4.2.1), checked against the signer's SubjectPublicKeyInfo. Pure-Rust
//! RustCrypto crates do the arithmetic so the page and the CLI agree.
//!
//! What is verified (the algorithms public PKI and OpenSSL use):
//!
//! | algorithm | hashes | how |
//! |---|---|---|
//! | RSA PKCS#1 v1.5 (RFC 8017 §8.2) | SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 | `rsa` |
//! | RSA-PSS (RFC 4055, RFC 8017 §8.1) | the same, any MGF1 hash, any salt length | EMSA-PSS below, RSA arithmetic from `rsa` |
//! | ECDSA on P-256, P-384, P-521 (FIPS 186-4 §6.4) | the same, any with any curve | `p256`, `p384`, `p521` |
//! | Ed25519 (RFC 8032) | — | `ed25519-dalek` |
//! | DSA (FIPS 186-4 §4.7) | SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 | `dsa` |
//!
//! Anything else (Ed448, MD5, other curves, unknown OIDs) is
//! [`Verdict::Unsupported`] with the reason: never called valid, never
//! called tampered.
//!
//! Layer: base. Imports only other base modules.

use crate::inspect::tlv::{self, Tlv};
use der::asn1::ObjectIdentifier as Oid;
use serde::{Deserialize, Serialize};
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

#[cfg(feature = "arithmetic")]
use p256::ecdsa::signature::hazmat::PrehashVerifier;
#[cfg(feature = "arithmetic")]
use rsa::traits::PublicKeyParts;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

pub mod client;
pub mod web;

/// The outcome of one check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Valid,
    /// The signature does not verify, or the structure around it is not what
    /// the signer must produce ([`defect`] says which).
    Invalid,
    /// An algorithm or key certscope cannot check (Ed448, MD5, …); the
    /// string says which and why.
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
    /// The BIT STRING's unused-bits byte. A signature is whole bytes, so it
    /// must be 0 (OpenSSL refuses others: "invalid bit string bits left").
    pub unused_bits: u8,
    /// The to-be-signed part's own `signature` AlgorithmIdentifier, where it
    /// has one: a TBSCertificate (RFC 5280 §4.1.1.2) or TBSCertList
    /// (§5.1.1.2), which "MUST contain the same algorithm identifier" as the
    /// outer one. `None` for an OCSP ResponseData, which has no such field.
    pub inner_algorithm: Option<&'a [u8]>,
}

/// Splits a Certificate, CRL or BasicOCSPResponse into what the signature
/// covers.
pub fn signed_parts(der: &[u8]) -> Option<Signed<'_>> {
    let (outer, _) = tlv::read(der, 0).ok()?;
    let [message, algorithm, bits] = outer.first_children::<3>()?;
    if message.tag != tlv::TAG_SEQUENCE
        || algorithm.tag != tlv::TAG_SEQUENCE
        || bits.tag != tlv::TAG_BIT_STRING
    {
        return None;
    }
    let (&unused_bits, signature) = bits.value.split_first()?;
    Some(Signed {
        message: message.raw,
        algorithm: algorithm.raw,
        signature,
        unused_bits,
        inner_algorithm: inner_algorithm(&message),
    })
}

/// TBSCertificate: `[0] version` (optional), `serialNumber INTEGER`,
/// `signature AlgorithmIdentifier`. TBSCertList: `version INTEGER`
/// (optional), `signature AlgorithmIdentifier`. An OCSP ResponseData goes on
/// with a tagged ResponderID instead, so it has none.
fn inner_algorithm<'a>(message: &Tlv<'a>) -> Option<&'a [u8]> {
    let mut fields = message
        .children()
        .map_while(Result::ok)
        .skip_while(|f| f.tag == tlv::context(0));
    let first = fields.next()?;
    let algorithm = if first.tag == tlv::TAG_INTEGER {
        fields.next()?
    } else {
        first
    };
    let is_algorithm = algorithm.tag == tlv::TAG_SEQUENCE
        && algorithm
            .children()
            .next()
            .and_then(Result::ok)
            .is_some_and(|oid| oid.tag == tlv::TAG_OID);
    is_algorithm.then_some(algorithm.raw)
}

/// The SubjectPublicKeyInfo element of a certificate's raw DER
/// (TBSCertificate's seventh field counting the optional `[0] version`), for
/// DER that was never decoded into a `Certificate` (the signature tests and
/// the fuzz target). A decoded certificate knows it: `Certificate::spki`.
pub fn certificate_spki(der: &[u8]) -> Option<&[u8]> {
    // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    tlv::certificate_fields(der)?.get(5).map(|spki| spki.raw)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hash {
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

const SHA1: Oid = Oid::new_unwrap("1.3.14.3.2.26");
/// 2.16.840.1.101.3.4.2: the SHA-2 family.
const NIST_HASH: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2");

impl Hash {
    fn from_oid(oid: &[u8]) -> Option<Hash> {
        let oid = Oid::from_bytes(oid).ok()?;
        match family(&oid) {
            _ if oid == SHA1 => Some(Hash::Sha1),
            (Some(NIST_HASH), Some(4)) => Some(Hash::Sha224),
            (Some(NIST_HASH), Some(1)) => Some(Hash::Sha256),
            (Some(NIST_HASH), Some(2)) => Some(Hash::Sha384),
            (Some(NIST_HASH), Some(3)) => Some(Hash::Sha512),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Hash::Sha1 => "SHA-1",
            Hash::Sha224 => "SHA-224",
            Hash::Sha256 => "SHA-256",
            Hash::Sha384 => "SHA-384",
            Hash::Sha512 => "SHA-512",
        }
    }

    /// Output length in bytes.
    // Only the arithmetic hashes what is signed (the engine has none).
    #[cfg_attr(not(feature = "arithmetic"), allow(dead_code))]
    fn len(self) -> usize {
        match self {
            Hash::Sha1 => 20,
            Hash::Sha224 => 28,
            Hash::Sha256 => 32,
            Hash::Sha384 => 48,
            Hash::Sha512 => 64,
        }
    }

    // Only the arithmetic hashes what is signed (the engine has none).
    #[cfg_attr(not(feature = "arithmetic"), allow(dead_code))]
    fn digest_parts(self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut d = D::new();
            for p in parts {
                d.update(p);
            }
            d.finalize().to_vec()
        }
        match self {
            Hash::Sha1 => run::<Sha1>(parts),
            Hash::Sha224 => run::<Sha224>(parts),
            Hash::Sha256 => run::<Sha256>(parts),
            Hash::Sha384 => run::<Sha384>(parts),
            Hash::Sha512 => run::<Sha512>(parts),
        }
    }

    // Only the arithmetic hashes what is signed (the engine has none).
    #[cfg_attr(not(feature = "arithmetic"), allow(dead_code))]
    fn digest(self, message: &[u8]) -> Vec<u8> {
        self.digest_parts(&[message])
    }
}

/// RSASSA-PSS-params as used (RFC 4055 §3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pss {
    hash: Hash,
    mgf1: Hash,
    salt: usize,
}

#[derive(Debug, PartialEq, Eq)]
enum Scheme {
    RsaPkcs1(Hash),
    RsaPss(Pss),
    Ecdsa(Hash),
    Ed25519,
    Dsa(Hash),
}

impl Scheme {
    fn name(&self) -> String {
        match self {
            Scheme::RsaPkcs1(h) => format!("RSA PKCS#1 v1.5 with {}", h.name()),
            Scheme::RsaPss(p) => format!(
                "RSA-PSS with {}, MGF1 with {}, salt {}",
                p.hash.name(),
                p.mgf1.name(),
                p.salt
            ),
            Scheme::Ecdsa(h) => format!("ECDSA with {}", h.name()),
            Scheme::Ed25519 => "Ed25519".to_string(),
            Scheme::Dsa(h) => format!("DSA with {}", h.name()),
        }
    }
}

// The OIDs certscope checks signatures for, as der's ObjectIdentifier
// (usable in patterns: it derives Eq).
/// 1.2.840.113549.1.1: PKCS #1.
const PKCS1: Oid = Oid::new_unwrap("1.2.840.113549.1.1");
const RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
const RSA_PSS: Oid = Oid::new_unwrap("1.2.840.113549.1.1.10");
const MGF1: Oid = Oid::new_unwrap("1.2.840.113549.1.1.8");
/// 1.2.840.10045.4: ECDSA signatures (.1 with SHA-1, .3.n with SHA-2).
const ECDSA_SIG: Oid = Oid::new_unwrap("1.2.840.10045.4");
const ECDSA_SHA2: Oid = Oid::new_unwrap("1.2.840.10045.4.3");
const EC_KEY: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
const P256: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
const P384: Oid = Oid::new_unwrap("1.3.132.0.34");
const P521: Oid = Oid::new_unwrap("1.3.132.0.35");
const ED25519: Oid = Oid::new_unwrap("1.3.101.112");
const ED448: Oid = Oid::new_unwrap("1.3.101.113");
/// 1.2.840.10040.4.1 (id-dsa) and .3 (id-dsa-with-sha1).
const DSA_KEY: Oid = Oid::new_unwrap("1.2.840.10040.4.1");
const DSA_SHA1: Oid = Oid::new_unwrap("1.2.840.10040.4.3");
/// 2.16.840.1.101.3.4.3: dsa-with-sha224 (.1) … dsa-with-sha512 (.4).
const NIST_DSA: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.3");

/// An OID's parent and last arc: `(1.2.840.113549.1.1, 11)` for
/// sha256WithRSAEncryption.
fn family(oid: &Oid) -> (Option<Oid>, Option<u32>) {
    (oid.parent(), oid.arcs().last())
}

/// Why a signature gets no arithmetic verdict.
#[derive(Debug, PartialEq, Eq)]
enum Failure {
    /// certscope cannot check it: the reason.
    Unsupported(String),
    /// It cannot be right whatever the bytes: the reason.
    Defect(String),
}

fn oid_name(oid: &[u8]) -> String {
    match crate::inspect::names::dotted(oid) {
        Some(dotted) => crate::inspect::names::oid_or_dotted(&dotted),
        None => format!("an unreadable OID ({})", crate::inspect::text::hex(oid)),
    }
}

fn scheme(algorithm: &[u8]) -> Result<Scheme, Failure> {
    let malformed = || Failure::Defect("the signature algorithm is not readable DER".to_string());
    let (alg, _) = tlv::read(algorithm, 0).map_err(|_| malformed())?;
    let mut parts = alg.children().map_while(Result::ok);
    let oid = parts
        .next()
        .filter(|o| o.tag == tlv::TAG_OID)
        .ok_or_else(malformed)?;
    let unsupported = |why: &str| Failure::Unsupported(format!("{} ({why})", oid_name(oid.value)));
    let parsed = Oid::from_bytes(oid.value)
        .map_err(|_| unsupported("an algorithm certscope does not know"))?;
    Ok(match family(&parsed) {
        (Some(PKCS1), Some(last)) => match last {
            5 => Scheme::RsaPkcs1(Hash::Sha1),
            14 => Scheme::RsaPkcs1(Hash::Sha224),
            11 => Scheme::RsaPkcs1(Hash::Sha256),
            12 => Scheme::RsaPkcs1(Hash::Sha384),
            13 => Scheme::RsaPkcs1(Hash::Sha512),
            10 => Scheme::RsaPss(pss_params(parts.next(), true)?),
            2..=4 => {
                return Err(unsupported(
                    "MD2, MD4 and MD5 are broken; certscope does not check them",
                ))
            }
            _ => return Err(unsupported("an RSA variant certscope does not know")),
        },
        (Some(ECDSA_SIG), Some(1)) => Scheme::Ecdsa(Hash::Sha1),
        (Some(ECDSA_SHA2), Some(n)) => match n {
            1 => Scheme::Ecdsa(Hash::Sha224),
            2 => Scheme::Ecdsa(Hash::Sha256),
            3 => Scheme::Ecdsa(Hash::Sha384),
            4 => Scheme::Ecdsa(Hash::Sha512),
            _ => return Err(unsupported("an ECDSA hash certscope does not know")),
        },
        _ if parsed == ED25519 => Scheme::Ed25519,
        _ if parsed == ED448 => {
            return Err(Failure::Unsupported(
                "Ed448 (no maintained pure-Rust verifier)".to_string(),
            ))
        }
        _ if parsed == DSA_SHA1 => Scheme::Dsa(Hash::Sha1),
        (Some(NIST_DSA), Some(n)) => match n {
            1 => Scheme::Dsa(Hash::Sha224),
            2 => Scheme::Dsa(Hash::Sha256),
            3 => Scheme::Dsa(Hash::Sha384),
            4 => Scheme::Dsa(Hash::Sha512),
            _ => return Err(unsupported("an algorithm certscope does not know")),
        },
        _ => return Err(unsupported("an algorithm certscope does not know")),
    })
}

/// RSASSA-PSS-params (RFC 4055 §3.1):
///
/// ```text
/// RSASSA-PSS-params  ::=  SEQUENCE  {
///     hashAlgorithm      [0] HashAlgorithm DEFAULT sha1Identifier,
///     maskGenAlgorithm   [1] MaskGenAlgorithm DEFAULT mgf1SHA1Identifier,
///     saltLength         [2] INTEGER DEFAULT 20,
///     trailerField       [3] INTEGER DEFAULT 1  }
/// ```
///
/// `required`: in a signature's AlgorithmIdentifier the parameters "MUST"
/// be present (§3.1; OpenSSL refuses a PSS signature without them); in a
/// key's they may be absent (no restriction).
fn pss_params(params: Option<Tlv<'_>>, required: bool) -> Result<Pss, Failure> {
    let defect = |why: &str| Failure::Defect(format!("RSA-PSS parameters: {why}"));
    let mut pss = Pss {
        hash: Hash::Sha1,
        mgf1: Hash::Sha1,
        salt: 20,
    };
    let Some(params) = params.filter(|p| p.tag != 0x05) else {
        return if required {
            Err(defect("absent (RFC 4055 requires them in a signature)"))
        } else {
            Ok(pss)
        };
    };
    if params.tag != tlv::TAG_SEQUENCE {
        return Err(defect("not a SEQUENCE"));
    }
    let mut last_tag = None;
    for field in params.children() {
        let field = field.map_err(|_| defect("not readable DER"))?;
        // DER: each field at most once, in order.
        if last_tag.is_some_and(|t| field.tag <= t) {
            return Err(defect("fields repeated or out of order"));
        }
        last_tag = Some(field.tag);
        let inner = field
            .children()
            .next()
            .and_then(Result::ok)
            .ok_or_else(|| defect("an empty field"))?;
        match field.tag {
            0xa0 => pss.hash = hash_algorithm(&inner, "hash")?,
            0xa1 => {
                let mut mgf = inner.children().map_while(Result::ok);
                let oid = mgf.next().filter(|o| o.tag == tlv::TAG_OID);
                match oid {
                    Some(o) if Oid::from_bytes(o.value).is_ok_and(|o| o == MGF1) => {}
                    Some(o) => {
                        return Err(Failure::Unsupported(format!(
                            "RSA-PSS with mask generation function {}",
                            oid_name(o.value)
                        )))
                    }
                    None => return Err(defect("the mask generation function is unreadable")),
                }
                let hash = mgf.next().ok_or_else(|| defect("MGF1 without its hash"))?;
                pss.mgf1 = hash_algorithm(&hash, "MGF1 hash")?;
            }
            0xa2 => pss.salt = small_integer(&inner).ok_or_else(|| defect("bad salt length"))?,
            0xa3 => {
                // trailerFieldBC (1) is the only one defined; OpenSSL refuses
                // others ("invalid trailer").
                if small_integer(&inner) != Some(1) {
                    return Err(defect("trailer field is not 1 (trailerFieldBC)"));
                }
            }
            _ => return Err(defect("an unknown field")),
        }
    }
    Ok(pss)
}

/// A hash AlgorithmIdentifier certscope can compute.
fn hash_algorithm(alg: &Tlv<'_>, what: &str) -> Result<Hash, Failure> {
    let oid = alg
        .children()
        .next()
        .and_then(Result::ok)
        .filter(|o| o.tag == tlv::TAG_OID)
        .ok_or_else(|| Failure::Defect(format!("RSA-PSS parameters: unreadable {what}")))?;
    Hash::from_oid(oid.value)
        .ok_or_else(|| Failure::Unsupported(format!("RSA-PSS with {what} {}", oid_name(oid.value))))
}

/// A non-negative INTEGER below 2^24 (salt lengths are at most the key
/// size in bytes).
fn small_integer(int: &Tlv<'_>) -> Option<usize> {
    if int.tag != tlv::TAG_INTEGER || int.value.is_empty() || int.value.len() > 4 {
        return None;
    }
    if int.value.first().is_some_and(|b| b & 0x80 != 0) {
        return None;
    }
    let v = int
        .value
        .iter()
        .fold(0u32, |acc, b| acc.wrapping_shl(8) | u32::from(*b));
    (v < 1 << 24).then(|| usize::try_from(v).ok()).flatten()
}

/// The public key, typed.
#[cfg_attr(not(feature = "arithmetic"), allow(dead_code))] // the engine reads only the kind
enum Key<'a> {
    Rsa(&'a [u8]),
    /// id-RSASSA-PSS: only for PSS, with its limits when it states them.
    RsaPss(&'a [u8], Option<Pss>),
    Ec(&'a [u8], &'a [u8]),
    Ed25519(&'a [u8]),
    Dsa(Option<Tlv<'a>>, &'a [u8]),
    Other(&'a [u8]),
}

impl Key<'_> {
    fn name(&self) -> String {
        match self {
            Key::Rsa(_) => "RSA".to_string(),
            Key::RsaPss(..) => "RSA-PSS".to_string(),
            Key::Ec(curve, _) => format!("EC ({})", oid_name(curve)),
            Key::Ed25519(_) => "Ed25519".to_string(),
            Key::Dsa(..) => "DSA".to_string(),
            Key::Other(oid) => oid_name(oid),
        }
    }
}

fn key(spki: &[u8]) -> Result<Key<'_>, Failure> {
    let bad = || Failure::Defect("the signer's public key is not readable DER".to_string());
    let (outer, _) = tlv::read(spki, 0).map_err(|_| bad())?;
    let [alg, bits] = outer.first_children::<2>().ok_or_else(bad)?;
    let mut alg_parts = alg.children().map_while(Result::ok);
    let oid = alg_parts
        .next()
        .filter(|o| o.tag == tlv::TAG_OID)
        .ok_or_else(bad)?;
    let params = alg_parts.next();
    if bits.tag != tlv::TAG_BIT_STRING {
        return Err(bad());
    }
    let bits = match bits.value.split_first() {
        Some((0, bits)) => bits,
        _ => return Err(bad()),
    };
    let Ok(parsed) = Oid::from_bytes(oid.value) else {
        return Ok(Key::Other(oid.value));
    };
    Ok(match parsed {
        RSA => Key::Rsa(bits),
        // Absent parameters: no restriction (RFC 4055 §3.1).
        RSA_PSS => match params.filter(|p| p.tag == tlv::TAG_SEQUENCE) {
            Some(p) => Key::RsaPss(bits, Some(pss_params(Some(p), false)?)),
            None => Key::RsaPss(bits, None),
        },
        EC_KEY => match params.filter(|p| p.tag == tlv::TAG_OID) {
            Some(curve) => Key::Ec(curve.value, bits),
            None => {
                return Err(Failure::Unsupported(
                    "an EC key with explicit curve parameters".to_string(),
                ))
            }
        },
        ED25519 => Key::Ed25519(bits),
        DSA_KEY => Key::Dsa(params.filter(|p| p.tag == tlv::TAG_SEQUENCE), bits),
        _ => Key::Other(oid.value),
    })
}

/// The RSA keys the arithmetic takes (`rsa` 0.9's `RsaPublicKey::new_with_max_size`
/// with a 16384-bit cap): `RSAPublicKey { modulus, publicExponent }`
/// (RFC 8017 A.1.1), an odd modulus of at most 16384 bits, an odd exponent
/// from 3 to 2^33 − 1 and below the modulus. Read here so WebCrypto is only
/// handed keys the arithmetic would use too, in a build without it as well.
pub(crate) fn rsa_key_usable(bits: &[u8]) -> bool {
    let Some([n, e]) = tlv::read(bits, 0)
        .ok()
        .and_then(|(seq, _)| seq.first_children::<2>())
    else {
        return false;
    };
    let value = |v: &[u8]| -> Option<u64> {
        let v = v.strip_prefix(&[0]).unwrap_or(v);
        (v.len() <= 8).then(|| v.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
    };
    let Some(e) = value(e.value) else {
        return false;
    };
    let n_odd = n.value.last().is_some_and(|b| b & 1 == 1);
    // e < n: a modulus that fits 64 bits is compared, a longer one is larger.
    let e_below_n = value(n.value).is_none_or(|n| e < n);
    rsa_bits(bits).is_some_and(|n| n <= RSA_MAX_BITS)
        && n_odd
        && e_below_n
        && e & 1 == 1
        && (2..=(1u64 << 33) - 1).contains(&e)
}

/// The RSA modulus size of a raw `RSAPublicKey` (`SEQUENCE { n INTEGER,
/// e INTEGER }`), in bits, read with certscope's DER reader: the `rsa`
/// crate's PKCS#1 decoder would add its own to the engine.
pub(crate) fn rsa_bits(public_key: &[u8]) -> Option<usize> {
    let (seq, _) = tlv::read(public_key, 0).ok()?;
    let [n, _] = seq.first_children::<2>()?;
    let magnitude = n.value.strip_prefix(&[0]).unwrap_or(n.value);
    let (&top, rest) = magnitude.split_first()?;
    let top_bits = 8usize.checked_sub(usize::try_from(top.leading_zeros()).ok()?)?;
    rest.len().checked_mul(8)?.checked_add(top_bits)
}

/// Keys up to 16384 bits occur in the wild; the `rsa` crate's default cap is 4096.
pub(crate) const RSA_MAX_BITS: usize = 16_384;

/// A check whose structure is sound, ready for the arithmetic.
struct Ready<'a> {
    scheme: Scheme,
    key: Key<'a>,
}

/// Everything that can be decided without the arithmetic: the algorithm,
/// the key's type against it, and the DER around the signature.
fn prepare<'a>(spki: &'a [u8], signed: &Signed<'_>) -> Result<Ready<'a>, Failure> {
    if signed.unused_bits != 0 {
        return Err(Failure::Defect(format!(
            "the signature BIT STRING declares {} unused bits (DER requires 0)",
            signed.unused_bits
        )));
    }
    if let Some(inner) = signed.inner_algorithm {
        if inner != signed.algorithm {
            return Err(Failure::Defect(
                "the signed part names another signature algorithm than the outer one (RFC 5280 §4.1.1.2: they MUST be the same)"
                    .to_string(),
            ));
        }
    }
    let scheme = scheme(signed.algorithm)?;
    let key = key(spki)?;
    let fits = match (&scheme, &key) {
        (Scheme::RsaPkcs1(_), Key::Rsa(_)) => true,
        (Scheme::RsaPss(pss), Key::RsaPss(_, Some(limits))) => {
            // RFC 4055 §3.1: a key restricted to PSS is used only with its
            // hash and MGF, and a salt at least its own.
            if pss.hash != limits.hash || pss.mgf1 != limits.mgf1 || pss.salt < limits.salt {
                return Err(Failure::Defect(format!(
                    "the signer's RSA-PSS key allows only {} with MGF1 {} and salt at least {}",
                    limits.hash.name(),
                    limits.mgf1.name(),
                    limits.salt
                )));
            }
            true
        }
        (Scheme::RsaPss(_), Key::Rsa(_) | Key::RsaPss(_, None)) => true,
        (Scheme::Ecdsa(_), Key::Ec(..)) => true,
        (Scheme::Ed25519, Key::Ed25519(_)) => true,
        (Scheme::Dsa(_), Key::Dsa(..)) => true,
        _ => false,
    };
    if !fits {
        return Err(Failure::Defect(format!(
            "the signature is {}, but the signer's key is {}",
            scheme.name(),
            key.name()
        )));
    }
    Ok(Ready { scheme, key })
}

/// Checks `signed` against the key in `spki` (DER SubjectPublicKeyInfo).
pub fn verify(spki: &[u8], signed: &Signed<'_>) -> Verdict {
    let ready = match prepare(spki, signed) {
        Ok(r) => r,
        Err(Failure::Unsupported(why)) => return Verdict::Unsupported(why),
        Err(Failure::Defect(_)) => return Verdict::Invalid,
    };
    if let Some(verdict) = lookup(spki, signed) {
        return verdict;
    }
    if let Some(waiting) = defer(spki, signed) {
        return waiting;
    }
    count_arithmetic();
    #[cfg(feature = "arithmetic")]
    let done = arithmetic(&ready, signed);
    #[cfg(not(feature = "arithmetic"))]
    let done: Result<bool, String> = {
        let _ = ready;
        Err(NO_ARITHMETIC.to_string())
    };
    match done {
        Ok(true) => Verdict::Valid,
        Ok(false) => Verdict::Invalid,
        Err(why) => Verdict::Unsupported(why),
    }
}

/// Messages longer than this are verified by certscope's arithmetic, never
/// handed to WebCrypto ([`web::web_check`]): hashing them twice (the id,
/// then WebCrypto) would cost more than the arithmetic saved. A
/// certificate or an OCSP response is a few KB; this leaves out big CRLs.
pub const MAX_WEB_MESSAGE: usize = 64 * 1024;

/// Why `verify` says [`Verdict::Invalid`] before any arithmetic: a key of
/// the wrong type, an inner algorithm that differs from the outer one,
/// unused bits, bad RSA-PSS parameters. `None` when the structure is sound
/// (an invalid verdict then means the signed bytes or the key differ).
pub fn defect(spki: &[u8], signed: &Signed<'_>) -> Option<String> {
    match prepare(spki, signed) {
        Err(Failure::Defect(why)) => Some(why),
        _ => None,
    }
}

// Verdicts reached outside `verify`'s own arithmetic, for one
// analysis: WebCrypto's "valid" (issue 16) and the answers of the page's
// certscope-arith worker (issue 27).
//
// The engine is built without the arithmetic, so an analysis there runs
// *deferring*: a check no verdict is known for is answered
// `Verdict::Unsupported` and listed as `Wanted`. The engine has
// certscope-arith decide those and runs the analysis again with the
// answers, until it asks for nothing new; only that last report is shown.
// Natively the same protocol runs in a test (`tests/sigalgs.rs`), with
// `Wanted::verify` as the decider, and must give the same report as the
// arithmetic done in place.

/// What identifies one check: SHA-256 over the key, the algorithm, the
/// message and the signature, each with its length.
pub type CheckId = [u8; 32];

pub(crate) fn check_id(spki: &[u8], signed: &Signed<'_>) -> CheckId {
    let mut hasher = Sha256::new();
    for part in [spki, signed.algorithm, signed.message, signed.signature] {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// A check an analysis asked for while deferring: everything
/// [`verify`] reads, owned, so another worker can decide it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub id: CheckId,
    pub spki: Vec<u8>,
    pub message: Vec<u8>,
    pub algorithm: Vec<u8>,
    pub signature: Vec<u8>,
    pub unused_bits: u8,
    pub inner_algorithm: Option<Vec<u8>>,
}

impl Wanted {
    fn of(id: CheckId, spki: &[u8], signed: &Signed<'_>) -> Wanted {
        Wanted {
            id,
            spki: spki.to_vec(),
            message: signed.message.to_vec(),
            algorithm: signed.algorithm.to_vec(),
            signature: signed.signature.to_vec(),
            unused_bits: signed.unused_bits,
            inner_algorithm: signed.inner_algorithm.map(<[u8]>::to_vec),
        }
    }

    /// The check, as [`verify`] takes it.
    pub fn signed(&self) -> Signed<'_> {
        Signed {
            message: &self.message,
            algorithm: &self.algorithm,
            signature: &self.signature,
            unused_bits: self.unused_bits,
            inner_algorithm: self.inner_algorithm.as_deref(),
        }
    }

    /// Decides it here (certscope-arith, and the native test of the protocol).
    pub fn verify(&self) -> Verdict {
        verify(&self.spki, &self.signed())
    }
}

/// The verdicts known for the running analysis.
#[derive(Default)]
struct Known {
    verdicts: HashMap<CheckId, Verdict>,
    /// The longest message among them: a longer one (a big CRL) is not
    /// hashed for an id that cannot be there.
    longest: usize,
    /// Answer unknown checks "not yet" and list them, instead of doing the
    /// arithmetic here.
    deferring: bool,
    wanted: Vec<Wanted>,
    asked: HashSet<CheckId>,
}

thread_local! {
    static KNOWN: RefCell<Known> = RefCell::new(Known::default());
    /// Signatures whose arithmetic ran here, since the thread started.
    static ARITHMETIC: Cell<usize> = const { Cell::new(0) };
}

/// Why a deferred check has no verdict in the report shown: the engine
/// could not have it decided (certscope-arith did not load, or the
/// analysis kept asking for new checks).
pub const NOT_DECIDED: &str =
    "not checked: the page's signature arithmetic could not be run for it";

/// Why a check has no verdict in a build without the arithmetic that was
/// not asked to defer (no such caller exists; said rather than guessed).
#[cfg(not(feature = "arithmetic"))]
pub const NO_ARITHMETIC: &str = "not checked: this build has no signature arithmetic";

/// The known verdict for this check, if any.
fn lookup(spki: &[u8], signed: &Signed<'_>) -> Option<Verdict> {
    KNOWN.with(|known| {
        let known = known.borrow();
        if known.verdicts.is_empty() || signed.message.len() > known.longest {
            return None;
        }
        known.verdicts.get(&check_id(spki, signed)).cloned()
    })
}

/// While deferring: lists the check and answers for now.
fn defer(spki: &[u8], signed: &Signed<'_>) -> Option<Verdict> {
    KNOWN.with(|known| {
        let mut known = known.borrow_mut();
        if !known.deferring {
            return None;
        }
        let id = check_id(spki, signed);
        if known.asked.insert(id) {
            known.wanted.push(Wanted::of(id, spki, signed));
        }
        Some(Verdict::Unsupported(NOT_DECIDED.to_string()))
    })
}

fn count_arithmetic() {
    ARITHMETIC.with(|n| n.set(n.get().saturating_add(1)));
}

/// Runs `analysis` with the checks `proven` (by WebCrypto, whose messages
/// are never longer than [`MAX_WEB_MESSAGE`]) taken as valid, and
/// the `decided` ones as decided; with `deferring`, every other check is
/// listed in the second value instead of being done here. Only checks whose
/// structure `verify` accepts get that far: a defect is still invalid,
/// whatever was proven.
pub fn with_known<T>(
    proven: &[CheckId],
    decided: &[(Wanted, Verdict)],
    deferring: bool,
    analysis: impl FnOnce() -> T,
) -> (T, Vec<Wanted>) {
    KNOWN.with(|known| {
        let mut known = known.borrow_mut();
        *known = Known::default();
        known.deferring = deferring;
        if !proven.is_empty() {
            known.longest = MAX_WEB_MESSAGE;
        }
        for id in proven {
            known.verdicts.insert(*id, Verdict::Valid);
        }
        for (wanted, verdict) in decided {
            known.longest = known.longest.max(wanted.message.len());
            known.verdicts.insert(wanted.id, verdict.clone());
        }
    });
    let out = analysis();
    let wanted = KNOWN.with(|known| std::mem::take(&mut *known.borrow_mut()).wanted);
    (out, wanted)
}

/// [`with_known`] with WebCrypto's proofs alone, the arithmetic done here.
pub fn with_proven<T>(ids: &[CheckId], analysis: impl FnOnce() -> T) -> T {
    with_known(ids, &[], false, analysis).0
}

/// How many signatures had their arithmetic done here on this thread (a
/// test sees what was proven elsewhere by what did not add to it).
pub fn arithmetic_count() -> usize {
    ARITHMETIC.with(Cell::get)
}

// The signature arithmetic: RustCrypto's RSA, ECDSA, Ed25519 and DSA over a
// check `prepare` found sound. Only with the `arithmetic` feature: the CLI,
// the tests and certscope-arith; the engine leaves it out (issue 27).

#[cfg(feature = "arithmetic")]
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
#[cfg(feature = "arithmetic")]
fn arithmetic(ready: &Ready<'_>, signed: &Signed<'_>) -> Result<bool, String> {
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
#[cfg(feature = "arithmetic")]
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
#[cfg(feature = "arithmetic")]
fn pad_to_field(digest: &[u8], field: usize) -> Vec<u8> {
    let pad = field.saturating_sub(digest.len());
    let mut out = vec![0u8; pad];
    out.extend_from_slice(digest);
    out
}

/// OpenSSL's limit on DSA moduli (OPENSSL_DSA_MAX_MODULUS_BITS): bigger ones
/// are refused, and they would only cost time here.
#[cfg(feature = "arithmetic")]
const DSA_MAX_P_BITS: usize = 10_000;

/// DSA (FIPS 186-4 §4.7). The key's Dss-Parms `{ p, q, g }` sit in its
/// AlgorithmIdentifier (RFC 3279 §2.3.2), the key itself is `INTEGER y`,
/// the signature `SEQUENCE { r, s }`. The `dsa` crate takes the digest's
/// leftmost bytes up to q's length, FIPS's rule for q of 160, 224 or 256
/// bits, the only sizes FIPS and OpenSSL allow.
#[cfg(feature = "arithmetic")]
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
#[cfg(feature = "arithmetic")]
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
#[cfg(feature = "arithmetic")]
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
#[cfg(feature = "arithmetic")]
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
#[cfg(feature = "arithmetic")]
fn rsa_key(bits: &[u8]) -> Option<rsa::RsaPublicKey> {
    let (seq, _) = tlv::read(bits, 0).ok()?;
    let [n, e] = seq.first_children::<2>()?;
    rsa::RsaPublicKey::new_with_max_size(
        rsa::BigUint::from_bytes_be(n.value),
        rsa::BigUint::from_bytes_be(e.value),
        RSA_MAX_BITS,
    )
    .ok()
}

#[cfg(test)]
mod tests {
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
