//! What each part of a certificate reads as: extensions into the model's
//! typed fields and their one-line renderings, general names, serials, the
//! public key summary, and x509-parser's errors in words. Shared by the
//! strict reader ([`super`]) and the lenient one ([`super::lenient`]).
//!
//! Layer: model. Imports base and model modules only.

use super::model::{Attribute, Certificate, Extension, PublicKeyInfo};
use crate::inspect::dn;
use crate::inspect::names::{oid_name, oid_or_dotted};
use crate::inspect::text::{hex, hex_colons};
use crate::inspect::tlv;
use x509_parser::der_parser::asn1_rs::{Class, Tag};
use x509_parser::der_parser::error::BerError;
use x509_parser::error::X509Error;
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension};
use x509_parser::nom;
use x509_parser::prelude::X509Name;
use x509_parser::public_key::PublicKey;
use x509_parser::x509::SubjectPublicKeyInfo;

impl Certificate {
    /// Reads one extension into the typed fields and the extension list.
    pub(super) fn add_extension(
        &mut self,
        oid: String,
        critical: bool,
        parsed: &ParsedExtension<'_>,
        raw: &[u8],
    ) {
        let value = self.absorb(parsed, raw);
        let malformed = match parsed {
            ParsedExtension::ParseError { error } => Some(extension_words(error)),
            _ => None,
        };
        self.extensions.push(Extension {
            name: oid_name(&oid).map(str::to_string),
            oid,
            critical,
            value,
            malformed,
        });
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
            ParsedExtension::AuthorityKeyIdentifier(aki) => self.authority_key(aki),
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
            ParsedExtension::NameConstraints(nc) => name_constraints(nc),
            ParsedExtension::ParseError { .. } => format!("malformed ({})", short_hex(raw)),
            _ => self.absorb_unparsed(raw, parsed),
        }
    }

    /// The AKI's key id (kept for issuer matching), and its issuer and
    /// serial when present: a root's AKI must be a bare key id (issue 25).
    fn authority_key(
        &mut self,
        aki: &x509_parser::extensions::AuthorityKeyIdentifier<'_>,
    ) -> String {
        let mut words = match &aki.key_identifier {
            Some(id) => {
                self.authority_key_id = Some(hex(id.0));
                format!("keyid {}", hex_colons(id.0))
            }
            None => "no key identifier (issuer name and serial only)".to_string(),
        };
        if let Some(names) = &aki.authority_cert_issuer {
            let names: Vec<String> = names.iter().map(general_name).collect();
            words.push_str(&format!(", issuer {}", names.join(", ")));
        }
        if let Some(serial) = aki.authority_cert_serial {
            words.push_str(&format!(", serial {}", serial_hex(serial)));
        }
        words
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
pub(super) fn x509_words(e: &nom::Err<X509Error>) -> String {
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
pub(super) fn extension_words(e: &nom::Err<BerError>) -> String {
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
pub(super) fn name(name: &X509Name<'_>) -> dn::Name {
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

pub(super) fn public_key_summary(spki: &SubjectPublicKeyInfo<'_>) -> PublicKeyInfo {
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

/// Permitted and excluded subtrees: what a name-constraint refusal points
/// at (issue 25).
fn name_constraints(nc: &x509_parser::extensions::NameConstraints<'_>) -> String {
    let list = |subtrees: &Option<Vec<x509_parser::extensions::GeneralSubtree<'_>>>| {
        subtrees.as_ref().map(|s| {
            let names: Vec<String> = s.iter().map(|t| general_name(&t.base)).collect();
            if names.is_empty() {
                "(none)".to_string()
            } else {
                names.join(", ")
            }
        })
    };
    let mut parts = Vec::new();
    if let Some(p) = list(&nc.permitted_subtrees) {
        parts.push(format!("permitted: {p}"));
    }
    if let Some(e) = list(&nc.excluded_subtrees) {
        parts.push(format!("excluded: {e}"));
    }
    parts.join("; ")
}
