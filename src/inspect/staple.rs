//! OCSP responses (staples), RFC 6960: what the file says, whom it is for,
//! who signed it, whether it is still fresh, and what nginx and HAProxy would
//! do with it.
//!
//! - [`asn1`]: the RFC's types, derived with `der`.
//! - this module: the display-ready model and [`decode`] for DER staples.
//! - [`text`]: staples printed by OpenSSL (`s_client -status`, `ocsp -text`).
//! - [`judge`]: matching to certificates, signer authority, freshness and
//!   findings. It needs every certificate of the analysis, so the report
//!   runs it after all inputs are read.
//! - [`servers`]: what nginx, HAProxy and Apache do with the staple.

pub mod asn1;
pub mod judge;
pub mod servers;
pub mod text;

use crate::inspect::certificate::{rfc4514, serial_hex};
use crate::inspect::names::oid_or_dotted;
use crate::inspect::text::hex;
use crate::inspect::time::Timestamp;
use der::{Decode as _, Encode as _, ErrorKind};
use serde::{Deserialize, Serialize};
use x509_parser::prelude::{FromDer as _, X509Name};

pub use judge::{judge, Freshness, Signer, StapleSignature};
pub use servers::{Outcome, ServerVerdict};

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
    fn new(oid: String, critical: bool, value: &[u8]) -> Self {
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

/// Lowercase or uppercase hex, no separators, to bytes.
pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i.saturating_add(2))?, 16).ok())
        .collect()
}

/// Decodes one DER OCSPResponse (an nginx `ssl_stapling_file`, a HAProxy
/// `.ocsp`). The error says what is wrong and at which byte.
pub fn decode(der: &[u8], input: usize) -> Result<Staple, String> {
    let response = asn1::OcspResponse::from_der(der)
        .map_err(|e| format!("not a readable OCSP response: {}", der_words(e, 0)))?;
    let mut staple = Staple::new(
        asn1::response_status_name(response.response_status.0),
        "der",
        input,
    );
    staple.der = der.to_vec();
    if !staple.is_successful() {
        // RFC 6960 §4.2.1: only a successful response carries responseBytes.
        return Ok(staple);
    }
    let bytes = response.response_bytes.ok_or(
        "the OCSP response says successful but carries no response (responseBytes is missing)",
    )?;
    let response_type = bytes.response_type.to_string();
    if bytes.response_type != asn1::ID_PKIX_OCSP_BASIC {
        return Err(format!(
            "the OCSP response is of type {}, not id-pkix-ocsp-basic, the only type servers staple and certscope reads",
            oid_or_dotted(&response_type)
        ));
    }
    staple.response_type = Some("id-pkix-ocsp-basic".to_string());
    let basic_der = bytes.response.as_bytes();
    let basic = asn1::BasicOcspResponse::from_der(basic_der).map_err(|e| {
        format!(
            "the signed part of the OCSP response (BasicOCSPResponse) is not readable: {}",
            der_words(e, basic_offset(der))
        )
    })?;
    staple.basic = basic_der.to_vec();
    let data = &basic.tbs_response_data;
    staple.version = Some(u32::from(data.version).saturating_add(1));
    staple.produced_at = Some(data.produced_at.0);
    let (responder, id) = responder(&data.responder_id);
    staple.responder = Some(responder);
    staple.responder_id = Some(id);
    staple.signature_algorithm = Some(oid_or_dotted(
        &basic.signature_algorithm.algorithm.to_string(),
    ));
    staple.responses = data.responses.iter().map(single_response).collect();
    staple.extensions = extensions(data.response_extensions.as_deref());
    let certs = basic.certs.as_deref().unwrap_or_default();
    for (n, cert) in certs.iter().enumerate() {
        if n >= MAX_EMBEDDED_CERTIFICATES {
            staple.notes.push(format!(
                "the response embeds {} certificates; only the first {MAX_EMBEDDED_CERTIFICATES} were read",
                certs.len()
            ));
            break;
        }
        match cert.to_der() {
            Ok(der) => staple.embedded_der.push(der),
            Err(e) => staple.notes.push(format!(
                "embedded certificate {} could not be re-encoded: {e}",
                n.saturating_add(1)
            )),
        }
    }
    Ok(staple)
}

fn responder(id: &asn1::ResponderId<'_>) -> (Responder, ResponderId) {
    match id {
        asn1::ResponderId::ByName(name) => {
            let der = name.to_der().unwrap_or_default();
            let shown = match X509Name::from_der(&der) {
                Ok((_, parsed)) => rfc4514(&parsed).0,
                Err(_) => format!("#{}", hex(&der)),
            };
            (Responder::Name(shown), ResponderId::NameDer(der))
        }
        asn1::ResponderId::ByKey(key) => (
            Responder::KeyHash(hex(key.as_bytes())),
            ResponderId::KeyHash(key.as_bytes().to_vec()),
        ),
    }
}

fn single_response(single: &asn1::SingleResponse<'_>) -> SingleResponse {
    let id = &single.cert_id;
    let (cert_status, revocation_time, revocation_reason) = match &single.cert_status {
        asn1::CertStatus::Good(_) => (CertStatus::Good, None, None),
        asn1::CertStatus::Revoked(info) => (
            CertStatus::Revoked,
            Some(info.revocation_time.0),
            info.revocation_reason.map(|r| asn1::crl_reason_name(r.0)),
        ),
        asn1::CertStatus::Unknown(_) => (CertStatus::Unknown, None, None),
    };
    SingleResponse {
        serial: serial_hex(id.serial_number.0),
        cert_status,
        this_update: single.this_update.0,
        next_update: single.next_update.map(|t| t.0),
        revocation_time,
        revocation_reason,
        hash_algorithm: oid_or_dotted(&id.hash_algorithm.algorithm.to_string()),
        issuer_name_hash: hex(id.issuer_name_hash.as_bytes()),
        issuer_key_hash: hex(id.issuer_key_hash.as_bytes()),
        certificate: None,
        issuer: None,
        freshness: None,
        extensions: extensions(single.single_extensions.as_deref()),
    }
}

fn extensions(list: Option<&[asn1::Extension<'_>]>) -> Vec<StapleExtension> {
    list.unwrap_or_default()
        .iter()
        .map(|e| StapleExtension::new(e.extn_id.to_string(), e.critical, e.extn_value.as_bytes()))
        .collect()
}

/// Where the BasicOCSPResponse starts in the file, so inner errors name the
/// file's byte: OCSPResponse { status, [0] { ResponseBytes { type, OCTET
/// STRING } } }.
fn basic_offset(der: &[u8]) -> usize {
    use crate::inspect::tlv;
    let octets = || {
        let (outer, _) = tlv::read(der, 0).ok()?;
        let explicit = outer.children().nth(1)?.ok()?;
        let bytes = explicit.children().next()?.ok()?;
        bytes.children().nth(1)?.ok()
    };
    octets().map_or(0, |o| o.value_offset)
}

/// A `der` error in words, at the file's byte `base + position`.
pub fn der_words(e: der::Error, base: usize) -> String {
    let what = match e.kind() {
        ErrorKind::Incomplete {
            expected_len,
            actual_len,
        } => format!(
            "the data ends early: {expected_len} bytes were expected but only {actual_len} are there (truncated?)"
        ),
        ErrorKind::TagUnexpected {
            expected: Some(expected),
            actual,
        } => format!("expected {expected} but found {actual}"),
        ErrorKind::TagUnexpected {
            expected: None,
            actual,
        } => format!("{actual} is not expected here"),
        ErrorKind::Length { tag } => format!("{tag} has a wrong length"),
        ErrorKind::Value { tag } => format!("{tag} holds a value that is not allowed"),
        ErrorKind::Noncanonical { tag } => format!("{tag} is not encoded as DER requires"),
        ErrorKind::DateTime => {
            "a time is not a GeneralizedTime of the form YYYYMMDDHHMMSSZ".to_string()
        }
        ErrorKind::TrailingData { remaining, .. } => {
            format!("{remaining} unexpected bytes follow the end of a structure")
        }
        ErrorKind::OidMalformed => "an object identifier is malformed".to_string(),
        other => other.to_string(),
    };
    match e.position().and_then(|p| usize::try_from(p).ok()) {
        Some(p) => format!("{what} (at byte {})", base.saturating_add(p)),
        None => what,
    }
}
