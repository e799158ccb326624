//! The decoded staple: what an OCSP response says (status, responder, single
//! responses, extensions) and the verdicts the analyses attach to it (who
//! signed it, what each server does with it). Data only: [`super::judge`] and
//! [`super::servers`] fill the verdicts, the readers (`staple`'s `decode`,
//! [`super::text`]) fill the rest. It imports nothing of `staple` but the
//! vocabulary below it.
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::freshness::Freshness;
use crate::inspect::names::oid_or_dotted;
use crate::inspect::text::hex;
use crate::inspect::time::Timestamp;
use der::Decode as _;
use serde::{Deserialize, Serialize};

/// Certificates read from one response. Responders embed their own
/// certificate and sometimes its chain; 20 is far beyond that, and bounds
/// what a hostile staple can add to the analysis.
pub const MAX_EMBEDDED_CERTIFICATES: usize = 20;

/// One decoded OCSP response. The first fields are the JSON report's stable
/// names (issue 4); the rest may grow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staple {
    /// `successful`, `malformedRequest`, … or `unknown (7)`.
    pub response_status: String,
    /// When the responder signed it (absent unless successful).
    pub produced_at: Option<Timestamp>,
    /// `{"name": "CN=…"}` or `{"key_hash": "hex"}`.
    pub responder: Option<Responder>,
    /// Indices into the report's `certificates`.
    pub embedded_certificates: Vec<usize>,
    /// Who signed it and whether they may; filled by [`judge`].
    pub signature: StapleSignature,
    /// Every `SingleResponse`, in the response's order.
    pub responses: Vec<SingleResponse>,
    /// `der` for binary staples (and their base64), `text` for ones read
    /// from OpenSSL output.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub source: crate::inspect::intern::Word,

    /// `id-pkix-ocsp-basic`, or the OID of a type certscope cannot read.
    pub response_type: Option<String>,
    /// 1 for v1 (the only version RFC 6960 defines).
    pub version: Option<u32>,
    /// `sha256WithRSAEncryption`, …
    pub signature_algorithm: Option<String>,
    /// `responseExtensions` (the nonce, …).
    pub extensions: Vec<StapleExtension>,
    /// What nginx, HAProxy and Apache would do with this response; filled by [`judge`].
    pub server_verdicts: Vec<ServerVerdict>,
    /// Which input it came from.
    pub input: usize,
    /// Remarks on the decoding ("3 embedded certificates could not be read").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,

    /// The whole OCSPResponse DER (empty for text staples), kept for share
    /// links and re-analysis.
    #[serde(skip)]
    pub der: Vec<u8>,
    /// The BasicOCSPResponse DER: what the signature covers.
    #[serde(skip)]
    pub basic: Vec<u8>,
    /// The embedded certificates' DER; the report adds them to its pool and
    /// fills `embedded_certificates`.
    #[serde(skip)]
    pub embedded_der: Vec<Vec<u8>>,
    /// The responder ID in the form matching needs.
    #[serde(skip)]
    pub responder_id: Option<ResponderId>,
}

/// The ResponderID as the report shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Responder {
    /// RFC 4514, most specific first: `CN=…,O=…`.
    Name(String),
    /// SHA-1 of the responder's public key, lowercase hex.
    KeyHash(String),
}

/// The ResponderID as matching needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponderId {
    /// The Name's DER, compared with certificate subjects byte for byte.
    NameDer(Vec<u8>),
    /// `(attribute short name, value)` in encoded order, as OpenSSL's text
    /// shows them; compared with certificates' subject attributes.
    NameAttributes(Vec<(String, String)>),
    /// SHA-1 of the responder's public key.
    KeyHash(Vec<u8>),
}

/// One `SingleResponse`: the status of one certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SingleResponse {
    /// The CertID's serial, in the report's hex form.
    pub serial: String,
    /// good, revoked or unknown.
    pub cert_status: CertStatus,
    /// When the status was known to be correct.
    pub this_update: Timestamp,
    /// When newer information will be available; after it, the answer is stale.
    pub next_update: Option<Timestamp>,
    /// For a revoked certificate: since when.
    pub revocation_time: Option<Timestamp>,
    /// `keyCompromise`, … (RFC 5280 §5.3.1 names).
    pub revocation_reason: Option<String>,
    /// The CertID's hash: `sha1`, `sha256`, … or a dotted OID.
    pub hash_algorithm: String,
    /// Hash of the issuer's DN, lowercase hex.
    pub issuer_name_hash: String,
    /// Hash of the issuer's public key bits, lowercase hex.
    pub issuer_key_hash: String,
    /// The two hashes as bytes, kept beside their hex so nothing parses the
    /// hex back: `(name hash, key hash)`, `None` when a text staple's hex
    /// does not read.
    #[serde(skip)]
    pub issuer_hashes: Option<(Vec<u8>, Vec<u8>)>,
    /// The certificate this answers for: index into `certificates`.
    pub certificate: Option<usize>,
    /// The issuer whose name and key hash to this CertID: index into
    /// `certificates`.
    pub issuer: Option<usize>,
    /// Filled by [`judge`]; `null` only for a staple never judged.
    pub freshness: Option<Freshness>,
    /// `singleExtensions`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<StapleExtension>,
}

/// `good`, `revoked` or `unknown` (RFC 6960 §2.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CertStatus {
    /// Not revoked (RFC 6960 §2.2: at least, not known to be).
    Good,
    /// Revoked, temporarily (certificateHold) or for good.
    Revoked,
    /// The responder does not know the certificate.
    Unknown,
}

impl CertStatus {
    /// The word OpenSSL's `OCSP_cert_status_str` uses (and nginx logs).
    pub fn word(self) -> &'static str {
        match self {
            CertStatus::Good => "good",
            CertStatus::Revoked => "revoked",
            CertStatus::Unknown => "unknown",
        }
    }
}

/// One extension of a response or of a single response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StapleExtension {
    /// Dotted; absent when read from text that named it only.
    pub oid: Option<String>,
    /// Its readable name, when certscope or OpenSSL knows one.
    pub name: Option<String>,
    /// Marked critical: a client that does not know it must reject the response.
    pub critical: bool,
    /// The nonce's inner octets as hex; other values as hex of `extnValue`.
    pub value: String,
}

/// `id-pkix-ocsp-nonce` (RFC 6960 §4.4.1).
pub const OID_NONCE: &str = "1.3.6.1.5.5.7.48.1.2";

/// Extensions of OCSP responses that the shared OID table does not name.
const EXTENSION_NAMES: &[(&str, &str)] = &[
    ("1.3.6.1.5.5.7.48.1.3", "OCSP CRL References"),
    ("1.3.6.1.5.5.7.48.1.6", "OCSP Archive Cutoff"),
    (
        "1.3.6.1.5.5.7.48.1.8",
        "OCSP Preferred Signature Algorithms",
    ),
    ("1.3.6.1.5.5.7.48.1.9", "OCSP Extended Revoke"),
    ("2.5.29.21", "CRL Reason"),
    ("2.5.29.24", "Invalidity Date"),
    ("2.5.29.29", "Certificate Issuer"),
];

impl StapleExtension {
    pub(super) fn new(oid: String, critical: bool, value: &[u8]) -> Self {
        let name = EXTENSION_NAMES
            .iter()
            .find(|(o, _)| *o == oid)
            .map(|(_, n)| n.to_string())
            .or_else(|| {
                let name = oid_or_dotted(&oid);
                (name != oid).then_some(name)
            });
        let value = if oid == OID_NONCE {
            hex(nonce_octets(value))
        } else {
            hex(value)
        };
        StapleExtension {
            oid: Some(oid),
            name,
            critical,
            value,
        }
    }
}

/// RFC 8954 §2.1: `Nonce ::= OCTET STRING`, wrapped in extnValue. Some old
/// responders put the bytes in bare; those are shown as they are.
pub fn nonce_octets(value: &[u8]) -> &[u8] {
    match der::asn1::OctetStringRef::from_der(value) {
        Ok(inner) => inner.as_bytes(),
        Err(_) => value,
    }
}

impl Staple {
    /// A staple with nothing but its status; decoding fills the rest.
    pub fn new(response_status: String, source: &'static str, input: usize) -> Self {
        Staple {
            response_status,
            produced_at: None,
            responder: None,
            embedded_certificates: Vec::new(),
            signature: StapleSignature::default(),
            responses: Vec::new(),
            source,
            response_type: None,
            version: None,
            signature_algorithm: None,
            extensions: Vec::new(),
            server_verdicts: Vec::new(),
            input,
            notes: Vec::new(),
            der: Vec::new(),
            basic: Vec::new(),
            embedded_der: Vec::new(),
            responder_id: None,
        }
    }

    /// True when the responder answered (responseStatus 0).
    pub fn is_successful(&self) -> bool {
        self.response_status == "successful"
    }
}

/// Who signed a staple, in RFC 6960 §4.2.2.2's terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Signer {
    /// The CA that issued the certificate.
    Issuer,
    /// A responder certificate issued by that CA with the OCSP Signing
    /// extended key usage.
    Delegated,
    /// Someone else: a root signing for a leaf, a certificate without the
    /// OCSP Signing usage, another CA.
    Unauthorized,
    /// Not found, or not decidable from what was given.
    #[default]
    Unknown,
}

/// The signature verdict of one staple.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StapleSignature {
    /// `null` when it could not be checked (text staple, signer not found,
    /// unsupported algorithm).
    pub valid: Option<bool>,
    /// Whether the signer may answer for the certificate.
    pub signer: Signer,
    /// The signer's index in `certificates`.
    pub certificate: Option<usize>,
    /// One or two sentences for the admin.
    pub detail: String,
    /// The delegated responder's certificate is outside its validity at the
    /// evaluation time: OpenSSL refuses the response although it verifies.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub signer_expired: bool,
}

/// What a server does with a staple.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// It sends this response in handshakes.
    Staples,
    /// It refuses or ignores it.
    DoesNotStaple,
    /// Not decidable from what was given: a text staple's signature, a
    /// missing certificate, or a file the server has and certscope was not
    /// given (nginx's `ssl_trusted_certificate`, the responder's root).
    CannotTell,
}

/// One server's verdict on one staple.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerVerdict {
    /// `nginx ssl_stapling_file`, `nginx ssl_stapling_verify on`,
    /// `HAProxy .ocsp`, `Apache SSLUseStapling`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub server: crate::inspect::intern::Word,
    /// Whether it staples this response.
    pub outcome: Outcome,
    /// The exact message the server logs, when it certainly logs one.
    pub log: Option<String>,
    /// What it does and why, for the admin.
    pub message: String,
    /// The server versions this verdict holds for, and how that is known:
    /// run on a real server ("proven on Debian's 1.22.1") or read "from the
    /// source of" a version (issue 26).
    #[serde(default)]
    pub versions: String,
}
