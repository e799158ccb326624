//! OCSP responses (staples), RFC 6960: what the file says, whom it is for,
//! who signed it, whether it is still fresh, and what nginx and HAProxy would
//! do with it.
//!
//! - [`asn1`]: the RFC's types, derived with `der`.
//! - [`model`]: the display-ready staple and the verdicts attached to it.
//! - this module: [`decode`] for DER staples.
//! - [`text`]: staples printed by OpenSSL (`s_client -status`, `ocsp -text`).
//! - [`judge`]: matching to certificates, signer authority, freshness and
//!   findings. It needs every certificate of the analysis, so the report
//!   runs it after all inputs are read.
//! - [`servers`]: what nginx, HAProxy and Apache do with the staple.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

pub mod asn1;
pub mod judge;
pub mod model;
pub mod servers;
pub mod text;

use crate::inspect::certificate::{rfc4514, serial_hex};
use crate::inspect::names::oid_or_dotted;
use crate::inspect::text::hex;
use der::{Decode as _, Encode as _, ErrorKind};
use x509_parser::prelude::{FromDer as _, X509Name};

pub use crate::inspect::freshness::Freshness;
pub use judge::judge;
pub use model::*;

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
        issuer_hashes: Some((
            id.issuer_name_hash.as_bytes().to_vec(),
            id.issuer_key_hash.as_bytes().to_vec(),
        )),
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
