//! The certificate model: everything a person or a script reads about one
//! certificate, owned and display-ready. Data and the questions asked of it
//! everywhere (its display name, whether a server presents it); the readers
//! in [`super`] and [`super::lenient`] fill it through [`Certificate::new`].
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::dn;
use crate::inspect::text::hex;
use crate::inspect::time::Timestamp;
use serde::{Deserialize, Serialize};
use sha1::Digest as _;

/// One decoded certificate. The first fields are the JSON report's stable
/// names; the rest are added for the page and may grow.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Certificate {
    /// RFC 4514: most specific first, `CN=example.test,O=Example`.
    pub subject: String,
    pub issuer: String,
    /// Lowercase hex, no leading zeros, `-` prefix if negative.
    pub serial: String,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
    pub sha256: String,
    pub is_ca: Option<bool>,
    pub subject_key_id: Option<String>,
    pub authority_key_id: Option<String>,
    pub ocsp_urls: Vec<String>,
    pub ca_issuers_urls: Vec<String>,
    pub crl_urls: Vec<String>,
    /// TLS Feature `status_request` (RFC 7633): the server must staple.
    pub must_staple: bool,

    pub sha1: String,
    pub version: u32,
    pub subject_attributes: Vec<Attribute>,
    pub issuer_attributes: Vec<Attribute>,
    pub subject_alt_names: Vec<String>,
    pub public_key: PublicKeyInfo,
    pub signature_algorithm: String,
    pub path_length: Option<u32>,
    pub key_usage: Vec<String>,
    pub extended_key_usage: Vec<String>,
    pub extensions: Vec<Extension>,
    /// Subject and issuer are the same name (a root, or a self-issued CA),
    /// compared as [`dn::Canonical`] (RFC 5280 §7.1).
    pub self_issued: bool,
    /// Embedded Signed Certificate Timestamps (issue 15), in list order.
    /// The page reads them from the findings, so its wasm carries no
    /// decoder for them.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub scts: Vec<crate::inspect::sct::Sct>,

    /// Why a strict DER reader refuses this certificate, when it does: the
    /// fields above were then read leniently, as OpenSSL reads them. Each
    /// becomes a `certificate-malformed` finding.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub defects: Vec<String>,

    /// The subject in the form names are compared in.
    #[serde(skip)]
    pub subject_canonical: dn::Canonical,
    /// The issuer in the form names are compared in.
    #[serde(skip)]
    pub issuer_canonical: dn::Canonical,

    /// The certificate's DER, for chain building and downloads.
    #[serde(skip)]
    pub der: Vec<u8>,
    /// Where the parts signatures and CertIDs need sit in `der`, as the
    /// reader split it: nothing walks the DER again.
    #[serde(skip)]
    pub spans: Spans,
}

/// Byte ranges in a certificate's DER, recorded by the reader that split it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    /// The serial number INTEGER's contents.
    pub serial: std::ops::Range<usize>,
    /// The issuer Name element.
    pub issuer: std::ops::Range<usize>,
    /// The subject Name element.
    pub subject: std::ops::Range<usize>,
    /// The SubjectPublicKeyInfo element.
    pub spki: std::ops::Range<usize>,
    /// The subjectPublicKey bits, without the unused-bits byte.
    pub key_bits: std::ops::Range<usize>,
}

/// The parts of the DER a reader split, as slices of it.
pub struct Parts<'a> {
    pub serial: &'a [u8],
    pub issuer: &'a [u8],
    pub subject: &'a [u8],
    pub spki: &'a [u8],
    pub key_bits: &'a [u8],
}

impl Spans {
    /// The ranges of `parts` within `der`; empty ranges for a part that is
    /// not inside it.
    pub fn of(der: &[u8], parts: &Parts<'_>) -> Spans {
        let range = |part: &[u8]| {
            let start = (part.as_ptr() as usize).checked_sub(der.as_ptr() as usize);
            start
                .and_then(|s| Some(s..s.checked_add(part.len())?))
                .filter(|r| r.end <= der.len())
                .unwrap_or_default()
        };
        Spans {
            serial: range(parts.serial),
            issuer: range(parts.issuer),
            subject: range(parts.subject),
            spki: range(parts.spki),
            key_bits: range(parts.key_bits),
        }
    }
}

pub use crate::inspect::dn::Attribute;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct PublicKeyInfo {
    /// `RSA`, `EC`, `Ed25519`, or the algorithm's name or OID.
    pub algorithm: String,
    pub bits: Option<u32>,
    pub curve: Option<String>,
    /// "RSA 2048 bits", "EC P-256".
    pub summary: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Extension {
    pub oid: String,
    pub name: Option<String>,
    pub critical: bool,
    /// A readable rendering of the value.
    pub value: String,
    /// Why the value could not be decoded, when it could not.
    pub malformed: Option<String>,
}

/// Why DER is not a certificate certscope can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificateError(pub String);

impl std::fmt::Display for CertificateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What both readers take from the TBSCertificate before its extensions:
/// the one place a [`Certificate`] is put together.
pub struct Head {
    pub subject: dn::Name,
    pub issuer: dn::Name,
    pub serial: String,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
    pub version: u32,
    pub public_key: PublicKeyInfo,
    pub signature_algorithm: String,
    pub defects: Vec<String>,
    pub spans: Spans,
}

impl Certificate {
    /// A certificate with `head`'s fields, its hashes, and no extensions yet.
    pub fn new(head: Head, der: &[u8]) -> Certificate {
        let Head {
            subject,
            issuer,
            serial,
            not_before,
            not_after,
            version,
            public_key,
            signature_algorithm,
            defects,
            spans,
        } = head;
        Certificate {
            self_issued: subject.canonical == issuer.canonical,
            subject: subject.rfc4514,
            issuer: issuer.rfc4514,
            subject_attributes: subject.attributes,
            issuer_attributes: issuer.attributes,
            subject_canonical: subject.canonical,
            issuer_canonical: issuer.canonical,
            serial,
            not_before,
            not_after,
            sha256: hex(&sha2::Sha256::digest(der)),
            sha1: hex(&sha1::Sha1::digest(der)),
            is_ca: None,
            path_length: None,
            subject_key_id: None,
            authority_key_id: None,
            ocsp_urls: Vec::new(),
            ca_issuers_urls: Vec::new(),
            crl_urls: Vec::new(),
            must_staple: false,
            version,
            subject_alt_names: Vec::new(),
            public_key,
            signature_algorithm,
            key_usage: Vec::new(),
            extended_key_usage: Vec::new(),
            extensions: Vec::new(),
            scts: Vec::new(),
            defects,
            der: der.to_vec(),
            spans,
        }
    }

    fn part(&self, range: &std::ops::Range<usize>) -> &[u8] {
        self.der.get(range.clone()).unwrap_or_default()
    }

    /// The SubjectPublicKeyInfo element: what verifies what this key signed.
    pub fn spki(&self) -> &[u8] {
        self.part(&self.spans.spki)
    }

    /// The subjectPublicKey bits: what a CertID's issuerKeyHash hashes.
    pub fn key_bits(&self) -> &[u8] {
        self.part(&self.spans.key_bits)
    }

    /// The subject Name's DER: what a CertID's issuerNameHash hashes.
    pub fn subject_der(&self) -> &[u8] {
        self.part(&self.spans.subject)
    }

    /// The issuer Name's DER.
    pub fn issuer_der(&self) -> &[u8] {
        self.part(&self.spans.issuer)
    }

    /// The serial number INTEGER's contents, as an OCSP CertID carries it.
    pub fn serial_der(&self) -> &[u8] {
        self.part(&self.spans.serial)
    }

    /// What a row of the roots table reads and no more: the name
    /// ([`Self::display_name`]'s CN stays), dates, fingerprints, flags.
    /// The extensions, the other attributes, the SANs, SCTs and URLs go.
    pub fn slim_for_table(&mut self) {
        let cn = self
            .subject_attributes
            .iter()
            .rev()
            .find(|a| a.name == "CN")
            .cloned();
        self.subject_attributes = cn.into_iter().collect();
        self.issuer_attributes = Vec::new();
        self.extensions = Vec::new();
        self.subject_alt_names = Vec::new();
        self.scts = Vec::new();
        self.ocsp_urls = Vec::new();
        self.ca_issuers_urls = Vec::new();
        self.crl_urls = Vec::new();
    }

    /// Short name for lists: the subject's CN, else the whole subject.
    pub fn display_name(&self) -> &str {
        self.subject_attributes
            .iter()
            .rev()
            .find(|a| a.name == "CN")
            .map_or(self.subject.as_str(), |a| a.value.as_str())
    }

    /// The issuer's short name, as [`Self::display_name`] is the subject's:
    /// its CN, else the whole issuer.
    pub fn issuer_display_name(&self) -> &str {
        self.issuer_attributes
            .iter()
            .rev()
            .find(|a| a.name == "CN")
            .map_or(self.issuer.as_str(), |a| a.value.as_str())
    }

    /// The one "server leaf" test of the core (chains start from these, the
    /// commands are written for these, staples are matched to these): a
    /// certificate a TLS server presents as its own. Not a CA; without basic
    /// constraints, not self-issued either (that is a version 1 root); and
    /// if it lists extended key usages, serverAuth (or any) is among them,
    /// which leaves out OCSP responder certificates.
    pub fn is_server_leaf(&self) -> bool {
        let end_entity = match self.is_ca {
            Some(ca) => !ca,
            None => !self.self_issued,
        };
        end_entity && (self.extended_key_usage.is_empty() || self.lists_server_auth())
    }

    /// serverAuth or anyExtendedKeyUsage is among the extended key usages
    /// (by name: certscope names both, and shows any other usage by its
    /// OID, so 1.3.6.1.5.5.7.3.17, ipsecIKE, is none of them).
    pub fn lists_server_auth(&self) -> bool {
        self.extended_key_usage
            .iter()
            .any(|u| u == "serverAuth" || u == "anyExtendedKeyUsage")
    }
}
