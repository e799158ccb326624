//! The signature algorithms a Web PKI client accepts, as rustls-webpki's
//! `SignatureVerificationAlgorithm`s, verified by certscope's own arithmetic
//! ([`super::verify`]), so path validation needs no `ring` in the page.
//!
//! The set is rustls' default (its `ring` provider, what every rustls
//! client, and so rustls-webpki's own x509-limbo run, accepts): ECDSA on
//! P-256 and P-384 with SHA-256 or SHA-384, Ed25519, and RSA keys of 2048 to
//! 8192 bits with PKCS#1 v1.5 or PSS over SHA-256, SHA-384 or SHA-512. Not
//! in it, as in browsers: SHA-1, MD5, DSA, P-192, P-521 and RSA under 2048
//! bits. Such a signature can still verify (`signature: valid` on its link);
//! clients refuse it, and the validation says so as its own finding.
//!
//! Layer: base. Imports only other base modules.

use super::{rsa_bits, verify, Signed, Verdict};
use crate::inspect::tlv;
use rustls_pki_types::{
    alg_id, AlgorithmIdentifier, InvalidSignature, SignatureVerificationAlgorithm,
};

/// RSA moduli clients accept, in bits (ring's `RSA_PKCS1_2048_8192_*`).
const RSA_BITS: std::ops::RangeInclusive<usize> = 2048..=8192;

/// One algorithm: the key's and the signature's AlgorithmIdentifier
/// contents, as rustls-webpki compares them with the certificate's.
#[derive(Debug)]
pub struct ClientAlgorithm {
    key: AlgorithmIdentifier,
    signature: AlgorithmIdentifier,
    rsa: bool,
}

/// Every algorithm of the set, for `verify_for_usage`.
pub static CLIENT_ALGORITHMS: &[&dyn SignatureVerificationAlgorithm] = &[
    &ClientAlgorithm::ec(alg_id::ECDSA_P256, alg_id::ECDSA_SHA256),
    &ClientAlgorithm::ec(alg_id::ECDSA_P256, alg_id::ECDSA_SHA384),
    &ClientAlgorithm::ec(alg_id::ECDSA_P384, alg_id::ECDSA_SHA256),
    &ClientAlgorithm::ec(alg_id::ECDSA_P384, alg_id::ECDSA_SHA384),
    &ClientAlgorithm::ec(alg_id::ED25519, alg_id::ED25519),
    &ClientAlgorithm::rsa(alg_id::RSA_PKCS1_SHA256),
    &ClientAlgorithm::rsa(alg_id::RSA_PKCS1_SHA384),
    &ClientAlgorithm::rsa(alg_id::RSA_PKCS1_SHA512),
    &ClientAlgorithm::rsa(alg_id::RSA_PSS_SHA256),
    &ClientAlgorithm::rsa(alg_id::RSA_PSS_SHA384),
    &ClientAlgorithm::rsa(alg_id::RSA_PSS_SHA512),
];

impl ClientAlgorithm {
    const fn ec(key: AlgorithmIdentifier, signature: AlgorithmIdentifier) -> Self {
        ClientAlgorithm {
            key,
            signature,
            rsa: false,
        }
    }

    const fn rsa(signature: AlgorithmIdentifier) -> Self {
        ClientAlgorithm {
            key: alg_id::RSA_ENCRYPTION,
            signature,
            rsa: true,
        }
    }
}

impl SignatureVerificationAlgorithm for ClientAlgorithm {
    fn verify_signature(
        &self,
        public_key: &[u8],
        message: &[u8],
        signature: &[u8],
    ) -> Result<(), InvalidSignature> {
        // ring, behind rustls' default provider, also refuses a modulus
        // that is not a whole number of bytes.
        let usable = |b: usize| RSA_BITS.contains(&b) && b.is_multiple_of(8);
        if self.rsa && !rsa_bits(public_key).is_some_and(usable) {
            return Err(InvalidSignature);
        }
        // rustls-webpki hands over the parts; certscope's verifier takes the
        // DER elements they came from, so they are put back together.
        let mut key_bits = vec![0u8];
        key_bits.extend_from_slice(public_key);
        let mut spki_body = tlv::encode(tlv::TAG_SEQUENCE, self.key.as_ref());
        spki_body.extend(tlv::encode(tlv::TAG_BIT_STRING, &key_bits));
        let spki = tlv::encode(tlv::TAG_SEQUENCE, &spki_body);
        let algorithm = tlv::encode(tlv::TAG_SEQUENCE, self.signature.as_ref());
        let signed = Signed {
            message,
            algorithm: &algorithm,
            signature,
            unused_bits: 0,
            inner_algorithm: None,
        };
        match verify(&spki, &signed) {
            Verdict::Valid => Ok(()),
            _ => Err(InvalidSignature),
        }
    }

    fn public_key_alg_id(&self) -> AlgorithmIdentifier {
        self.key
    }

    fn signature_alg_id(&self) -> AlgorithmIdentifier {
        self.signature
    }
}
