//! The OCSP response as RFC 6960 writes it: one `der`-derived type per ASN.1
//! production, borrowing from the staple's bytes.
//!
//! The RFC's module uses `DEFINITIONS EXPLICIT TAGS` (RFC 6960 Appendix B.1),
//! so a bare `[n]` below is EXPLICIT. Three leaf types are read by hand
//! instead of with `der`'s own, because real staples break `der`'s rules:
//! [`Time`] (GeneralizedTime with fractional seconds, which `der` rejects),
//! [`Serial`] (serial numbers are kept as encoded, even when not minimal or
//! negative, so they print as the certificate's do) and [`Enumerated`]
//! (response statuses and revocation reasons outside the RFC's list must be
//! shown as numbers, not refused).
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::time::Timestamp;
use der::asn1::{AnyRef, BitStringRef, Null, ObjectIdentifier, OctetStringRef};
use der::{
    Choice, DecodeValue, EncodeValue, ErrorKind, FixedTag, Header, Length, Reader, Sequence, Tag,
    Writer,
};

/// `id-pkix-ocsp-basic` (RFC 6960 §4.2.1): the only response type servers
/// staple.
pub const ID_PKIX_OCSP_BASIC: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.48.1.1");

/// RFC 6960 §4.2.1:
///
/// ```text
/// OCSPResponse ::= SEQUENCE {
///    responseStatus         OCSPResponseStatus,
///    responseBytes          [0] EXPLICIT ResponseBytes OPTIONAL }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct OcspResponse<'a> {
    pub response_status: Enumerated,
    #[asn1(context_specific = "0", optional = "true")]
    pub response_bytes: Option<ResponseBytes<'a>>,
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// ResponseBytes ::=       SEQUENCE {
///     responseType   OBJECT IDENTIFIER,
///     response       OCTET STRING }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct ResponseBytes<'a> {
    pub response_type: ObjectIdentifier,
    pub response: OctetStringRef<'a>,
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// BasicOCSPResponse       ::= SEQUENCE {
///    tbsResponseData      ResponseData,
///    signatureAlgorithm   AlgorithmIdentifier,
///    signature            BIT STRING,
///    certs            [0] EXPLICIT SEQUENCE OF Certificate OPTIONAL }
/// ```
///
/// The certificates are kept whole ([`AnyRef`]) and decoded by the
/// certificate model like any other.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct BasicOcspResponse<'a> {
    pub tbs_response_data: ResponseData<'a>,
    pub signature_algorithm: AlgorithmIdentifier<'a>,
    pub signature: BitStringRef<'a>,
    #[asn1(context_specific = "0", optional = "true")]
    pub certs: Option<Vec<AnyRef<'a>>>,
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// ResponseData ::= SEQUENCE {
///    version              [0] EXPLICIT Version DEFAULT v1,
///    responderID              ResponderID,
///    producedAt               GeneralizedTime,
///    responses                SEQUENCE OF SingleResponse,
///    responseExtensions   [1] EXPLICIT Extensions OPTIONAL }
///
/// Version ::= INTEGER { v1(0) }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct ResponseData<'a> {
    #[asn1(context_specific = "0", default = "Default::default")]
    pub version: u8,
    pub responder_id: ResponderId<'a>,
    pub produced_at: Time,
    pub responses: Vec<SingleResponse<'a>>,
    #[asn1(context_specific = "1", optional = "true")]
    pub response_extensions: Option<Vec<Extension<'a>>>,
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// ResponderID ::= CHOICE {
///    byName   [1] Name,
///    byKey    [2] KeyHash }
///
/// KeyHash ::= OCTET STRING -- SHA-1 hash of responder's public key
///                          -- (excluding the tag and length fields)
/// ```
///
/// `Name` (RFC 5280 §4.1.2.4) is kept whole and rendered by the certificate
/// model's RFC 4514 writer.
#[derive(Clone, Debug, Eq, PartialEq, Choice)]
pub enum ResponderId<'a> {
    #[asn1(context_specific = "1", tag_mode = "EXPLICIT", constructed = "true")]
    ByName(AnyRef<'a>),
    #[asn1(context_specific = "2", tag_mode = "EXPLICIT", constructed = "true")]
    ByKey(OctetStringRef<'a>),
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// SingleResponse ::= SEQUENCE {
///    certID                       CertID,
///    certStatus                   CertStatus,
///    thisUpdate                   GeneralizedTime,
///    nextUpdate         [0]       EXPLICIT GeneralizedTime OPTIONAL,
///    singleExtensions   [1]       EXPLICIT Extensions OPTIONAL }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct SingleResponse<'a> {
    pub cert_id: CertId<'a>,
    pub cert_status: CertStatus,
    pub this_update: Time,
    #[asn1(context_specific = "0", optional = "true")]
    pub next_update: Option<Time>,
    #[asn1(context_specific = "1", optional = "true")]
    pub single_extensions: Option<Vec<Extension<'a>>>,
}

/// RFC 6960 §4.1.1:
///
/// ```text
/// CertID          ::=     SEQUENCE {
///     hashAlgorithm       AlgorithmIdentifier,
///     issuerNameHash      OCTET STRING, -- Hash of issuer's DN
///     issuerKeyHash       OCTET STRING, -- Hash of issuer's public key
///     serialNumber        CertificateSerialNumber }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct CertId<'a> {
    pub hash_algorithm: AlgorithmIdentifier<'a>,
    pub issuer_name_hash: OctetStringRef<'a>,
    pub issuer_key_hash: OctetStringRef<'a>,
    pub serial_number: Serial<'a>,
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// CertStatus ::= CHOICE {
///     good        [0]     IMPLICIT NULL,
///     revoked     [1]     IMPLICIT RevokedInfo,
///     unknown     [2]     IMPLICIT UnknownInfo }
///
/// UnknownInfo ::= NULL
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Choice)]
pub enum CertStatus {
    #[asn1(context_specific = "0", tag_mode = "IMPLICIT")]
    Good(Null),
    #[asn1(context_specific = "1", tag_mode = "IMPLICIT", constructed = "true")]
    Revoked(RevokedInfo),
    #[asn1(context_specific = "2", tag_mode = "IMPLICIT")]
    Unknown(Null),
}

/// RFC 6960 §4.2.1:
///
/// ```text
/// RevokedInfo ::= SEQUENCE {
///     revocationTime              GeneralizedTime,
///     revocationReason    [0]     EXPLICIT CRLReason OPTIONAL }
/// ```
///
/// `CRLReason` is RFC 5280 §5.3.1's ENUMERATED; see [`crl_reason_name`].
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct RevokedInfo {
    pub revocation_time: Time,
    #[asn1(context_specific = "0", optional = "true")]
    pub revocation_reason: Option<Enumerated>,
}

/// RFC 5280 §4.1.1.2:
///
/// ```text
/// AlgorithmIdentifier  ::=  SEQUENCE  {
///      algorithm               OBJECT IDENTIFIER,
///      parameters              ANY DEFINED BY algorithm OPTIONAL  }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct AlgorithmIdentifier<'a> {
    pub algorithm: ObjectIdentifier,
    pub parameters: Option<AnyRef<'a>>,
}

/// RFC 5280 §4.1 (RFC 6960 imports `Extensions` from it):
///
/// ```text
/// Extension  ::=  SEQUENCE  {
///      extnID      OBJECT IDENTIFIER,
///      critical    BOOLEAN DEFAULT FALSE,
///      extnValue   OCTET STRING }
/// ```
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct Extension<'a> {
    pub extn_id: ObjectIdentifier,
    #[asn1(default = "Default::default")]
    pub critical: bool,
    pub extn_value: OctetStringRef<'a>,
}

/// RFC 6960 §4.2.1, `OCSPResponseStatus`, and RFC 5280 §5.3.1, `CRLReason`:
/// an ENUMERATED read as a number so that values the RFCs do not list are
/// shown, not refused.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Enumerated(pub i64);

impl FixedTag for Enumerated {
    const TAG: Tag = Tag::Enumerated;
}

impl<'a> DecodeValue<'a> for Enumerated {
    fn decode_value<R: Reader<'a>>(reader: &mut R, header: Header) -> der::Result<Self> {
        let bytes = reader.read_slice(header.length)?;
        // Eight bytes hold any i64; nothing real needs more than one.
        if bytes.is_empty() || bytes.len() > 8 {
            return Err(Tag::Enumerated.length_error());
        }
        let negative = bytes.first().is_some_and(|b| b & 0x80 != 0);
        let start: i64 = if negative { -1 } else { 0 };
        Ok(Enumerated(
            bytes
                .iter()
                .fold(start, |acc, b| acc.wrapping_shl(8) | i64::from(*b)),
        ))
    }
}

impl EncodeValue for Enumerated {
    fn value_len(&self) -> der::Result<Length> {
        Length::try_from(minimal_twos_complement(self.0).len())
    }
    fn encode_value(&self, writer: &mut impl Writer) -> der::Result<()> {
        writer.write(&minimal_twos_complement(self.0))
    }
}

/// The shortest big-endian two's-complement bytes of `n` (X.690 §8.3.2).
fn minimal_twos_complement(n: i64) -> Vec<u8> {
    let bytes = n.to_be_bytes();
    let mut start: usize = 0;
    while let (Some(a), Some(b)) = (bytes.get(start), bytes.get(start.saturating_add(1))) {
        // A leading 0x00 before a clear top bit, or 0xff before a set one,
        // says nothing.
        if (*a == 0 && b & 0x80 == 0) || (*a == 0xff && b & 0x80 != 0) {
            start = start.saturating_add(1);
        } else {
            break;
        }
    }
    bytes.get(start..).unwrap_or(&bytes).to_vec()
}

/// `CertificateSerialNumber ::= INTEGER` (RFC 5280 §4.1.2.2), its contents
/// kept exactly as encoded.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Serial<'a>(pub &'a [u8]);

impl FixedTag for Serial<'_> {
    const TAG: Tag = Tag::Integer;
}

impl<'a> DecodeValue<'a> for Serial<'a> {
    fn decode_value<R: Reader<'a>>(reader: &mut R, header: Header) -> der::Result<Self> {
        let bytes = reader.read_slice(header.length)?;
        if bytes.is_empty() {
            return Err(Tag::Integer.length_error());
        }
        Ok(Serial(bytes))
    }
}

impl EncodeValue for Serial<'_> {
    fn value_len(&self) -> der::Result<Length> {
        Length::try_from(self.0.len())
    }
    fn encode_value(&self, writer: &mut impl Writer) -> der::Result<()> {
        writer.write(self.0)
    }
}

/// `GeneralizedTime` (X.680 §46) as RFC 6960 uses it, in UTC: `YYYYMMDDHHMMSSZ`,
/// with the fractional seconds some responders add (`…SS.123Z`) read and
/// dropped rather than refused (RFC 5280 §4.1.2.5.2 forbids them in
/// certificates, not in OCSP).
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Time(pub Timestamp);

impl FixedTag for Time {
    const TAG: Tag = Tag::GeneralizedTime;
}

impl<'a> DecodeValue<'a> for Time {
    fn decode_value<R: Reader<'a>>(reader: &mut R, header: Header) -> der::Result<Self> {
        let position = reader.position();
        let bytes = reader.read_slice(header.length)?;
        parse_generalized_time(bytes)
            .map(Time)
            .ok_or_else(|| der::Error::new(ErrorKind::DateTime, position))
    }
}

impl EncodeValue for Time {
    fn value_len(&self) -> der::Result<Length> {
        Length::try_from(generalized_time_text(self.0).len())
    }
    fn encode_value(&self, writer: &mut impl Writer) -> der::Result<()> {
        writer.write(generalized_time_text(self.0).as_bytes())
    }
}

/// `YYYYMMDDHHMMSS[.fff]Z` to a timestamp; anything else is `None`.
pub fn parse_generalized_time(bytes: &[u8]) -> Option<Timestamp> {
    let text = std::str::from_utf8(bytes).ok()?;
    let (whole, rest) = (text.get(..14)?, text.get(14..)?);
    if !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = match rest.strip_prefix(['.', ',']) {
        Some(fraction) => {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            fraction.get(digits..)?
        }
        None => rest,
    };
    if rest != "Z" {
        return None;
    }
    let part = |from: usize, to: usize| whole.get(from..to);
    Timestamp::parse_rfc3339(&format!(
        "{}-{}-{}T{}:{}:{}Z",
        part(0, 4)?,
        part(4, 6)?,
        part(6, 8)?,
        part(8, 10)?,
        part(10, 12)?,
        part(12, 14)?
    ))
}

fn generalized_time_text(at: Timestamp) -> String {
    at.rfc3339().replace(['-', 'T', ':'], "")
}

/// RFC 5280 §5.3.1:
///
/// ```text
/// CRLReason ::= ENUMERATED {
///      unspecified             (0),
///      keyCompromise           (1),
///      cACompromise            (2),
///      affiliationChanged      (3),
///      superseded              (4),
///      cessationOfOperation    (5),
///      certificateHold         (6),
///           -- value 7 is not used
///      removeFromCRL           (8),
///      privilegeWithdrawn      (9),
///      aACompromise           (10) }
/// ```
pub fn crl_reason_name(value: i64) -> String {
    match value {
        0 => "unspecified",
        1 => "keyCompromise",
        2 => "cACompromise",
        3 => "affiliationChanged",
        4 => "superseded",
        5 => "cessationOfOperation",
        6 => "certificateHold",
        8 => "removeFromCRL",
        9 => "privilegeWithdrawn",
        10 => "aACompromise",
        n => return format!("unknown ({n})"),
    }
    .to_string()
}

/// RFC 6960 §4.2.1:
///
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
pub fn response_status_name(value: i64) -> String {
    match value {
        0 => "successful",
        1 => "malformedRequest",
        2 => "internalError",
        3 => "tryLater",
        5 => "sigRequired",
        6 => "unauthorized",
        n => return format!("unknown ({n})"),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::{Decode, Encode};

    #[test]
    fn times_with_fractions_are_read() {
        // (GeneralizedTime contents, expected, where such times come from)
        let table = [
            (
                &b"20261122000000Z"[..],
                Some("2026-11-22T00:00:00Z"),
                "OpenSSL responders",
            ),
            (
                b"20261122000000.5Z",
                Some("2026-11-22T00:00:00Z"),
                "Microsoft OCSP responder",
            ),
            (
                b"20261122000000.123456Z",
                Some("2026-11-22T00:00:00Z"),
                "EJBCA with millis",
            ),
            (b"20261122000000", None, "local time is not allowed"),
            (b"20261122000000+0100", None, "offsets are not allowed"),
            (b"2026112200000Z", None, "one digit short"),
            (b"20261322000000Z", None, "month 13"),
            (b"20261122000000.Z", None, "empty fraction"),
        ];
        for (bytes, want, why) in table {
            assert_eq!(
                parse_generalized_time(bytes).map(|t| t.rfc3339()),
                want.map(str::to_string),
                "{why}"
            );
        }
    }

    #[test]
    fn enumerated_round_trips() {
        for n in [0, 1, 7, 127, 128, 255, 256, -1, -128, -129] {
            let der = Enumerated(n).to_der().unwrap();
            assert_eq!(Enumerated::from_der(&der).unwrap(), Enumerated(n), "{n}");
        }
        assert_eq!(minimal_twos_complement(128), vec![0x00, 0x80]);
        assert_eq!(minimal_twos_complement(-1), vec![0xff]);
    }
}
