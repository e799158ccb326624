//! The certificate model: everything a person or a script reads about one
//! certificate, owned and display-ready, decoded once from DER.
//!
//! Lenient reading, strict findings: an extension that does not parse is kept
//! and marked malformed, and the certificate is still shown (x509-parser
//! hands it over as `ParsedExtension::ParseError`).

use crate::inspect::dn;
use crate::inspect::names::{oid_name, oid_or_dotted};
use crate::inspect::text::{hex, hex_colons};
use crate::inspect::time::Timestamp;
use crate::inspect::tlv;
use serde::{Deserialize, Serialize};
use sha1::Digest as _;
use x509_parser::der_parser::asn1_rs::{Class, Tag};
use x509_parser::der_parser::error::BerError;
use x509_parser::error::X509Error;
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension};
use x509_parser::nom;
use x509_parser::prelude::{FromDer, X509Certificate, X509Name};
use x509_parser::public_key::PublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

mod lenient;

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

impl Certificate {
    /// Decodes one certificate.
    pub fn from_der(der: &[u8]) -> Result<Certificate, CertificateError> {
        let (rest, cert) = match X509Certificate::from_der(der) {
            Ok(parsed) => parsed,
            Err(e) => {
                let words = format!("not a valid X.509 certificate: {}", x509_words(&e));
                return lenient::read(der, &words).ok_or(CertificateError(words));
            }
        };
        let der = der
            .get(..der.len().saturating_sub(rest.len()))
            .unwrap_or(der);
        let tbs = &cert.tbs_certificate;
        let subject_name = name(tbs.subject());
        let issuer_name = name(tbs.issuer());
        let mut model = Certificate {
            self_issued: subject_name.canonical == issuer_name.canonical,
            subject: subject_name.rfc4514,
            issuer: issuer_name.rfc4514,
            subject_attributes: subject_name.attributes,
            issuer_attributes: issuer_name.attributes,
            subject_canonical: subject_name.canonical,
            issuer_canonical: issuer_name.canonical,
            serial: serial_hex(tbs.raw_serial()),
            not_before: Timestamp(tbs.validity().not_before.timestamp()),
            not_after: Timestamp(tbs.validity().not_after.timestamp()),
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
            version: tbs.version().0.saturating_add(1),
            subject_alt_names: Vec::new(),
            public_key: public_key_summary(cert.public_key()),
            signature_algorithm: oid_or_dotted(&cert.signature_algorithm.algorithm.to_id_string()),
            key_usage: Vec::new(),
            extended_key_usage: Vec::new(),
            extensions: Vec::new(),
            defects: lenient::time_defects(der),
            scts: Vec::new(),
            der: der.to_vec(),
        };
        for ext in tbs.extensions() {
            let value = model.absorb(ext.parsed_extension(), ext.value);
            let oid = ext.oid.to_id_string();
            let malformed = match ext.parsed_extension() {
                ParsedExtension::ParseError { error } => Some(extension_words(error)),
                _ => None,
            };
            model.extensions.push(Extension {
                name: oid_name(&oid).map(str::to_string),
                oid,
                critical: ext.critical,
                value,
                malformed,
            });
        }
        Ok(model)
    }

    /// Short name for lists: the subject's CN, else the whole subject.
    pub fn display_name(&self) -> &str {
        self.subject_attributes
            .iter()
            .rev()
            .find(|a| a.name == "CN")
            .map_or(self.subject.as_str(), |a| a.value.as_str())
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
        end_entity
            && (self.extended_key_usage.is_empty()
                || self
                    .extended_key_usage
                    .iter()
                    .any(|u| u == "serverAuth" || u == "anyExtendedKeyUsage"))
    }

    /// Fills the typed fields from one extension and returns its rendering.
    fn absorb(&mut self, parsed: &ParsedExtension<'_>, raw: &[u8]) -> String {
        match parsed {
            ParsedExtension::BasicConstraints(bc) => {
                self.is_ca = Some(bc.ca);
                self.path_length = bc.path_len_constraint;
                match bc.path_len_constraint {
                    Some(n) => format!("CA: {}, path length {n}", bc.ca),
                    None => format!("CA: {}", bc.ca),
                }
            }
            ParsedExtension::KeyUsage(ku) => {
                let names = [
                    (ku.digital_signature(), "digitalSignature"),
                    (ku.non_repudiation(), "nonRepudiation"),
                    (ku.key_encipherment(), "keyEncipherment"),
                    (ku.data_encipherment(), "dataEncipherment"),
                    (ku.key_agreement(), "keyAgreement"),
                    (ku.key_cert_sign(), "keyCertSign"),
                    (ku.crl_sign(), "cRLSign"),
                    (ku.encipher_only(), "encipherOnly"),
                    (ku.decipher_only(), "decipherOnly"),
                ];
                self.key_usage = names
                    .iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, n)| n.to_string())
                    .collect();
                self.key_usage.join(", ")
            }
            ParsedExtension::ExtendedKeyUsage(eku) => {
                let mut names: Vec<String> = [
                    (eku.any, "anyExtendedKeyUsage"),
                    (eku.server_auth, "serverAuth"),
                    (eku.client_auth, "clientAuth"),
                    (eku.code_signing, "codeSigning"),
                    (eku.email_protection, "emailProtection"),
                    (eku.time_stamping, "timeStamping"),
                    (eku.ocsp_signing, "OCSPSigning"),
                ]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, n)| n.to_string())
                .collect();
                names.extend(eku.other.iter().map(|o| oid_or_dotted(&o.to_id_string())));
                self.extended_key_usage = names;
                self.extended_key_usage.join(", ")
            }
            ParsedExtension::SubjectKeyIdentifier(id) => {
                self.subject_key_id = Some(hex(id.0));
                hex_colons(id.0)
            }
            ParsedExtension::AuthorityKeyIdentifier(aki) => match &aki.key_identifier {
                Some(id) => {
                    self.authority_key_id = Some(hex(id.0));
                    format!("keyid {}", hex_colons(id.0))
                }
                None => "no key identifier (issuer name and serial only)".to_string(),
            },
            ParsedExtension::SubjectAlternativeName(san) => {
                self.subject_alt_names = san.general_names.iter().map(general_name).collect();
                self.subject_alt_names.join(", ")
            }
            ParsedExtension::IssuerAlternativeName(ian) => ian
                .general_names
                .iter()
                .map(general_name)
                .collect::<Vec<_>>()
                .join(", "),
            ParsedExtension::AuthorityInfoAccess(aia) => {
                let mut parts = Vec::new();
                for desc in &aia.accessdescs {
                    let method = desc.access_method.to_id_string();
                    let location = match &desc.access_location {
                        GeneralName::URI(uri) => uri.to_string(),
                        other => general_name(other),
                    };
                    match method.as_str() {
                        "1.3.6.1.5.5.7.48.1" => self.ocsp_urls.push(location.clone()),
                        "1.3.6.1.5.5.7.48.2" => self.ca_issuers_urls.push(location.clone()),
                        _ => {}
                    }
                    parts.push(format!("{}: {location}", oid_or_dotted(&method)));
                }
                parts.join("; ")
            }
            ParsedExtension::CRLDistributionPoints(points) => {
                let mut names = Vec::new();
                for point in points.iter() {
                    if let Some(DistributionPointName::FullName(full)) = &point.distribution_point {
                        for name in full {
                            if let GeneralName::URI(uri) = name {
                                self.crl_urls.push(uri.to_string());
                            }
                            names.push(general_name(name));
                        }
                    }
                }
                names.join(", ")
            }
            ParsedExtension::CertificatePolicies(policies) => policies
                .iter()
                .map(|p| oid_or_dotted(&p.policy_id.to_id_string()))
                .collect::<Vec<_>>()
                .join(", "),
            ParsedExtension::SCT(scts) => {
                self.scts = scts
                    .iter()
                    .map(|s| crate::inspect::sct::Sct::from_parsed(s, self.not_before))
                    .collect();
                format!("{} signed certificate timestamps", scts.len())
            }
            ParsedExtension::ParseError { .. } => format!("malformed ({})", short_hex(raw)),
            _ => self.absorb_unparsed(raw, parsed),
        }
    }

    /// Extensions x509-parser leaves undecoded that certscope reads itself.
    fn absorb_unparsed(&mut self, raw: &[u8], parsed: &ParsedExtension<'_>) -> String {
        let oid = match parsed {
            ParsedExtension::UnsupportedExtension { oid } => oid.to_id_string(),
            ParsedExtension::Unparsed => String::new(),
            _ => return short_hex(raw),
        };
        match oid.as_str() {
            // TLS Feature (RFC 7633): SEQUENCE OF INTEGER; 5 is status_request.
            "1.3.6.1.5.5.7.1.24" => match tls_features(raw) {
                Some(features) => {
                    self.must_staple = features.contains(&5);
                    features
                        .iter()
                        .map(|f| match f {
                            5 => "status_request (OCSP must-staple)".to_string(),
                            17 => "status_request_v2".to_string(),
                            n => format!("feature {n}"),
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                }
                None => format!("malformed ({})", short_hex(raw)),
            },
            // id-pkix-ocsp-nocheck: NULL.
            "1.3.6.1.5.5.7.48.1.5" => {
                "present: relying parties skip revocation checks of this responder".to_string()
            }
            _ => short_hex(raw),
        }
    }
}

/// Hex of an extension value, shortened past 48 bytes.
fn short_hex(raw: &[u8]) -> String {
    match raw.get(..48) {
        Some(head) if raw.len() > 48 => format!("{} … ({} bytes)", hex_colons(head), raw.len()),
        _ => hex_colons(raw),
    }
}

fn tls_features(raw: &[u8]) -> Option<Vec<u32>> {
    let (seq, _) = tlv::read(raw, 0).ok()?;
    if seq.tag != tlv::TAG_SEQUENCE {
        return None;
    }
    seq.children()
        .map(|item| {
            let int = item.ok()?;
            if int.tag != tlv::TAG_INTEGER || int.value.is_empty() || int.value.len() > 3 {
                return None;
            }
            Some(
                int.value
                    .iter()
                    .fold(0u32, |acc, b| (acc << 8) | u32::from(*b)),
            )
        })
        .collect()
}

/// An x509-parser error in words. Its own Display is Rust debug output
/// ("Parsing Error: Der(UnexpectedTag { expected: Some(Tag(16)), actual:
/// Tag(2) })"), which tells an admin nothing.
fn x509_words(e: &nom::Err<X509Error>) -> String {
    match e {
        nom::Err::Incomplete(_) => TRUNCATED.to_string(),
        nom::Err::Error(e) | nom::Err::Failure(e) => match e {
            X509Error::Der(e) => ber_words(e),
            X509Error::NomError(kind) => nom_kind_words(*kind),
            // The rest are worded already: "invalid X.509 name", "invalid date".
            other => other.to_string(),
        },
    }
}

/// A malformed extension's error (x509-parser keeps it as a BER error).
fn extension_words(e: &nom::Err<BerError>) -> String {
    match e {
        nom::Err::Incomplete(_) => TRUNCATED.to_string(),
        nom::Err::Error(e) | nom::Err::Failure(e) => ber_words(e),
    }
}

const TRUNCATED: &str = "the data ends early (truncated?)";

fn ber_words(e: &BerError) -> String {
    match e {
        BerError::BerTypeError => "an element is not of the expected type".to_string(),
        BerError::BerValueError => "an element holds a value that is not allowed".to_string(),
        BerError::InvalidLength => "an element has a wrong length".to_string(),
        BerError::InvalidValue { tag, msg } => {
            format!(
                "{} holds a value that is not allowed ({msg})",
                tag_name(*tag)
            )
        }
        BerError::InvalidTag | BerError::UnknownTag(_) => {
            "an element has a tag that is not allowed here".to_string()
        }
        BerError::UnexpectedTag {
            expected: Some(expected),
            actual,
        } => format!(
            "expected {} but found {}",
            tag_name(*expected),
            tag_name(*actual)
        ),
        BerError::UnexpectedTag {
            expected: None,
            actual,
        } => format!("{} is not expected here", tag_name(*actual)),
        BerError::UnexpectedClass { actual, .. } => {
            let class = match actual {
                Class::Universal => "universal",
                Class::Application => "application",
                Class::ContextSpecific => "context-specific",
                Class::Private => "private",
            };
            format!("an element of {class} class is not expected here")
        }
        BerError::IndefiniteLengthUnexpected => {
            "an indefinite length (BER), which DER does not allow".to_string()
        }
        BerError::ConstructExpected => {
            "an element is primitive where a constructed one is expected".to_string()
        }
        BerError::ConstructUnexpected => {
            "an element is constructed where a primitive one is expected".to_string()
        }
        BerError::IntegerTooLarge => "an integer is too large".to_string(),
        BerError::IntegerNegative => "an integer is negative where it must not be".to_string(),
        BerError::BerMaxDepth => "the data is nested too deeply".to_string(),
        BerError::StringInvalidCharset => {
            "a string holds characters its type does not allow".to_string()
        }
        BerError::InvalidDateTime => "a date or time is not valid".to_string(),
        // DerConstraint's Display is its doc comment: "Leading zeroes in
        // Integer encoding".
        BerError::DerConstraintFailed(c) => format!("not DER as required: {c}"),
        BerError::LifetimeError | BerError::Unsupported => {
            "an encoding certscope cannot read".to_string()
        }
        BerError::Incomplete(_) => TRUNCATED.to_string(),
        BerError::NomError(kind) => nom_kind_words(*kind),
    }
}

fn nom_kind_words(kind: nom::error::ErrorKind) -> String {
    match kind {
        nom::error::ErrorKind::Eof | nom::error::ErrorKind::Complete => {
            "an element runs past the end of the data that holds it (truncated or a wrong length?)"
                .to_string()
        }
        _ => "the data does not have the structure of a certificate here".to_string(),
    }
}

/// ASN.1's names for the universal tags certificates use.
fn tag_name(tag: Tag) -> String {
    match tag.0 {
        1 => "a BOOLEAN",
        2 => "an INTEGER",
        3 => "a BIT STRING",
        4 => "an OCTET STRING",
        5 => "a NULL",
        6 => "an OBJECT IDENTIFIER",
        10 => "an ENUMERATED",
        12 => "a UTF8String",
        16 => "a SEQUENCE",
        17 => "a SET",
        19 => "a PrintableString",
        20 => "a TeletexString",
        22 => "an IA5String",
        23 => "a UTCTime",
        24 => "a GeneralizedTime",
        30 => "a BMPString",
        n => return format!("an element with tag number {n}"),
    }
    .to_string()
}

/// Lowercase hex of a DER INTEGER's two's-complement bytes, no leading zeros,
/// `-` before the magnitude of a negative one.
pub fn serial_hex(raw: &[u8]) -> String {
    let negative = raw.first().is_some_and(|b| b & 0x80 != 0);
    let magnitude: Vec<u8> = if negative {
        // Two's complement: invert and add one, from the right.
        let mut out: Vec<u8> = raw.iter().map(|b| !b).collect();
        for b in out.iter_mut().rev() {
            let (sum, carry) = b.overflowing_add(1);
            *b = sum;
            if !carry {
                break;
            }
        }
        out
    } else {
        raw.to_vec()
    };
    let digits = hex(&magnitude);
    let trimmed = digits.trim_start_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    if negative {
        format!("-{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// A name as [`dn::decode`] reads it. x509-parser has accepted its shape, so
/// a failure here is a value [`dn`] refuses (an OID that does not decode):
/// the name is then shown as the hex of its DER and compared byte for byte.
fn name(name: &X509Name<'_>) -> dn::Name {
    dn::decode(name.as_raw()).unwrap_or_else(|_| dn::Name {
        rfc4514: format!("#{}", hex(name.as_raw())),
        attributes: Vec::new(),
        canonical: dn::canonical(name.as_raw()),
    })
}

/// RFC 4514 string (last RDN first, `+` inside an RDN) and the attribute list
/// in encoded order.
pub fn rfc4514(name_der: &X509Name<'_>) -> (String, Vec<Attribute>) {
    let n = name(name_der);
    (n.rfc4514, n.attributes)
}

/// RFC 4514 §2.4 escaping (also used for names read from OpenSSL text).
pub(crate) use crate::inspect::dn::escape_rfc4514;

fn general_name(name: &GeneralName<'_>) -> String {
    match name {
        GeneralName::DNSName(s) => format!("DNS:{s}"),
        GeneralName::RFC822Name(s) => format!("email:{s}"),
        GeneralName::URI(s) => format!("URI:{s}"),
        GeneralName::IPAddress(bytes) => match bytes.len() {
            4 => format!(
                "IP:{}",
                bytes
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(".")
            ),
            16 => {
                let groups: Vec<String> = bytes
                    .chunks(2)
                    .map(|c| {
                        format!(
                            "{:x}",
                            c.iter().fold(0u16, |acc, b| (acc << 8) | u16::from(*b))
                        )
                    })
                    .collect();
                format!("IP:{}", groups.join(":"))
            }
            _ => format!("IP:{}", hex(bytes)),
        },
        GeneralName::DirectoryName(n) => format!("DirName:{}", rfc4514(n).0),
        GeneralName::RegisteredID(oid) => format!("RID:{}", oid.to_id_string()),
        GeneralName::OtherName(oid, _) => {
            format!("othername:{}", oid_or_dotted(&oid.to_id_string()))
        }
        GeneralName::X400Address(any) => format!("X400Address:{}", short_hex(any.data)),
        GeneralName::EDIPartyName(any) => format!("EdiPartyName:{}", short_hex(any.data)),
        // A name x509-parser could not read, such as a DNS name that is not
        // UTF-8: shown as text where it should be text (a replacement
        // character marks each bad byte), else as hex. Never debug output.
        GeneralName::Invalid(tag, bytes) => match tag.0 {
            1 => format!("email:{}", String::from_utf8_lossy(bytes)),
            2 => format!("DNS:{}", String::from_utf8_lossy(bytes)),
            6 => format!("URI:{}", String::from_utf8_lossy(bytes)),
            n => format!("[{n}]:{}", short_hex(bytes)),
        },
    }
}

fn public_key_summary(spki: &SubjectPublicKeyInfo<'_>) -> PublicKeyInfo {
    let alg_oid = spki.algorithm.algorithm.to_id_string();
    let curve = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.as_oid().ok())
        .map(|oid| oid_or_dotted(&oid.to_id_string()));
    let (algorithm, bits, curve) = match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => ("RSA".to_string(), u32::try_from(rsa.key_size()).ok(), None),
        Ok(PublicKey::EC(point)) => (
            "EC".to_string(),
            u32::try_from(point.key_size()).ok(),
            curve,
        ),
        _ => match alg_oid.as_str() {
            "1.3.101.112" => ("Ed25519".to_string(), Some(256), None),
            "1.3.101.113" => ("Ed448".to_string(), Some(456), None),
            other => (oid_or_dotted(other), None, curve),
        },
    };
    let summary = match (&curve, bits) {
        (Some(c), _) => format!("{algorithm} {c}"),
        (None, Some(b)) if algorithm == "RSA" => format!("RSA {b} bits"),
        _ => algorithm.clone(),
    };
    PublicKeyInfo {
        algorithm,
        bits,
        curve,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lenient reader, used when x509-parser refuses a certificate,
    /// reads the same fields as the strict one from every certificate of the
    /// test PKI and of the names fixtures.
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
