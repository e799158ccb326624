//! The CRL model: a certificate revocation list decoded once from DER,
//! owned and display-ready (RFC 5280 §5).
//!
//! ```text
//! CertificateList  ::=  SEQUENCE  {
//!      tbsCertList          TBSCertList,
//!      signatureAlgorithm   AlgorithmIdentifier,
//!      signatureValue       BIT STRING  }
//!
//! TBSCertList  ::=  SEQUENCE  {
//!      version                 Version OPTIONAL,  -- if present, MUST be v2
//!      signature               AlgorithmIdentifier,
//!      issuer                  Name,
//!      thisUpdate              Time,
//!      nextUpdate              Time OPTIONAL,
//!      revokedCertificates     SEQUENCE OF SEQUENCE  {
//!           userCertificate         CertificateSerialNumber,
//!           revocationDate          Time,
//!           crlEntryExtensions      Extensions OPTIONAL  } OPTIONAL,
//!      crlExtensions           [0]  EXPLICIT Extensions OPTIONAL }
//! ```
//!
//! The header and the CRL extensions are decoded here; the revoked entries
//! (a CA may list a million) are walked by [`entries`] without allocating
//! per entry, and decoded in full only for the entries someone looks at.
//! Judging a CRL (signature, freshness, scope, lookups) is the revocation
//! analysis's business, not this model's.
//!
//! Layer: model. Imports base and model modules only.

pub mod entries;
mod fields;

use crate::inspect::certificate::rfc4514;
use crate::inspect::freshness::Freshness;
use crate::inspect::names::oid_or_dotted;
use crate::inspect::text::hex;
use crate::inspect::time::Timestamp;
use crate::inspect::tlv::{self, Tlv};
use serde::{Deserialize, Serialize};
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension, X509Extension};
use x509_parser::prelude::{FromDer, X509Name};
use x509_parser::x509::AlgorithmIdentifier;

pub use entries::{Entry, EntryWalk};
pub(crate) use fields::time;
pub use fields::CrlError;

/// Entries listed one by one in the report when the CRL lists no given
/// certificate; a bigger CRL is summarised by its count (issue 14).
pub const MAX_LISTED_ENTRIES: usize = 1_000;

/// One decoded CRL. The first fields are the JSON report's stable names
/// (issue 14); the judged ones are filled by the revocation analysis.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Crl {
    /// Index of the input it came from.
    pub input: usize,
    /// RFC 4514.
    pub issuer: String,
    /// The issuer in the one name rule's form (RFC 5280 §7.1), which is how
    /// certificates are matched to this CRL.
    #[serde(skip)]
    pub issuer_canonical: crate::inspect::dn::Canonical,
    pub this_update: Timestamp,
    pub next_update: Option<Timestamp>,
    /// The CRL Number (RFC 5280 §5.2.3), decimal.
    pub number: Option<String>,
    /// How many revoked entries it lists, all of them.
    pub entries: usize,
    /// The Issuing Distribution Point's URLs: where this CRL (or shard) is
    /// published. Empty for a CRL without one.
    pub distribution_points: Vec<String>,
    /// How the CRL stands at the evaluation time (the staple's words).
    pub freshness: Freshness,
    pub signature: CrlSignature,
    /// Given certificates this CRL covers: indices into `certificates`.
    pub covers: Vec<usize>,
    /// Entries for given certificates, or every entry when there are at most
    /// [`MAX_LISTED_ENTRIES`].
    pub revoked: Vec<Entry>,

    /// Delta CRL Indicator (RFC 5280 §5.2.4): the base CRL number, decimal.
    pub delta_base: Option<String>,
    /// Authority Key Identifier's key id, lowercase hex.
    pub authority_key_id: Option<String>,
    /// The Issuing Distribution Point's restrictions (RFC 5280 §5.2.5).
    pub scope: Scope,
    /// Every CRL extension, known or not.
    pub extensions: Vec<CrlExtension>,
    /// Given certificates of the same issuer this CRL does not cover, and why.
    pub not_covered: Vec<NotCovered>,
    /// Entries whose certificate-issuer could not be read or that carry an
    /// unknown critical extension: RFC 5280 §5.3 says the CRL must then not
    /// be used. Counted, not listed.
    pub unusable_entries: usize,

    /// How many times the revoked entries were walked: once to count them
    /// (once more to list them when there are at most
    /// [`MAX_LISTED_ENTRIES`]), then once for all lookups however many
    /// certificates are given: the index-once promise of issue 14, kept
    /// where a test can see it.
    #[serde(skip)]
    pub entry_walks: usize,

    /// The CRL's DER, for the signature check and the lookups.
    #[serde(skip)]
    pub der: Vec<u8>,
}

/// The signature verdict, in the words of issue 14's JSON.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct CrlSignature {
    /// `true` checked good, `false` checked bad, `null` not checked.
    pub valid: Option<bool>,
    /// The certificate whose key checked it: index into `certificates`.
    pub signer: Option<usize>,
    /// The signature algorithm's name.
    pub algorithm: String,
    /// Why `valid` is `null` or the signer may not sign CRLs, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What an Issuing Distribution Point restricts the CRL to.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Scope {
    pub only_user_certs: bool,
    pub only_ca_certs: bool,
    pub only_attribute_certs: bool,
    /// onlySomeReasons, as CRLReason names; empty means all reasons.
    pub only_some_reasons: Vec<String>,
    /// indirectCRL: entries may belong to other issuers (RFC 5280 §5.3.3).
    pub indirect: bool,
}

/// One CRL extension.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct CrlExtension {
    pub oid: String,
    pub name: String,
    pub critical: bool,
    /// certscope knows what it means (RFC 5280 §5.2).
    pub known: bool,
    /// Why its value could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub malformed: Option<String>,
}

/// A given certificate of this CRL's issuer that it does not cover.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct NotCovered {
    pub certificate: usize,
    pub why: String,
}

/// The CRL extensions RFC 5280 §5.2 defines, plus Authority Information
/// Access (§5.2.7). Only these may be critical for certscope to use a CRL.
const KNOWN_EXTENSIONS: &[(&str, &str)] = &[
    ("2.5.29.35", "Authority Key Identifier"),
    ("2.5.29.18", "Issuer Alternative Name"),
    ("2.5.29.20", "CRL Number"),
    ("2.5.29.27", "Delta CRL Indicator"),
    ("2.5.29.28", "Issuing Distribution Point"),
    ("2.5.29.46", "Freshest CRL"),
    ("1.3.6.1.5.5.7.1.1", "Authority Information Access"),
];

fn words(what: &str, offset: usize) -> CrlError {
    CrlError(format!("{what} at DER byte {offset}"))
}

fn is_time(tag: u8) -> bool {
    tag == tlv::TAG_UTC_TIME || tag == tlv::TAG_GENERALIZED_TIME
}

/// Decimal text of a non-negative DER INTEGER's contents.
fn decimal(value: &[u8]) -> String {
    crate::inspect::text::decimal(value)
}

/// The CRLReason names of a ReasonFlags bit set (RFC 5280 §4.2.1.13; bit 0
/// is unused).
fn reason_flag_names(flags: u16) -> Vec<String> {
    const NAMES: [&str; 9] = [
        "unused",
        "keyCompromise",
        "cACompromise",
        "affiliationChanged",
        "superseded",
        "cessationOfOperation",
        "certificateHold",
        "privilegeWithdrawn",
        "aACompromise",
    ];
    NAMES
        .iter()
        .enumerate()
        .filter(|(bit, _)| {
            flags
                .checked_shr(u32::try_from(*bit).unwrap_or(16))
                .unwrap_or(0)
                & 1
                == 1
        })
        .map(|(_, n)| n.to_string())
        .collect()
}

impl Crl {
    /// Decodes one CRL; `input` is the index of the input it came from.
    /// Entries are walked once to count and check them.
    pub fn decode(der: &[u8], input: usize) -> Result<Crl, CrlError> {
        let (outer, _) = tlv::read(der, 0).map_err(|e| CrlError(e.to_string()))?;
        let der = outer.raw;
        let [tbs, algorithm, bits] = outer
            .first_children::<3>()
            .ok_or_else(|| words("a CRL is a SEQUENCE of three elements (TBSCertList, AlgorithmIdentifier, BIT STRING); this one is not", 0))?;
        if bits.tag != tlv::TAG_BIT_STRING {
            return Err(words("the signature is not a BIT STRING", bits.offset));
        }
        let algorithm = AlgorithmIdentifier::from_der(algorithm.raw)
            .map(|(_, a)| oid_or_dotted(&a.algorithm.to_id_string()))
            .map_err(|_| words("the signature algorithm is unreadable", algorithm.offset))?;
        let mut fields = tbs.children().peekable();
        let mut next = |what: &str| -> Result<Tlv<'_>, CrlError> {
            match fields.next() {
                Some(Ok(t)) => Ok(t),
                Some(Err(e)) => Err(CrlError(format!("{what}: {e}"))),
                None => Err(words(
                    &format!("TBSCertList ends before its {what}"),
                    tbs.offset,
                )),
            }
        };
        let mut field = next("signature algorithm")?;
        if field.tag == tlv::TAG_INTEGER {
            if field.value != [1] {
                return Err(words("the CRL version is not v2 (1)", field.offset));
            }
            field = next("signature algorithm")?;
        }
        if field.tag != tlv::TAG_SEQUENCE {
            return Err(words(
                "the inner signature algorithm is not a SEQUENCE",
                field.offset,
            ));
        }
        let issuer_tlv = next("issuer")?;
        let issuer = X509Name::from_der(issuer_tlv.raw)
            .map(|(_, n)| rfc4514(&n).0)
            .map_err(|_| words("the issuer name is unreadable", issuer_tlv.offset))?;
        let this = next("thisUpdate")?;
        let this_update =
            time(&this).ok_or_else(|| words("thisUpdate is not a valid time", this.offset))?;
        let mut crl = Crl {
            input,
            issuer,
            issuer_canonical: crate::inspect::dn::canonical(issuer_tlv.raw),
            this_update,
            next_update: None,
            number: None,
            entries: 0,
            distribution_points: Vec::new(),
            freshness: Freshness::NoNextUpdate,
            signature: CrlSignature {
                algorithm,
                ..CrlSignature::default()
            },
            covers: Vec::new(),
            revoked: Vec::new(),
            delta_base: None,
            authority_key_id: None,
            scope: Scope::default(),
            extensions: Vec::new(),
            not_covered: Vec::new(),
            unusable_entries: 0,
            entry_walks: 0,
            der: der.to_vec(),
        };
        // nextUpdate, revokedCertificates and crlExtensions, each optional,
        // in this order.
        let mut stage = 0u8;
        for item in fields {
            let field = item.map_err(|e| CrlError(format!("TBSCertList: {e}")))?;
            match field.tag {
                t if is_time(t) && stage == 0 => {
                    crl.next_update =
                        Some(time(&field).ok_or_else(|| {
                            words("nextUpdate is not a valid time", field.offset)
                        })?);
                    stage = 1;
                }
                tlv::TAG_SEQUENCE if stage < 2 => {
                    crl.entry_walks = crl.entry_walks.saturating_add(1);
                    for entry in EntryWalk::over(&field) {
                        let entry = entry?;
                        crl.entries = crl.entries.saturating_add(1);
                        if entry.unusable {
                            crl.unusable_entries = crl.unusable_entries.saturating_add(1);
                        }
                    }
                    stage = 2;
                }
                0xa0 if stage < 3 => {
                    crl.read_extensions(&field)?;
                    stage = 3;
                }
                _ => return Err(words("unexpected element in TBSCertList", field.offset)),
            }
        }
        if crl.entries <= MAX_LISTED_ENTRIES {
            crl.entry_walks = crl.entry_walks.saturating_add(1);
            crl.revoked = crl
                .walk()
                .filter_map(Result::ok)
                .map(|e| e.decode(&crl.issuer))
                .collect();
        }
        Ok(crl)
    }

    /// Walks the revoked entries again (the DER was checked by [`Crl::decode`]):
    /// the first SEQUENCE after thisUpdate.
    pub fn walk(&self) -> EntryWalk<'_> {
        let list = tlv::read(&self.der, 0)
            .ok()
            .and_then(|(outer, _)| outer.children().next()?.ok())
            .and_then(|tbs| {
                tbs.children()
                    .map_while(Result::ok)
                    .skip_while(|f| !is_time(f.tag))
                    .find(|f| f.tag == tlv::TAG_SEQUENCE)
            });
        match list {
            Some(list) => EntryWalk::over(&list),
            None => EntryWalk::empty(),
        }
    }

    /// Unknown critical CRL extensions: RFC 5280 §5.2 says a client must
    /// not use the CRL then.
    pub fn unknown_critical(&self) -> impl Iterator<Item = &CrlExtension> {
        self.extensions
            .iter()
            .filter(|e| e.critical && (!e.known || e.malformed.is_some()))
    }

    fn read_extensions(&mut self, explicit: &Tlv<'_>) -> Result<(), CrlError> {
        let list = explicit
            .children()
            .next()
            .and_then(Result::ok)
            .filter(|l| l.tag == tlv::TAG_SEQUENCE)
            .ok_or_else(|| words("crlExtensions is not a SEQUENCE", explicit.offset))?;
        for item in list.children() {
            let raw = item.map_err(|e| CrlError(format!("crlExtensions: {e}")))?;
            let (_, ext) = X509Extension::from_der(raw.raw)
                .map_err(|_| words("a CRL extension is unreadable", raw.offset))?;
            self.absorb(&ext);
        }
        Ok(())
    }

    fn absorb(&mut self, ext: &X509Extension<'_>) {
        let oid = ext.oid.to_id_string();
        let known = KNOWN_EXTENSIONS.iter().find(|(o, _)| *o == oid);
        let mut malformed = None;
        match ext.parsed_extension() {
            ParsedExtension::CRLNumber(n) => self.number = Some(decimal(&n.to_bytes_be())),
            ParsedExtension::AuthorityKeyIdentifier(aki) => {
                self.authority_key_id = aki.key_identifier.as_ref().map(|k| hex(k.0));
            }
            ParsedExtension::IssuingDistributionPoint(idp) => {
                if let Some(DistributionPointName::FullName(names)) = &idp.distribution_point {
                    self.distribution_points = names
                        .iter()
                        .filter_map(|n| match n {
                            GeneralName::URI(u) => Some(u.to_string()),
                            _ => None,
                        })
                        .collect();
                }
                self.scope = Scope {
                    only_user_certs: idp.only_contains_user_certs,
                    only_ca_certs: idp.only_contains_ca_certs,
                    only_attribute_certs: idp.only_contains_attribute_certs,
                    only_some_reasons: idp
                        .only_some_reasons
                        .as_ref()
                        .map(|r| reason_flag_names(r.flags))
                        .unwrap_or_default(),
                    indirect: idp.indirect_crl,
                };
            }
            ParsedExtension::ParseError { .. } => {
                malformed = Some("its value does not match RFC 5280's definition".to_string());
            }
            _ if oid == "2.5.29.27" => {
                // BaseCRLNumber ::= CRLNumber (an INTEGER); x509-parser
                // leaves it unparsed.
                match tlv::read(ext.value, 0) {
                    Ok((int, _)) if int.tag == tlv::TAG_INTEGER => {
                        self.delta_base = Some(decimal(int.value));
                    }
                    _ => malformed = Some("the base CRL number is not an INTEGER".to_string()),
                }
            }
            _ => {}
        }
        self.extensions.push(CrlExtension {
            name: known.map_or_else(|| oid_or_dotted(&oid), |(_, n)| n.to_string()),
            oid,
            critical: ext.critical,
            known: known.is_some(),
            malformed,
        });
    }
}
