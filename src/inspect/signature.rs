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
mod arithmetic;
pub mod client;
mod known;
pub mod web;

pub(crate) use known::check_id;
pub use known::{arithmetic_count, with_known, with_proven, CheckId, Wanted, NOT_DECIDED};

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
    let (outer, _) = tlv::read(der, 0).ok()?;
    let tbs = outer.children().next()?.ok()?;
    let mut fields = tbs
        .children()
        .map_while(Result::ok)
        .skip_while(|f| f.tag == tlv::context(0));
    // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo
    fields.nth(5).map(|spki| spki.raw)
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
    if let Some(verdict) = known::lookup(spki, signed) {
        return verdict;
    }
    if let Some(waiting) = known::defer(spki, signed) {
        return waiting;
    }
    known::count_arithmetic();
    #[cfg(feature = "arithmetic")]
    let done = arithmetic::arithmetic(&ready, signed);
    #[cfg(not(feature = "arithmetic"))]
    let done: Result<bool, String> = {
        let _ = ready;
        Err(known::NO_ARITHMETIC.to_string())
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
