//! A CRL's revoked entries: walked without allocating per entry, so a
//! million-entry CRL is read in milliseconds, and decoded in full one at a
//! time.
//!
//! ```text
//! revokedCertificates     SEQUENCE OF SEQUENCE  {
//!      userCertificate         CertificateSerialNumber,
//!      revocationDate          Time,
//!      crlEntryExtensions      Extensions OPTIONAL }
//! ```
//! Entry extensions (RFC 5280 §5.3): reasonCode (2.5.29.21), invalidityDate
//! (2.5.29.24), certificateIssuer (2.5.29.29, indirect CRLs: it names the
//! issuer of this entry and of every following one until the next).
//!
//! Layer: model. Imports base and model modules only.

use super::fields::{time, CrlError};
use crate::inspect::certificate::{rfc4514, serial_hex};
use crate::inspect::dn::{canonical, Canonical};
use crate::inspect::staple::asn1::crl_reason_name;
use crate::inspect::time::Timestamp;
use crate::inspect::tlv::{self, Children, Tlv};
use serde::{Deserialize, Serialize};
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;

// Entry extensions by their DER contents rather than as der's
// ObjectIdentifier: they are compared for every entry of CRLs with millions,
// where parsing each OID would cost. A test checks they are these OIDs.
const OID_REASON: &[u8] = &[0x55, 0x1d, 0x15];
const OID_INVALIDITY_DATE: &[u8] = &[0x55, 0x1d, 0x18];
const OID_CERTIFICATE_ISSUER: &[u8] = &[0x55, 0x1d, 0x1d];

/// One revoked entry, decoded: what the report lists.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Entry {
    /// Lowercase hex, like a certificate's serial.
    pub serial: String,
    pub revocation_time: Timestamp,
    /// The CRLReason name (`keyCompromise`), when the entry gives one.
    pub reason: Option<String>,
    /// The given certificate this entry revokes: index into `certificates`.
    pub certificate: Option<usize>,
    /// When the key is known or suspected to have been compromised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalidity_date: Option<Timestamp>,
    /// Indirect CRLs: the issuer of the revoked certificate (RFC 4514), when
    /// it is not the CRL's issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_issuer: Option<String>,
}

/// One entry as it lies in the DER.
#[derive(Clone, Copy, Debug)]
pub struct RawEntry<'a> {
    /// The serial INTEGER's contents without redundant leading zero bytes.
    pub serial: &'a [u8],
    pub date: Tlv<'a>,
    pub extensions: Option<Tlv<'a>>,
    /// The certificateIssuer GeneralNames in effect (this entry's or an
    /// earlier one's); `None` means the CRL's issuer.
    pub issuer: Option<Tlv<'a>>,
    /// An unknown critical entry extension: RFC 5280 §5.3 says a client
    /// must not use the CRL to judge this certificate.
    pub unusable: bool,
    /// 1-based position in the list.
    pub number: usize,
}

/// Iterates over revokedCertificates, checking each entry's shape.
pub struct EntryWalk<'a> {
    children: Option<Children<'a>>,
    issuer: Option<Tlv<'a>>,
    number: usize,
    failed: bool,
}

impl<'a> EntryWalk<'a> {
    /// Over the contents of a revokedCertificates SEQUENCE.
    pub fn over(list: &Tlv<'a>) -> Self {
        EntryWalk {
            children: Some(list.children()),
            issuer: None,
            number: 0,
            failed: false,
        }
    }

    /// A CRL with no revokedCertificates.
    pub fn empty() -> Self {
        EntryWalk {
            children: None,
            issuer: None,
            number: 0,
            failed: false,
        }
    }

    fn read(&mut self, element: Tlv<'a>) -> Result<RawEntry<'a>, CrlError> {
        let at = |what: &str, offset: usize| {
            CrlError(format!(
                "revoked entry {}: {what} at DER byte {offset}",
                self.number
            ))
        };
        if element.tag != tlv::TAG_SEQUENCE {
            return Err(at("not a SEQUENCE", element.offset));
        }
        let mut parts = element.children();
        let serial = match parts.next() {
            Some(Ok(s)) if s.tag == tlv::TAG_INTEGER && !s.value.is_empty() => s,
            _ => return Err(at("no serial number INTEGER", element.offset)),
        };
        let date = match parts.next() {
            Some(Ok(d)) if d.tag == tlv::TAG_UTC_TIME || d.tag == tlv::TAG_GENERALIZED_TIME => d,
            _ => return Err(at("no revocation date", serial.offset)),
        };
        let extensions = match parts.next() {
            None => None,
            Some(Ok(e)) if e.tag == tlv::TAG_SEQUENCE => Some(e),
            _ => return Err(at("the entry extensions are not a SEQUENCE", date.offset)),
        };
        if parts.next().is_some() {
            return Err(at("more than three elements", element.offset));
        }
        let mut unusable = false;
        for ext in extensions.iter().flat_map(|e| e.children()) {
            let ext =
                ext.map_err(|e| at(&format!("unreadable extension ({e})"), element.offset))?;
            let Some((oid, critical, value)) = extension_parts(&ext) else {
                return Err(at("malformed entry extension", ext.offset));
            };
            match oid {
                OID_CERTIFICATE_ISSUER => match tlv::read(value, ext.value_offset) {
                    Ok((names, _)) if names.tag == tlv::TAG_SEQUENCE => self.issuer = Some(names),
                    _ => unusable = true,
                },
                OID_REASON | OID_INVALIDITY_DATE => {}
                _ if critical => unusable = true,
                _ => {}
            }
        }
        Ok(RawEntry {
            serial: minimal(serial.value),
            date,
            extensions,
            issuer: self.issuer,
            unusable,
            number: self.number,
        })
    }
}

impl<'a> Iterator for EntryWalk<'a> {
    type Item = Result<RawEntry<'a>, CrlError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let element = match self.children.as_mut()?.next()? {
            Ok(e) => e,
            Err(e) => {
                self.failed = true;
                return Some(Err(CrlError(format!("revokedCertificates: {e}"))));
            }
        };
        self.number = self.number.saturating_add(1);
        let entry = self.read(element);
        self.failed = entry.is_err();
        Some(entry)
    }
}

/// `(OID contents, critical, extnValue contents)` of an Extension.
fn extension_parts<'a>(ext: &Tlv<'a>) -> Option<(&'a [u8], bool, &'a [u8])> {
    let mut parts = ext.children().map_while(Result::ok);
    let oid = parts.next().filter(|o| o.tag == tlv::TAG_OID)?;
    let mut next = parts.next()?;
    let mut critical = false;
    if next.tag == 0x01 {
        critical = next.value.iter().any(|b| *b != 0);
        next = parts.next()?;
    }
    (next.tag == tlv::TAG_OCTET_STRING).then_some((oid.value, critical, next.value))
}

/// An INTEGER's contents without the leading zero bytes a non-minimal
/// encoder may add, so equal serials compare equal as bytes.
pub fn minimal(value: &[u8]) -> &[u8] {
    let mut v = value;
    while let [0, second, ..] = v {
        if second & 0x80 != 0 {
            break;
        }
        v = v.get(1..).unwrap_or_default();
    }
    v
}

impl RawEntry<'_> {
    /// Whose certificate this entry revokes (RFC 5280 §5.3.3): the issuer
    /// the last certificateIssuer named (the first directoryName of its
    /// GeneralNames), or `crl_issuer` when none came before. `None` when
    /// that certificateIssuer names no directoryName: it matches no given
    /// certificate then (they are compared by their issuer's Name).
    pub fn effective_issuer(&self, crl_issuer: &Canonical) -> Option<Canonical> {
        let Some(names) = self.issuer else {
            return Some(crl_issuer.clone());
        };
        names
            .children()
            .map_while(Result::ok)
            .find(|n| n.tag == tlv::context(4))
            .and_then(|dir| dir.children().next()?.ok())
            .map(|name| canonical(name.raw))
    }

    /// The issuer of this entry's certificate when the CRL is indirect and
    /// an entry named one: the first directoryName of certificateIssuer.
    pub fn issuer_name(&self) -> Option<String> {
        let names = self.issuer?;
        names
            .children()
            .map_while(Result::ok)
            .filter_map(|n| GeneralName::from_der(n.raw).ok())
            .find_map(|(_, n)| match n {
                GeneralName::DirectoryName(name) => Some(rfc4514(&name).0),
                _ => None,
            })
            .or_else(|| Some("(a certificate issuer that is not a directory name)".to_string()))
    }

    /// Everything the report shows of this entry.
    pub fn decode(&self, _crl_issuer: &str) -> Entry {
        let mut entry = Entry {
            serial: serial_hex(self.serial),
            revocation_time: time(&self.date).unwrap_or(Timestamp(0)),
            reason: None,
            certificate: None,
            invalidity_date: None,
            certificate_issuer: self.issuer_name(),
        };
        for ext in self
            .extensions
            .iter()
            .flat_map(|e| e.children().map_while(Result::ok))
        {
            let Some((oid, _, value)) = extension_parts(&ext) else {
                continue;
            };
            let Ok((inner, _)) = tlv::read(value, 0) else {
                continue;
            };
            match oid {
                OID_REASON if inner.tag == tlv::TAG_ENUMERATED => {
                    let code = inner
                        .value
                        .iter()
                        .fold(0i64, |acc, b| acc.wrapping_shl(8) | i64::from(*b));
                    entry.reason = Some(crl_reason_name(code));
                }
                OID_INVALIDITY_DATE => entry.invalidity_date = time(&inner),
                _ => {}
            }
        }
        entry
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_extension_oids_are_what_they_say() {
        use der::asn1::ObjectIdentifier as Oid;
        for (bytes, dotted) in [
            (OID_REASON, "2.5.29.21"),
            (OID_INVALIDITY_DATE, "2.5.29.24"),
            (OID_CERTIFICATE_ISSUER, "2.5.29.29"),
        ] {
            assert_eq!(bytes, Oid::new_unwrap(dotted).as_bytes());
        }
    }

    #[test]
    fn minimal_serials() {
        // (INTEGER contents, minimal form, why)
        let table: [(&[u8], &[u8], &str); 4] = [
            (&[0x10, 0x01], &[0x10, 0x01], "already minimal"),
            (&[0x00, 0x80], &[0x00, 0x80], "the zero keeps it positive"),
            (
                &[0x00, 0x00, 0x10],
                &[0x10],
                "non-minimal DER from a sloppy encoder",
            ),
            (&[0x00], &[0x00], "zero itself"),
        ];
        for (raw, want, why) in table {
            assert_eq!(minimal(raw), want, "{why}");
        }
    }
}
