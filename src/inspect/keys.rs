//! Public keys and CSRs matched against the certificates' keys: the real
//! cause of most nginx "key values mismatch" errors is a bundle whose first
//! certificate is not the leaf, or a key that belongs to another certificate.
//!
//! Private keys are never decoded (see [`crate::inspect::input`]): the
//! warning about one tells how to print its public key, which is matched
//! here instead.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::chain::Chain;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::input::Location;
use crate::inspect::tlv;

/// The command the private-key warning offers.
pub const PUBOUT_COMMAND: &str = "openssl pkey -in key.pem -pubout";

/// What kind of key-bearing object was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// `PUBLIC KEY`: a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7).
    PublicKey,
    /// `RSA PUBLIC KEY`: PKCS#1 RSAPublicKey (RFC 8017 §A.1.1).
    RsaPublicKey,
    /// A PKCS#10 certification request (RFC 2986 §4.1).
    Csr,
}

/// A key found in an input, waiting for the certificates.
#[derive(Clone, Debug)]
pub struct GivenKey {
    pub input: usize,
    pub input_name: String,
    pub location: Location,
    pub source: KeySource,
    /// The subjectPublicKey bits (for RSA, the RSAPublicKey DER).
    pub bits: Option<Vec<u8>>,
}

impl GivenKey {
    pub fn new(
        input: usize,
        input_name: &str,
        location: Location,
        source: KeySource,
        der: &[u8],
    ) -> Self {
        let bits = match source {
            KeySource::PublicKey => spki_bits(der),
            KeySource::RsaPublicKey => Some(der.to_vec()),
            KeySource::Csr => csr_spki(der).and_then(spki_bits),
        };
        GivenKey {
            input,
            input_name: input_name.to_string(),
            location,
            source,
            bits,
        }
    }
}

/// The BIT STRING of a SubjectPublicKeyInfo, without its unused-bits byte.
fn spki_bits(spki: &[u8]) -> Option<Vec<u8>> {
    let (outer, _) = tlv::read(spki, 0).ok()?;
    let [algorithm, bits] = outer.first_children::<2>()?;
    if algorithm.tag != tlv::TAG_SEQUENCE || bits.tag != tlv::TAG_BIT_STRING {
        return None;
    }
    bits.value.get(1..).map(<[u8]>::to_vec)
}

/// CertificationRequest { CertificationRequestInfo { version, subject,
/// subjectPKInfo, [0] attributes }, algorithm, signature }.
fn csr_spki(der: &[u8]) -> Option<&[u8]> {
    let (outer, _) = tlv::read(der, 0).ok()?;
    let [info] = outer.first_children::<1>()?;
    let [_, _, spki] = info.first_children::<3>()?;
    Some(spki.raw)
}

/// The role a certificate plays in the chains: "the leaf", "an
/// intermediate", "the root".
fn role(i: usize, cert: &Certificate, chains: &[Chain]) -> &'static str {
    if chains.iter().any(|c| c.order.first() == Some(&i)) {
        "the leaf"
    } else if cert.self_issued {
        "a root"
    } else if cert.is_ca == Some(true) {
        "an intermediate"
    } else {
        "a certificate"
    }
}

/// One finding per given key: which certificate it belongs to, if any.
pub fn judge(keys: &[GivenKey], certificates: &[Certificate], chains: &[Chain]) -> Vec<Finding> {
    keys.iter()
        .map(|key| judge_one(key, certificates, chains).on_input(key.input))
        .collect()
}

fn judge_one(key: &GivenKey, certificates: &[Certificate], chains: &[Chain]) -> Finding {
    let what = match key.source {
        KeySource::Csr => "the key of the certificate signing request",
        KeySource::PublicKey | KeySource::RsaPublicKey => "the public key",
    };
    let here = format!("{} ({})", key.input_name, key.location);
    let Some(bits) = &key.bits else {
        return Finding::new(
            Severity::Warning,
            "key-unreadable",
            format!(
                "{here}: {what} could not be read, so it was not compared with the certificates."
            ),
        );
    };
    if certificates.is_empty() {
        return Finding::new(
            Severity::Info,
            "key-no-certificates",
            format!("{here}: {what} was read, but no certificate was given to compare it with."),
        );
    }
    let matched = certificates
        .iter()
        .enumerate()
        .find(|(_, c)| spki_bits(c.spki()).as_ref() == Some(bits));
    let Some((i, cert)) = matched else {
        return Finding::new(
            Severity::Error,
            "key-matches-nothing",
            format!(
                "{here}: {what} belongs to none of the {} certificate(s) given. With this key, nginx refuses the certificate (\"key values mismatch\"): find the key the certificate was issued for, or have the certificate reissued for this key.",
                certificates.len()
            ),
        );
    };
    let number = i.saturating_add(1);
    let name = cert.display_name();
    let role = role(i, cert, chains);
    if role == "the leaf" {
        Finding::new(
            Severity::Info,
            "key-matches-leaf",
            format!("{here}: {what} belongs to certificate #{number}, {name}, the leaf: key and certificate match. nginx pairs ssl_certificate_key with the first certificate of ssl_certificate, so the leaf must come first there (fullchain.pem does)."),
        )
        .on_certificate(i)
    } else {
        Finding::new(
            Severity::Error,
            "key-matches-ca",
            format!("{here}: {what} belongs to certificate #{number}, {name}, {role}, not to the leaf. If this is the server's key, the file is in the wrong order: nginx pairs ssl_certificate_key with the first certificate of ssl_certificate and says \"key values mismatch\". Put the leaf first (fullchain.pem)."),
        )
        .on_certificate(i)
    }
}
