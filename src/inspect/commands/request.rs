//! The OCSP request certscope builds in the page, byte for byte what
//! `openssl ocsp -no_nonce -issuer issuer.pem -cert leaf.pem -reqout` writes:
//! one SHA-1 CertID, no nonce, no requestor name, unsigned. Responders and
//! CDNs cache by request, and this is the request they see most.
//!
//! The RFC's module uses `DEFINITIONS EXPLICIT TAGS` (RFC 6960 Appendix B.1),
//! so a bare `[n]` below is EXPLICIT.
//!
//! [`CertId`], [`AlgorithmIdentifier`] and [`Serial`] are the staple
//! decoder's types (`staple::asn1`): one set of types for both directions.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::issuance;
pub use crate::inspect::staple::asn1::{AlgorithmIdentifier, CertId, Serial};
use der::asn1::{AnyRef, ObjectIdentifier, OctetStringRef};
use der::{Encode as _, Sequence};

/// `id-sha1` (RFC 3279 §2.2.1): the CertID hash OpenSSL and nginx use by
/// default, and the one every responder answers.
pub const ID_SHA1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.14.3.2.26");

/// RFC 6960 §4.1.1:
///
/// ```text
/// OCSPRequest ::= SEQUENCE {
///     tbsRequest                  TBSRequest,
///     optionalSignature   [0]     EXPLICIT Signature OPTIONAL }
/// ```
///
/// certscope never signs requests, so the signature is kept whole.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct OcspRequest<'a> {
    pub tbs_request: TbsRequest<'a>,
    #[asn1(context_specific = "0", optional = "true")]
    pub optional_signature: Option<AnyRef<'a>>,
}

/// RFC 6960 §4.1.1:
///
/// ```text
/// TBSRequest ::= SEQUENCE {
///     version             [0]     EXPLICIT Version DEFAULT v1,
///     requestorName       [1]     EXPLICIT GeneralName OPTIONAL,
///     requestList                 SEQUENCE OF Request,
///     requestExtensions   [2]     EXPLICIT Extensions OPTIONAL }
///
/// Version ::= INTEGER { v1(0) }
/// ```
///
/// The requestor name and the extensions (the nonce) are kept whole: a
/// cacheable request has neither.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct TbsRequest<'a> {
    #[asn1(context_specific = "0", default = "Default::default")]
    pub version: u8,
    #[asn1(context_specific = "1", optional = "true")]
    pub requestor_name: Option<AnyRef<'a>>,
    pub request_list: Vec<Request<'a>>,
    #[asn1(context_specific = "2", optional = "true")]
    pub request_extensions: Option<AnyRef<'a>>,
}

/// RFC 6960 §4.1.1:
///
/// ```text
/// Request ::= SEQUENCE {
///     reqCert                     CertID,
///     singleRequestExtensions     [0] EXPLICIT Extensions OPTIONAL }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct Request<'a> {
    pub req_cert: CertId<'a>,
    #[asn1(context_specific = "0", optional = "true")]
    pub single_request_extensions: Option<AnyRef<'a>>,
}

/// The DER OCSPRequest for `leaf`, issued by `issuer`: byte-identical to
/// `openssl ocsp -no_nonce -issuer issuer.pem -cert leaf.pem -reqout`.
///
/// `None` only when a certificate's DER lacks a part the CertID needs,
/// which cannot happen for a certificate the model decoded.
pub fn build_ocsp_request(leaf: &Certificate, issuer: &Certificate) -> Option<Vec<u8>> {
    // The one CertID hashing of the core (RFC 6960 §4.1.1), shared with the
    // staple judge.
    let (name_hash, key_hash) = issuance::cert_id_hashes(issuer, "sha1")?;
    let serial = Some(leaf.serial_der()).filter(|s| !s.is_empty())?;
    sha1_request(&name_hash, &key_hash, serial)?.to_der().ok()
}

/// The request `openssl ocsp -no_nonce` sends for one certificate: one
/// SHA-1 CertID, no extensions, no signature.
fn sha1_request<'a>(
    issuer_name_hash: &'a [u8],
    issuer_key_hash: &'a [u8],
    serial: &'a [u8],
) -> Option<OcspRequest<'a>> {
    Some(OcspRequest {
        tbs_request: TbsRequest {
            version: 0,
            requestor_name: None,
            request_list: vec![Request {
                req_cert: CertId {
                    hash_algorithm: AlgorithmIdentifier {
                        algorithm: ID_SHA1,
                        // OpenSSL writes the NULL parameters (RFC 3279 says
                        // either form is fine; byte identity says this one).
                        parameters: Some(AnyRef::NULL),
                    },
                    issuer_name_hash: OctetStringRef::new(issuer_name_hash).ok()?,
                    issuer_key_hash: OctetStringRef::new(issuer_key_hash).ok()?,
                    serial_number: Serial(serial),
                },
                single_request_extensions: None,
            }],
            request_extensions: None,
        },
        optional_signature: None,
    })
}

/// How to send a request over HTTP (RFC 6960 Appendix A.1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Transport {
    /// `GET {url}/{url-encoding of base-64 encoding of the DER}`: the whole
    /// URL, which HTTP caches and CDNs can serve.
    Get(String),
    /// `POST` the DER to the responder URL with
    /// `Content-Type: application/ocsp-request`.
    Post(String),
}

/// RFC 6960 Appendix A.1: "requests that after encoding are less than 255
/// bytes MAY be submitted using the GET method"; larger ones use POST.
/// certscope counts the whole GET URL. Servers differ (issue 26 point 17):
/// nginx always uses GET, with no limit (`ngx_ssl_ocsp_create_request()`);
/// HAProxy's ocsp-update uses GET while the DER request plus the responder
/// URL are under 255 bytes (`ssl_ocsp_create_request_details()`).
pub const MAX_GET_URL_BYTES: usize = 254;

/// GET when the URL stays under 255 bytes, else POST.
pub fn transport(responder: &str, request_der: &[u8]) -> Transport {
    let url = get_url(responder, request_der);
    if url.len() <= MAX_GET_URL_BYTES {
        Transport::Get(url)
    } else {
        Transport::Post(responder.to_string())
    }
}

/// The GET URL: the responder URL, one `/` (not doubled when the URL ends
/// with one, as nginx does), then the base64 of the DER with `+`, `/` and
/// `=` percent-encoded, since they mean something in a URL path.
pub fn get_url(responder: &str, request_der: &[u8]) -> String {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(request_der);
    let mut url = String::with_capacity(
        responder
            .len()
            .saturating_add(encoded.len().saturating_mul(3)),
    );
    url.push_str(responder);
    if !responder.ends_with('/') {
        url.push('/');
    }
    for c in encoded.chars() {
        match c {
            '+' => url.push_str("%2B"),
            '/' => url.push_str("%2F"),
            '=' => url.push_str("%3D"),
            c => url.push(c),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Decode as _;

    #[test]
    fn requests_decode_back_into_the_same_types() {
        // A request with a negative, non-minimal serial still round-trips:
        // the serial is copied, never normalised.
        let request = sha1_request(&[1; 20], &[2; 20], &[0xff, 0x80]).unwrap();
        let der = request.to_der().unwrap();
        assert_eq!(OcspRequest::from_der(&der).unwrap(), request);
    }
}
