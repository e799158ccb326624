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
    check_id, prepare, rsa_key, Hash, Key, Scheme, Signed, MAX_WEB_MESSAGE, P256, P384, P521,
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
            // The key must be one the arithmetic here accepts too.
            rsa_key(bits)?;
            ("RSASSA-PKCS1-v1_5", *hash, None, signed.signature.to_vec())
        }
        (Scheme::Ecdsa(hash), Key::Ec(curve, bits)) => {
            macro_rules! p1363 {
                ($curve:ident, $name:expr) => {{
                    $curve::ecdsa::VerifyingKey::from_sec1_bytes(bits).ok()?;
                    let sig = $curve::ecdsa::Signature::from_der(signed.signature).ok()?;
                    (Some($name), sig.to_bytes().to_vec())
                }};
            }
            let (curve, signature) = match Oid::from_bytes(curve).ok()? {
                P256 => p1363!(p256, "P-256"),
                P384 => p1363!(p384, "P-384"),
                P521 => p1363!(p521, "P-521"),
                _ => return None,
            };
            ("ECDSA", *hash, curve, signature)
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
