//! The certificate model: everything a person or a script reads about one
//! certificate, owned and display-ready, decoded once from DER.
//!
//! Lenient reading, strict findings: an extension that does not parse is kept
//! and marked malformed, and the certificate is still shown (x509-parser
//! hands it over as `ParsedExtension::ParseError`).
//!
//! Layer: model. Imports base and model modules only.

mod fields;
mod lenient;
mod model;

/// RFC 4514 §2.4 escaping (also used for names read from OpenSSL text).
pub(crate) use crate::inspect::dn::escape_rfc4514;
pub use fields::{rfc4514, serial_hex};
pub use model::{Attribute, Certificate, CertificateError, Extension, PublicKeyInfo, Spans};

use crate::inspect::names::oid_or_dotted;
use crate::inspect::time::Timestamp;
use x509_parser::prelude::{FromDer, X509Certificate};

impl Certificate {
    /// Decodes one certificate: strictly with x509-parser, else leniently as
    /// OpenSSL reads it (see [`lenient`]), with the defects named.
    pub fn from_der(der: &[u8]) -> Result<Certificate, CertificateError> {
        let (rest, cert) = match X509Certificate::from_der(der) {
            Ok(parsed) => parsed,
            Err(e) => {
                let words = format!("not a valid X.509 certificate: {}", fields::x509_words(&e));
                return lenient::read(der, &words).ok_or(CertificateError(words));
            }
        };
        let der = der
            .get(..der.len().saturating_sub(rest.len()))
            .unwrap_or(der);
        let tbs = &cert.tbs_certificate;
        let subject = fields::name(tbs.subject());
        // A root's issuer is its subject, byte for byte: read it once.
        let issuer = if tbs.issuer().as_raw() == tbs.subject().as_raw() {
            subject.clone()
        } else {
            fields::name(tbs.issuer())
        };
        let head = model::Head {
            subject,
            issuer,
            serial: serial_hex(tbs.raw_serial()),
            not_before: Timestamp(tbs.validity().not_before.timestamp()),
            not_after: Timestamp(tbs.validity().not_after.timestamp()),
            version: tbs.version().0.saturating_add(1),
            public_key: fields::public_key_summary(cert.public_key()),
            signature_algorithm: oid_or_dotted(&cert.signature_algorithm.algorithm.to_id_string()),
            defects: lenient::time_defects(der),
            spans: model::Spans::of(
                der,
                &model::Parts {
                    serial: tbs.raw_serial(),
                    issuer: tbs.issuer().as_raw(),
                    subject: tbs.subject().as_raw(),
                    spki: tbs.subject_pki.raw,
                    key_bits: &tbs.subject_pki.subject_public_key.data,
                },
            ),
        };
        let mut model = Certificate::new(head, der);
        for ext in tbs.extensions() {
            model.add_extension(
                ext.oid.to_id_string(),
                ext.critical,
                ext.parsed_extension(),
                ext.value,
            );
        }
        Ok(model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lenient reader, used when x509-parser refuses a certificate,
    /// reads the same fields (and records the same spans) as the strict one
    /// from every certificate of the test PKI and of the names fixtures.
    #[test]
    fn the_lenient_reader_agrees_with_the_strict_one() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut compared = 0;
        for dir in ["pki", "names"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "pem") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let body: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
                use base64::Engine as _;
                let der = base64::engine::general_purpose::STANDARD
                    .decode(body)
                    .unwrap();
                let strict = Certificate::from_der(&der).unwrap();
                let mut lenient = lenient::read(&der, "refused").unwrap();
                // The strict reader names only time defects; the lenient one
                // says "refused" when it finds none of its own.
                lenient.defects.retain(|d| d != "refused");
                assert_eq!(lenient, strict, "{}", path.display());
                // Both readers record the same parts (spans are compared
                // above); they are the parts a DER walk finds.
                let spki = crate::inspect::signature::certificate_spki(&der).unwrap();
                assert_eq!(strict.spki(), spki, "{}", path.display());
                assert!(spki.ends_with(strict.key_bits()), "{}", path.display());
                assert!(!strict.key_bits().is_empty() && !strict.serial_der().is_empty());
                assert!(
                    strict.subject_der().first() == Some(&0x30),
                    "{}",
                    path.display()
                );
                compared += 1;
            }
        }
        assert!(compared > 20, "{compared}");
    }

    #[test]
    fn serials_as_the_report_promises() {
        // (DER INTEGER contents, report form)
        let table: [(&[u8], &str); 6] = [
            (&[0x10, 0x01], "1001"),
            (&[0x00, 0x80], "80"),
            (&[0x00], "0"),
            (&[0xff], "-1"),
            (&[0x80], "-80"),
            (&[0xfe, 0xff], "-101"),
        ];
        for (raw, want) in table {
            assert_eq!(serial_hex(raw), want, "{raw:02x?}");
        }
    }
}
