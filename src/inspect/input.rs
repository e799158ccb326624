//! Reading inputs: finding every object in whatever people paste or drop.
//!
//! An input is a name and bytes. It may be PEM amid arbitrary text (raw
//! `openssl s_client -showcerts` output, `openssl pkcs12` output with its
//! `Bag Attributes`, CRLF line ends), DER (one object or several
//! concatenated), a PKCS#7 bundle, or base64 without armour. Each object found
//! is classified; anything unreadable becomes an [`InputError`] that says
//! where, and the rest of the input is still read.
//!
//! Private keys are recognised and never decoded: their bytes are not kept
//! (see [`redact_private_keys`] for what the page stores).
//!
//! Layer: model. Imports base and model modules only.

mod sclient;
pub use sclient::s_client_sent;

use crate::inspect::error::InputError;
use crate::inspect::tlv::{self, Tlv, TlvError};
use base64::Engine as _;
use der::asn1::ObjectIdentifier as Oid;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Inputs larger than this are refused whole: 10 MiB is far above any real
/// chain or staple (a 144-root CA bundle is about 200 KB) and keeps a hostile
/// drop from stalling the page.
pub const MAX_INPUT_BYTES: usize = 10 * 1024 * 1024;
/// Objects read from one input before giving up on the rest. Debian's whole
/// CA bundle has about 150 certificates; 5,000 leaves room for odd archives.
pub const MAX_OBJECTS_PER_INPUT: usize = 5_000;

/// The most certscope reads in one analysis, all inputs together: a few
/// inputs at the size limit, about 30,000 certificates. An input that would
/// go past it is not read, and says why; the inputs before it are analysed
/// as usual.
pub const MAX_TOTAL_BYTES: usize = 32 * 1024 * 1024;

/// The name the page's paste area gets as an input (in the report, and
/// when the engine rebuilds a share link's inputs as the page will).
pub const PASTE_NAME: &str = "pasted text";

/// One thing to analyse: a dropped file or the paste area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Input {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Input {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// What an object is. Serialised with the names the JSON report promises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObjectKind {
    Certificate,
    OcspResponse,
    OcspRequest,
    Pkcs7,
    Crl,
    Csr,
    PrivateKey,
    Unrecognized,
}

impl ObjectKind {
    /// The name a person reads on the page.
    pub fn describe(self) -> &'static str {
        match self {
            ObjectKind::Certificate => "certificate",
            ObjectKind::OcspResponse => "OCSP response (staple)",
            ObjectKind::OcspRequest => "OCSP request",
            ObjectKind::Pkcs7 => "PKCS#7 bundle",
            ObjectKind::Crl => "certificate revocation list (CRL)",
            ObjectKind::Csr => "certificate signing request (CSR)",
            ObjectKind::PrivateKey => "private key",
            ObjectKind::Unrecognized => "unrecognised object",
        }
    }
}

/// Where in its input an object starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// 1-based line of a PEM `-----BEGIN` line.
    Line(usize),
    /// 0-based byte offset in DER (or in the decoded base64).
    Byte(usize),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line(n) => write!(f, "line {n}"),
            Location::Byte(n) => write!(f, "byte {n}"),
        }
    }
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        let parsed = match text.split_once(' ') {
            Some(("line", n)) => n.parse().ok().map(Location::Line),
            Some(("byte", n)) => n.parse().ok().map(Location::Byte),
            _ => None,
        };
        parsed.ok_or_else(|| serde::de::Error::custom(format!("not a location: {text}")))
    }
}

/// One object found in an input, not yet decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub kind: ObjectKind,
    /// The DER. Empty for private keys, whose bytes are never kept.
    pub der: Vec<u8>,
    pub location: Location,
    /// The PEM label, when the object came from PEM.
    pub label: Option<String>,
    /// For a PKCS#7 bundle: the certificates inside it, in order.
    pub certificates: Vec<Vec<u8>>,
    /// For a PKCS#7 bundle: the CRLs inside it, in order (issue 14).
    pub crls: Vec<Vec<u8>>,
    /// A remark for the reader ("PKCS#12 file", "public keys are not analysed").
    pub note: Option<String>,
}

impl Found {
    fn new(kind: ObjectKind, der: &[u8], location: Location) -> Self {
        Found {
            kind,
            der: if kind == ObjectKind::PrivateKey {
                Vec::new()
            } else {
                der.to_vec()
            },
            location,
            label: None,
            certificates: Vec::new(),
            crls: Vec::new(),
            note: None,
        }
    }
}

/// Everything read from one input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    pub found: Vec<Found>,
    pub errors: Vec<InputError>,
    /// Objects counted against [`MAX_OBJECTS_PER_INPUT`]: each one found,
    /// and each certificate inside a PKCS#7 bundle, which the analysis
    /// decodes one by one just the same.
    counted: usize,
    /// Nothing was read: the input is over a size budget.
    pub unread: bool,
}

impl Scan {
    fn push(&mut self, found: Found) -> bool {
        if self.room() == 0 {
            self.too_many(found.location);
            return false;
        }
        self.counted = self
            .counted
            .saturating_add(1)
            .saturating_add(found.certificates.len());
        self.found.push(found);
        true
    }

    /// How many more objects may be read.
    fn room(&self) -> usize {
        MAX_OBJECTS_PER_INPUT.saturating_sub(self.counted)
    }

    /// Says once that the budget is spent, where it ran out.
    fn too_many(&mut self, location: Location) {
        if !self
            .errors
            .iter()
            .any(|e| e.code == "input-too-many-objects")
        {
            self.errors.push(InputError::new(
                "input-too-many-objects",
                format!(
                    "{location}: more than {MAX_OBJECTS_PER_INPUT} objects in one input (certificates in a PKCS#7 bundle count one each); the rest was not read"
                ),
            ));
        }
    }
}

/// [`scan`] for one of several inputs: `read` is how many bytes the inputs
/// before it made, counted against [`MAX_TOTAL_BYTES`] (an input over the
/// per-input limit is not read, so does not count).
pub fn scan_counted(bytes: &[u8], read: &mut usize) -> Scan {
    if bytes.len() <= MAX_INPUT_BYTES {
        let total = read.saturating_add(bytes.len());
        if total > MAX_TOTAL_BYTES {
            let mut out = Scan {
                unread: true,
                ..Scan::default()
            };
            out.errors.push(InputError::new(
                "inputs-too-large",
                format!(
                    "not read: its {} bytes and the {} bytes of the inputs before it are more than the {} MB certscope reads at once; remove some inputs",
                    bytes.len(),
                    read,
                    MAX_TOTAL_BYTES / (1024 * 1024)
                ),
            ));
            return out;
        }
        *read = total;
    }
    scan(bytes)
}

/// Finds every object in one input.
pub fn scan(bytes: &[u8]) -> Scan {
    let mut out = Scan::default();
    if bytes.len() > MAX_INPUT_BYTES {
        out.unread = true;
        out.errors.push(InputError::new(
            "input-too-large",
            format!(
                "{} bytes is more than the {} MB certscope reads from one input; nothing was read",
                bytes.len(),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
        return out;
    }
    let first = bytes.iter().position(|b| !b.is_ascii_whitespace());
    let Some(first) = first else {
        out.errors.push(InputError::new(
            "input-empty",
            "empty: there is nothing to read",
        ));
        return out;
    };
    if contains(bytes, "-----BEGIN ") {
        scan_pem(bytes, &mut out);
        if out.found.is_empty() && out.errors.is_empty() {
            // Say something: a paste that reads as nothing must not look
            // like an empty one.
            out.errors.push(InputError::new(
                "pem-no-block",
                "\"-----BEGIN \" appears, but not as a PEM block: a BEGIN line and its END line must each stand on a line of their own (only spaces may come before the dashes)",
            ));
        }
    } else if bytes.get(first) == Some(&tlv::TAG_SEQUENCE) && looks_binary(bytes) {
        scan_der(bytes, 0, &mut out);
    } else if let Some(decoded) = decode_bare_base64(bytes) {
        scan_der(&decoded, 0, &mut out);
        for e in &mut out.errors {
            e.message = format!("{} (in the base64-decoded data)", e.message);
        }
    } else if bytes.get(first) == Some(&tlv::TAG_SEQUENCE) {
        scan_der(bytes, 0, &mut out);
    } else if looks_binary(bytes) {
        let b = bytes.get(first).copied().unwrap_or_default();
        out.errors.push(InputError::new(
            "der-not-sequence",
            format!("byte {first}: not DER, expected a SEQUENCE (0x30) but found 0x{b:02x}"),
        ));
    } else {
        out.errors.push(InputError::new(
            "not-recognized",
            "no PEM block (-----BEGIN …-----), DER or base64 was found in this text",
        ));
    }
    out
}

pub(crate) fn contains(haystack: &[u8], needle: &str) -> bool {
    // str's searcher skips ahead by the needle's length over bytes it cannot
    // hold; a byte-by-byte compare of a 10 MB paste cost the page's main
    // thread 50 ms (issue 7). A needle is text, so it never spans bytes that
    // are not UTF-8: searching each valid run finds every match.
    // (`from_utf8` first: its ASCII fast path is far quicker than
    // `utf8_chunks` for the usual all-text paste.)
    match std::str::from_utf8(haystack) {
        Ok(text) => text.contains(needle),
        Err(_) => haystack
            .utf8_chunks()
            .any(|chunk| chunk.valid().contains(needle)),
    }
}

/// True when the bytes are not plain text: DER almost always has bytes below
/// 0x20 other than whitespace, or is not UTF-8.
fn looks_binary(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Err(_) => true,
        Ok(text) => text
            .chars()
            .any(|c| c.is_control() && !c.is_ascii_whitespace()),
    }
}

/// Base64 without armour (what `base64 file.der` prints): only the alphabet
/// and whitespace, long enough to be DER of something.
fn decode_bare_base64(bytes: &[u8]) -> Option<Vec<u8>> {
    let compact: Vec<u8> = bytes
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    // The smallest DER certscope reads is an unsuccessful OCSPResponse, 5
    // bytes: `MAMKAQM=` (tryLater) is 8 characters.
    if compact.len() < 8 {
        return None;
    }
    let decoded = decode_base64(&compact).ok()?;
    // Below 16 characters a word of text could pass for base64: only take
    // it when it decodes to exactly one whole SEQUENCE.
    let exact = || matches!(tlv::read(&decoded, 0), Ok((seq, rest)) if rest.is_empty() && seq.tag == tlv::TAG_SEQUENCE);
    if compact.len() < 16 && !exact() {
        return None;
    }
    (decoded.first() == Some(&tlv::TAG_SEQUENCE)).then_some(decoded)
}

/// Standard or URL-safe base64, padding optional.
fn decode_base64(compact: &[u8]) -> Result<Vec<u8>, base64::DecodeError> {
    use base64::engine::{
        general_purpose, DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig,
    };
    const LENIENT: GeneralPurposeConfig =
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    const STANDARD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
    const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);
    let _ = general_purpose::STANDARD;
    STANDARD
        .decode(compact)
        .or_else(|e| URL_SAFE.decode(compact).map_err(|_| e))
}

/// The PEM labels that mean "a private key": anything with `PRIVATE KEY`
/// (PKCS#8, `RSA`, `EC`, `ENCRYPTED`, `OPENSSH`, PGP's `PRIVATE KEY BLOCK`).
pub fn is_private_key_label(label: &str) -> bool {
    label.contains("PRIVATE KEY")
}

fn kind_for_label(label: &str) -> Option<ObjectKind> {
    Some(match label {
        "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => ObjectKind::Certificate,
        "PKCS7" | "PKCS #7 SIGNED DATA" | "CMS" => ObjectKind::Pkcs7,
        "X509 CRL" => ObjectKind::Crl,
        "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => ObjectKind::Csr,
        "OCSP RESPONSE" => ObjectKind::OcspResponse,
        "OCSP REQUEST" => ObjectKind::OcspRequest,
        l if is_private_key_label(l) => ObjectKind::PrivateKey,
        _ => return None,
    })
}

struct Block {
    label: String,
    line: usize,
    body: Vec<u8>,
    seen_body: bool,
}

fn scan_pem(bytes: &[u8], out: &mut Scan) {
    let text = String::from_utf8_lossy(bytes);
    let mut open: Option<Block> = None;
    for (index, raw_line) in text.split('\n').enumerate() {
        let line_no = index.saturating_add(1);
        let line = raw_line.trim();
        if let Some(label) = pem_boundary(line, "-----BEGIN ") {
            if let Some(block) = open.take() {
                out.errors.push(missing_end(&block));
            }
            open = Some(Block {
                label: label.to_string(),
                line: line_no,
                body: Vec::new(),
                seen_body: false,
            });
            continue;
        }
        let Some(block) = open.as_mut() else { continue };
        if let Some(end_label) = pem_boundary(line, "-----END ") {
            if let Some(block) = open.take() {
                if end_label != block.label {
                    out.errors.push(InputError::new(
                        "pem-label-mismatch",
                        format!(
                            "line {}: PEM block {} ends with END {} on line {line_no}",
                            block.line, block.label, end_label
                        ),
                    ));
                } else if !finish_block(block, out) {
                    return;
                }
            }
            continue;
        }
        if is_private_key_label(&block.label) {
            // Never accumulate key material, not even to decode base64.
            block.seen_body = true;
            continue;
        }
        // RFC 1421 headers (Proc-Type, DEK-Info) come before the base64 and
        // contain a colon, which base64 never does.
        if !block.seen_body && (line.contains(':') || line.is_empty()) {
            continue;
        }
        block.seen_body = true;
        block.body.extend(line.bytes());
    }
    if let Some(block) = open {
        out.errors.push(missing_end(&block));
    }
}

fn pem_boundary<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    line.strip_prefix(prefix)?.strip_suffix("-----")
}

fn missing_end(block: &Block) -> InputError {
    InputError::new(
        "pem-missing-end",
        format!(
            "line {}: PEM block {} has no END line",
            block.line, block.label
        ),
    )
}

/// Decodes one complete PEM block into objects. Returns false when the
/// object budget is spent.
fn finish_block(block: Block, out: &mut Scan) -> bool {
    let location = Location::Line(block.line);
    let kind = kind_for_label(&block.label);
    if kind == Some(ObjectKind::PrivateKey) {
        let mut found = Found::new(ObjectKind::PrivateKey, &[], location);
        found.label = Some(block.label);
        return out.push(found);
    }
    if block.body.is_empty() {
        out.errors.push(InputError::new(
            "pem-empty-block",
            format!("line {}: PEM block {} is empty", block.line, block.label),
        ));
        return true;
    }
    let der = match decode_base64(&block.body) {
        Ok(der) => der,
        Err(e) => {
            let detail = match e {
                base64::DecodeError::InvalidByte(at, byte) => format!(
                    "character {:?} at position {} of the base64 is not allowed",
                    char::from(byte),
                    at.saturating_add(1)
                ),
                base64::DecodeError::InvalidLength(_)
                | base64::DecodeError::InvalidLastSymbol(..) => {
                    "the base64 is cut short (its length is not a whole number of bytes)"
                        .to_string()
                }
                base64::DecodeError::InvalidPadding => {
                    "the base64 padding (=) is wrong".to_string()
                }
            };
            out.errors.push(InputError::new(
                "pem-bad-base64",
                format!("line {}: PEM block {}: {detail}", block.line, block.label),
            ));
            return true;
        }
    };
    let (element, rest) = match tlv::read(&der, 0) {
        Ok(ok) => ok,
        Err(e) => {
            out.errors.push(der_error(
                &format!("line {}: PEM block {}", block.line, block.label),
                &e,
            ));
            return true;
        }
    };
    // A TRUSTED CERTIFICATE is the certificate followed by OpenSSL's trust
    // settings (X509_CERT_AUX): the first element is the certificate.
    if !rest.is_empty() && block.label != "TRUSTED CERTIFICATE" {
        out.errors.push(InputError::new(
            "der-trailing-bytes",
            format!(
                "line {}: PEM block {} has {} bytes after its DER object; they were ignored",
                block.line,
                block.label,
                rest.len()
            ),
        ));
    }
    if let Some(at) = tlv::too_deep(&element) {
        out.errors.push(too_deep(
            &format!("line {}: PEM block {}", block.line, block.label),
            at,
        ));
        return true;
    }
    let sniffed = classify(&element);
    let kind = match kind {
        Some(k) => k,
        None if sniffed != ObjectKind::Unrecognized => sniffed,
        None => {
            let mut found = Found::new(ObjectKind::Unrecognized, element.raw, location);
            found.note = Some(if block.label.contains("PUBLIC KEY") {
                format!("{}: matched against the certificates' keys", block.label)
            } else {
                format!("PEM label {} is not one certscope reads", block.label)
            });
            found.label = Some(block.label);
            return out.push(found);
        }
    };
    let mut found = Found::new(kind, element.raw, location);
    if sniffed == ObjectKind::PrivateKey {
        found = Found::new(ObjectKind::PrivateKey, &[], location);
    }
    found.label = Some(block.label);
    if found.kind == ObjectKind::Pkcs7 {
        // The bundle is one object, its certificates the rest of the room.
        match pkcs7_certificates(&element, out.room().saturating_sub(1)) {
            Ok((certs, complete)) => {
                found.certificates = certs;
                if !complete {
                    out.too_many(location);
                }
            }
            Err(message) => {
                out.errors.push(InputError::new(
                    "pkcs7-invalid",
                    format!("{location}: {message}"),
                ));
                return true;
            }
        }
    }
    out.push(found)
}

fn too_deep(context: &str, at: usize) -> InputError {
    InputError::new(
        "der-too-deep",
        format!(
            "{context}: not read: the DER is nested more than {} levels deep (at byte {at}); a certificate needs about 8",
            tlv::MAX_DEPTH
        ),
    )
}

fn der_error(context: &str, e: &TlvError) -> InputError {
    let code = match e {
        TlvError::Truncated { .. } => "der-truncated",
        TlvError::PastEnd { .. } => "der-length-past-end",
        TlvError::Indefinite { .. } | TlvError::TooLong { .. } => "der-bad-length",
    };
    InputError::new(code, format!("{context}: {e}"))
}

/// Reads concatenated DER objects; `base` is the offset of `data` in the input.
fn scan_der(data: &[u8], base: usize, out: &mut Scan) {
    for item in tlv::Children::over(data, base) {
        let element = match item {
            Ok(element) => element,
            Err(e) => {
                let context = if out.found.is_empty() {
                    "not readable as DER"
                } else {
                    "after the last object"
                };
                out.errors.push(der_error(context, &e));
                return;
            }
        };
        if element.tag != tlv::TAG_SEQUENCE {
            out.errors.push(InputError::new(
                if out.found.is_empty() {
                    "der-not-sequence"
                } else {
                    "der-trailing-bytes"
                },
                format!(
                    "byte {}: not DER, expected a SEQUENCE (0x30) but found 0x{:02x}",
                    element.offset, element.tag
                ),
            ));
            return;
        }
        if let Some(at) = tlv::too_deep(&element) {
            out.errors
                .push(too_deep(&format!("byte {}", element.offset), at));
            continue;
        }
        let kind = classify(&element);
        let location = Location::Byte(element.offset);
        let mut found = Found::new(kind, element.raw, location);
        match kind {
            ObjectKind::Pkcs7 => match pkcs7_certificates(&element, out.room().saturating_sub(1)) {
                Ok((certs, complete)) => {
                    found.crls = pkcs7_crls(&element);
                    found.certificates = certs;
                    if !complete {
                        out.too_many(location);
                    }
                }
                Err(message) => {
                    out.errors.push(InputError::new(
                        "pkcs7-invalid",
                        format!("{location}: {message}"),
                    ));
                    continue;
                }
            },
            ObjectKind::PrivateKey if is_pkcs12(&element) => {
                found.note = Some("PKCS#12 file (.p12/.pfx): it holds a private key".to_string());
            }
            ObjectKind::Unrecognized => {
                found.note = Some(
                    "a DER SEQUENCE whose shape is not a certificate, staple, CRL, CSR or PKCS#7"
                        .to_string(),
                );
            }
            _ => {}
        }
        if !out.push(found) {
            return;
        }
    }
}

const PKCS7_SIGNED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.2");
const PKCS7_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.1");

/// Whether an OBJECT IDENTIFIER element's contents are `oid`.
fn is_oid(element: &Tlv<'_>, oid: Oid) -> bool {
    Oid::from_bytes(element.value).is_ok_and(|o| o == oid)
}

/// Tells what a DER SEQUENCE is from its outer shape alone.
pub fn classify(element: &Tlv<'_>) -> ObjectKind {
    if element.tag != tlv::TAG_SEQUENCE {
        return ObjectKind::Unrecognized;
    }
    let children: Vec<Tlv<'_>> = element.children().take(8).map_while(Result::ok).collect();
    let tags: Vec<u8> = children.iter().map(|c| c.tag).collect();
    match (children.first(), tags.as_slice()) {
        // ContentInfo { contentType OID, [0] content }
        (Some(oid), [tlv::TAG_OID, ..]) if is_oid(oid, PKCS7_SIGNED_DATA) => ObjectKind::Pkcs7,
        // OCSPResponse { responseStatus ENUMERATED, [0] responseBytes OPTIONAL }
        (_, [tlv::TAG_ENUMERATED] | [tlv::TAG_ENUMERATED, 0xa0]) => ObjectKind::OcspResponse,
        (Some(_), [tlv::TAG_INTEGER, ..]) if is_private_key_shape(&children) => {
            ObjectKind::PrivateKey
        }
        // EncryptedPrivateKeyInfo { AlgorithmIdentifier, OCTET STRING }
        (Some(alg), [tlv::TAG_SEQUENCE, tlv::TAG_OCTET_STRING])
            if alg
                .children()
                .next()
                .and_then(Result::ok)
                .is_some_and(|t| t.tag == tlv::TAG_OID) =>
        {
            ObjectKind::PrivateKey
        }
        // Certificate, CertificateList, CertificationRequest:
        // { to-be-signed SEQUENCE, AlgorithmIdentifier, BIT STRING }
        (Some(tbs), [tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_BIT_STRING]) => {
            classify_signed(tbs)
        }
        // OCSPRequest { TBSRequest, [0] optionalSignature OPTIONAL }
        (Some(tbs), [tlv::TAG_SEQUENCE] | [tlv::TAG_SEQUENCE, 0xa0]) if is_tbs_request(tbs) => {
            ObjectKind::OcspRequest
        }
        _ => ObjectKind::Unrecognized,
    }
}

fn classify_signed(tbs: &Tlv<'_>) -> ObjectKind {
    let tags: Vec<u8> = tbs
        .children()
        .take(8)
        .map_while(Result::ok)
        .map(|c| c.tag)
        .collect();
    let is_time = |t: &u8| *t == tlv::TAG_UTC_TIME || *t == tlv::TAG_GENERALIZED_TIME;
    match tags.as_slice() {
        // TBSCertificate v3: [0] version, serial, signature, issuer, validity, subject, spki …
        [0xa0, tlv::TAG_INTEGER, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, ..] => {
            ObjectKind::Certificate
        }
        // TBSCertList: version?, signature, issuer, thisUpdate Time …
        [tlv::TAG_INTEGER, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, t, ..] if is_time(t) => {
            ObjectKind::Crl
        }
        [tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, t, ..] if is_time(t) => ObjectKind::Crl,
        // CertificationRequestInfo: version, subject, spki, [0] attributes
        [tlv::TAG_INTEGER, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, 0xa0] => ObjectKind::Csr,
        // TBSCertificate v1: serial, signature, issuer, validity, subject, spki
        [tlv::TAG_INTEGER, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, tlv::TAG_SEQUENCE, ..] => {
            ObjectKind::Certificate
        }
        _ => ObjectKind::Unrecognized,
    }
}

/// TBSRequest { [0] version?, [1] requestorName?, requestList SEQUENCE OF
/// Request, [2] requestExtensions? } (RFC 6960 §4.1.1).
fn is_tbs_request(tbs: &Tlv<'_>) -> bool {
    let children: Vec<Tlv<'_>> = tbs.children().take(5).map_while(Result::ok).collect();
    let list = children.iter().find(|c| c.tag == tlv::TAG_SEQUENCE);
    let allowed = children
        .iter()
        .all(|c| matches!(c.tag, 0xa0 | 0xa1 | 0xa2 | tlv::TAG_SEQUENCE));
    // The first Request is { reqCert CertID { hashAlgorithm
    // AlgorithmIdentifier { OID, … }, issuerNameHash OCTET STRING, … } … }:
    // checked that far, so nested SEQUENCEs alone are not taken for one.
    allowed
        && list
            .and_then(|l| l.children().next()?.ok())
            .and_then(|req| req.children().next()?.ok())
            .and_then(|cert_id| cert_id.first_children::<2>())
            .is_some_and(|[algorithm, name_hash]| {
                algorithm.tag == tlv::TAG_SEQUENCE
                    && name_hash.tag == tlv::TAG_OCTET_STRING
                    && algorithm
                        .children()
                        .next()
                        .and_then(Result::ok)
                        .is_some_and(|oid| oid.tag == tlv::TAG_OID)
            })
}

/// PKCS#8 { version 0, AlgorithmIdentifier, OCTET STRING },
/// RSAPrivateKey { version 0, n, e, d, p, q, … }, ECPrivateKey { 1, OCTET
/// STRING, … }, PFX { version 3, authSafe ContentInfo (data) … }.
fn is_private_key_shape(children: &[Tlv<'_>]) -> bool {
    let version = children.first().map(|v| v.value);
    let tags: Vec<u8> = children.iter().map(|c| c.tag).collect();
    match (version, tags.as_slice()) {
        (Some([0]), [_, tlv::TAG_SEQUENCE, tlv::TAG_OCTET_STRING, ..]) => true,
        (Some([0]), [_, rest @ ..]) => {
            rest.len() >= 7 && rest.iter().all(|t| *t == tlv::TAG_INTEGER)
        }
        (Some([1]), [_, tlv::TAG_OCTET_STRING, ..]) => true,
        (Some([3]), [_, tlv::TAG_SEQUENCE, ..]) => children.get(1).is_some_and(is_pkcs7_data),
        _ => false,
    }
}

fn is_pkcs7_data(content_info: &Tlv<'_>) -> bool {
    content_info
        .children()
        .next()
        .and_then(Result::ok)
        .is_some_and(|oid| is_oid(&oid, PKCS7_DATA))
}

fn is_pkcs12(element: &Tlv<'_>) -> bool {
    element
        .first_children::<2>()
        .is_some_and(|[v, ci]| v.value == [3] && is_pkcs7_data(&ci))
}

/// The certificates of a PKCS#7 SignedData (RFC 2315 §9.1):
/// ContentInfo { OID, [0] EXPLICIT SignedData { version, digestAlgorithms,
/// contentInfo, [0] IMPLICIT certificates OPTIONAL, [1] crls OPTIONAL,
/// signerInfos } }.
///
/// Reads at most `limit` certificates (what is left of the object budget);
/// the flag is false when more were there.
fn pkcs7_certificates(
    content_info: &Tlv<'_>,
    limit: usize,
) -> Result<(Vec<Vec<u8>>, bool), String> {
    let [_, explicit] = content_info
        .first_children::<2>()
        .ok_or("PKCS#7 bundle has no content (truncated?)")?;
    let signed_data = explicit
        .children()
        .next()
        .and_then(Result::ok)
        .ok_or("PKCS#7 content is not readable")?;
    let mut certs = Vec::new();
    for child in signed_data.children() {
        let child = child.map_err(|e| format!("PKCS#7 SignedData: {e}"))?;
        if child.tag == tlv::context(0) {
            for cert in child.children() {
                let cert = cert.map_err(|e| format!("PKCS#7 certificate list: {e}"))?;
                if certs.len() >= limit {
                    return Ok((certs, false));
                }
                certs.push(cert.raw.to_vec());
            }
        }
    }
    Ok((certs, true))
}

/// The CRLs of a PKCS#7 SignedData: its `[1] IMPLICIT crls` (RFC 2315
/// §9.1), each a CertificateList (issue 14). Bounded by the input size.
fn pkcs7_crls(content_info: &Tlv<'_>) -> Vec<Vec<u8>> {
    let signed_data = content_info
        .first_children::<2>()
        .and_then(|[_, explicit]| explicit.children().next()?.ok());
    signed_data
        .iter()
        .flat_map(|sd| sd.children().map_while(Result::ok))
        .filter(|child| child.tag == tlv::context(1))
        .flat_map(|list| list.children().map_while(Result::ok))
        .map(|crl| crl.raw.to_vec())
        .collect()
}

/// What the page keeps of an input: the same text with every private key's
/// body removed (its BEGIN and END lines stay, on the same line numbers, so
/// the analysis still warns), or, for a binary key file (PKCS#12, DER
/// PKCS#8), a short PEM stand-in. Key material never reaches the page's
/// state, the DOM or a share link.
pub fn redact_private_keys(bytes: &[u8]) -> Vec<u8> {
    redacted(bytes).unwrap_or_else(|| bytes.to_vec())
}

/// [`redact_private_keys`] for bytes the caller owns: returned as they are
/// when they hold no key, so a 10 MB paste is not copied to learn that.
pub fn without_private_keys(bytes: Vec<u8>) -> Vec<u8> {
    match redacted(&bytes) {
        Some(redacted) => redacted,
        None => bytes,
    }
}

/// The redacted bytes, or `None` when there is nothing to remove.
fn redacted(bytes: &[u8]) -> Option<Vec<u8>> {
    if contains(bytes, "-----BEGIN ") {
        if !contains(bytes, "PRIVATE KEY") {
            return None;
        }
        let text = String::from_utf8_lossy(bytes);
        let mut out = String::with_capacity(text.len());
        let mut in_key = false;
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let trimmed = line.trim();
            if let Some(label) = pem_boundary(trimmed, "-----BEGIN ") {
                in_key = is_private_key_label(label);
                out.push_str(line);
            } else if pem_boundary(trimmed, "-----END ").is_some() {
                in_key = false;
                out.push_str(line);
            } else if !in_key {
                out.push_str(line);
            }
        }
        return Some(out.into_bytes());
    }
    // Binary, or base64 without armour: look at the shape of each top-level
    // element directly rather than running the whole scanner (the page's
    // wasm carries this function, and the scanner's messages are the
    // engine's business).
    let decoded;
    let der = if looks_binary(bytes) {
        bytes
    } else {
        match decode_bare_base64(bytes) {
            Some(d) => {
                decoded = d;
                &decoded
            }
            None => return None,
        }
    };
    let elements = || {
        tlv::Children::over(der, 0)
            .take(MAX_OBJECTS_PER_INPUT)
            .map_while(Result::ok)
    };
    if elements().any(|e| classify(&e) == ObjectKind::PrivateKey) {
        let label = if elements().any(|e| is_pkcs12(&e)) {
            "PKCS12 FILE WITH PRIVATE KEY"
        } else {
            "PRIVATE KEY"
        };
        return Some(format!("-----BEGIN {label}-----\n-----END {label}-----\n").into_bytes());
    }
    None
}

// --- What the report says of each input (the reader's output, as shown) ---

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct InputReport {
    pub name: String,
    pub size: usize,
    pub objects: Vec<ObjectReport>,
    pub errors: Vec<InputError>,
    /// For `openssl s_client` output: how many certificates the server
    /// sent, as its "Certificate chain" lists them. Without `-showcerts`
    /// only the first one's PEM is printed (see [`s_client_sent`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates_sent: Option<usize>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ObjectReport {
    pub kind: ObjectKind,
    /// `line 3` or `byte 0`.
    pub location: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Index into `certificates`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
    /// For a PKCS#7 bundle: indices into `certificates`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<usize>,
    /// Index into `staples`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staple: Option<usize>,
    /// Index into `crls` (issue 14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crl: Option<usize>,
    /// For a PKCS#7 bundle: indices into `crls` (issue 14).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crls: Vec<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For a certificate printed inside a staple's text dump (`s_client
    /// -status`): that staple's index. It is the responder's certificate,
    /// not part of the served chain, so chain building skips this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedded_in: Option<usize>,
}
