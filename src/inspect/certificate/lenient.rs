//! A second, lenient reading of a certificate x509-parser refuses: what
//! OpenSSL reads is shown, with the defect named. x509-parser is strict DER
//! where OpenSSL is not (a UTCTime without seconds or with a time-zone
//! offset, a GeneralizedTime with fractions of a second); an admin holding
//! such a certificate still needs its names, dates, key ids and URLs.
//!
//! The TBSCertificate is walked with [`tlv`] (RFC 5280 §4.1):
//!
//! ```text
//! TBSCertificate ::= SEQUENCE {
//!     version         [0]  EXPLICIT Version DEFAULT v1,
//!     serialNumber         CertificateSerialNumber,
//!     signature            AlgorithmIdentifier,
//!     issuer               Name,
//!     validity             Validity,
//!     subject              Name,
//!     subjectPublicKeyInfo SubjectPublicKeyInfo,
//!     issuerUniqueID  [1]  IMPLICIT UniqueIdentifier OPTIONAL,
//!     subjectUniqueID [2]  IMPLICIT UniqueIdentifier OPTIONAL,
//!     extensions      [3]  EXPLICIT Extensions OPTIONAL }
//! ```
//!
//! and each part that is well formed on its own (the public key, each
//! extension) is handed to x509-parser.
//!
//! Layer: model. Imports base and model modules only.

use super::fields::{public_key_summary, serial_hex};
use super::model::{Certificate, Head, Parts, Spans};
use crate::inspect::dn;
use crate::inspect::names::oid_or_dotted;
use crate::inspect::time::parse_x509_time;
use crate::inspect::tlv;
use x509_parser::extensions::X509Extension;
use x509_parser::prelude::FromDer;
use x509_parser::x509::SubjectPublicKeyInfo;

/// Validity times spelled as OpenSSL accepts and RFC 5280 §4.1.2.5 forbids
/// (x509-parser accepts them too): one defect each.
pub(super) fn time_defects(der: &[u8]) -> Vec<String> {
    let validity = tlv::read(der, 0)
        .ok()
        .and_then(|(outer, _)| outer.children().next()?.ok())
        .and_then(|tbs| {
            tbs.children()
                .map_while(Result::ok)
                .skip_while(|f| f.tag == tlv::context(0))
                .nth(3)
        });
    let Some([not_before, not_after]) = validity.and_then(|v| v.first_children::<2>()) else {
        return Vec::new();
    };
    [(not_before, "notBefore"), (not_after, "notAfter")]
        .into_iter()
        .filter_map(|(t, which)| {
            let (_, defect) = parse_x509_time(t.tag, t.value)?;
            Some(format!("{which}: {}", defect?))
        })
        .collect()
}

/// The certificate as far as it can be read, and what is wrong with it
/// (at least one defect: the caller only asks when x509-parser refused).
pub(super) fn read(der: &[u8], strict_error: &str) -> Option<Certificate> {
    let (outer, _) = tlv::read(der, 0).ok()?;
    if outer.tag != tlv::TAG_SEQUENCE {
        return None;
    }
    let der = outer.raw;
    let [tbs, signature_algorithm, _] = outer.first_children::<3>()?;
    if tbs.tag != tlv::TAG_SEQUENCE {
        return None;
    }
    // Only as lenient as OpenSSL: the structure (every header, every length
    // inside its parent) must be sound; only the spelling of values may be
    // off.
    let fields: Vec<tlv::Tlv<'_>> = tbs.children().collect::<Result<_, _>>().ok()?;
    let mut fields = fields.into_iter().peekable();
    let version = match fields.peek() {
        Some(v) if v.tag == tlv::context(0) => {
            let v = fields.next()?;
            let [int] = v.first_children::<1>()?;
            int.value
                .first()
                .map_or(1, |b| u32::from(*b).saturating_add(1))
        }
        _ => 1,
    };
    let serial = fields.next().filter(|f| f.tag == tlv::TAG_INTEGER)?;
    let _signature = fields.next()?;
    let issuer_field = fields.next()?;
    let issuer = dn::decode(issuer_field.raw).ok()?;
    let validity = fields.next().filter(|f| f.tag == tlv::TAG_SEQUENCE)?;
    let subject_field = fields.next()?;
    let subject = dn::decode(subject_field.raw).ok()?;
    let spki = fields.next().filter(|f| f.tag == tlv::TAG_SEQUENCE)?;

    let mut defects = Vec::new();
    let [not_before, not_after] = validity.first_children::<2>()?;
    let mut time = |t: tlv::Tlv<'_>, which: &str| {
        let (at, defect) = parse_x509_time(t.tag, t.value)?;
        if let Some(d) = defect {
            defects.push(format!("{which}: {d}"));
        }
        Some(at)
    };
    let not_before = time(not_before, "notBefore")?;
    let not_after = time(not_after, "notAfter")?;

    let public_key = SubjectPublicKeyInfo::from_der(spki.raw)
        .map(|(_, k)| public_key_summary(&k))
        .ok()?;
    let algorithm_oid = signature_algorithm
        .first_children::<1>()
        .filter(|[oid]| oid.tag == tlv::TAG_OID)
        .and_then(|[oid]| der::asn1::ObjectIdentifier::from_bytes(oid.value).ok())
        .map(|o| o.to_string())
        .unwrap_or_default();

    let head = Head {
        subject,
        issuer,
        serial: serial_hex(serial.value),
        not_before,
        not_after,
        version,
        public_key,
        signature_algorithm: oid_or_dotted(&algorithm_oid),
        defects: Vec::new(),
        spans: Spans::of(
            der,
            &Parts {
                serial: serial.value,
                issuer: issuer_field.raw,
                subject: subject_field.raw,
                spki: spki.raw,
                key_bits: key_bits(&spki).unwrap_or_default(),
            },
        ),
    };
    let mut model = Certificate::new(head, der);
    for field in fields.filter(|f| f.tag == tlv::context(3)) {
        let Some([list]) = field.first_children::<1>() else {
            continue;
        };
        let extensions: Vec<tlv::Tlv<'_>> = list.children().collect::<Result<_, _>>().ok()?;
        for ext in extensions {
            // An extension that is not (OID, critical, OCTET STRING) makes
            // OpenSSL refuse the whole certificate; so does certscope.
            let (_, parsed) = X509Extension::from_der(ext.raw).ok()?;
            model.add_extension(
                parsed.oid.to_id_string(),
                parsed.critical,
                parsed.parsed_extension(),
                parsed.value,
            );
        }
    }
    if defects.is_empty() {
        defects.push(strict_error.to_string());
    }
    model.defects = defects;
    Some(model)
}

/// The subjectPublicKey bits of a SubjectPublicKeyInfo, without the
/// unused-bits byte.
fn key_bits<'a>(spki: &tlv::Tlv<'a>) -> Option<&'a [u8]> {
    let [_, bits] = spki.first_children::<2>()?;
    (bits.tag == tlv::TAG_BIT_STRING).then_some(bits.value.get(1..)?)
}
