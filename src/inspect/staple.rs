//! OCSP responses (staples), RFC 6960.
//!
//! The foundation reads the outer `OCSPResponse` and its status; the full
//! decoding of `BasicOCSPResponse` and the judgement against the chain build
//! on this.

use crate::inspect::tlv;
use serde::Serialize;

/// One decoded OCSP response.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Staple {
    /// `successful`, `malformedRequest`, … or `unknown (7)`.
    pub response_status: String,
    /// `der` for binary staples, `text` for ones read from OpenSSL output.
    pub source: &'static str,
    /// Which input it came from.
    pub input: usize,
    /// The DER, kept for share links and re-analysis.
    #[serde(skip)]
    pub der: Vec<u8>,
}

/// RFC 6960 §4.2.1:
/// ```text
/// OCSPResponseStatus ::= ENUMERATED {
///     successful            (0),  -- Response has valid confirmations
///     malformedRequest      (1),  -- Illegal confirmation request
///     internalError         (2),  -- Internal error in issuer
///     tryLater              (3),  -- Try again later
///                                 -- (4) is not used
///     sigRequired           (5),  -- Must sign the request
///     unauthorized          (6)   -- Request unauthorized
/// }
/// ```
pub fn status_name(value: &[u8]) -> String {
    match value {
        [0] => "successful".to_string(),
        [1] => "malformedRequest".to_string(),
        [2] => "internalError".to_string(),
        [3] => "tryLater".to_string(),
        [5] => "sigRequired".to_string(),
        [6] => "unauthorized".to_string(),
        [n] => format!("unknown ({n})"),
        _ => "unknown".to_string(),
    }
}

/// Decodes the outer OCSPResponse.
pub fn decode(der: &[u8], input: usize) -> Result<Staple, String> {
    let (outer, _) = tlv::read(der, 0).map_err(|e| e.to_string())?;
    let status = outer
        .children()
        .next()
        .and_then(Result::ok)
        .filter(|t| t.tag == tlv::TAG_ENUMERATED)
        .ok_or("OCSP response has no responseStatus")?;
    Ok(Staple {
        response_status: status_name(status.value),
        source: "der",
        input,
        der: der.to_vec(),
    })
}
