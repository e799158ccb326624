//! Distinguished names, read and compared the way OpenSSL does: the one
//! place in the core that decodes an X.501 `Name`, renders it as RFC 4514
//! text, and says whether two names are the same.
//!
//! ```text
//! Name ::= SEQUENCE OF RelativeDistinguishedName          -- RFC 5280 §4.1.2.4
//! RelativeDistinguishedName ::= SET SIZE (1..MAX) OF AttributeTypeAndValue
//! AttributeTypeAndValue ::= SEQUENCE { type OBJECT IDENTIFIER, value ANY }
//! DirectoryString ::= CHOICE { teletexString, printableString,
//!     universalString, utf8String, bmpString }
//! ```
//!
//! Text: every DirectoryString type, IA5String, NumericString and
//! VisibleString is decoded to text (OpenSSL's `do_print_ex` table: one byte
//! per character for the 8-bit types, UCS-4 and UCS-2 big-endian for
//! UniversalString and BMPString). Any other value is shown as `#` and the
//! hex of its whole DER encoding (RFC 4514 §2.4; OpenSSL's `DUMP_DER`).
//!
//! Equality: RFC 5280 §7.1, in OpenSSL's canonical form (`x509_name_canon`,
//! `asn1_string_canon` in crypto/x509/x_name.c): each string value converted
//! to UTF-8, leading and trailing white space removed, inner runs of white
//! space made one space, ASCII letters lowercased; values of other types kept
//! as their DER; names compared RDN by RDN, the attributes inside one RDN as
//! a set. Chain building, the fetch commands, staple matching and the
//! self-issued test all ask [`Canonical`].
//!
//! Layer: base. Imports only other base modules.

use crate::inspect::names::attribute_name;
use crate::inspect::text::hex;
use crate::inspect::tlv;
use serde::{Deserialize, Serialize};

/// One attribute of a distinguished name.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Attribute {
    /// Short name (`CN`) or dotted OID.
    pub name: String,
    pub oid: String,
    /// The text, or `#` and the hex of the DER for a value that is not a
    /// string.
    pub value: String,
    /// The ASN.1 type the value is encoded as: `PrintableString`,
    /// `UTF8String`, `TeletexString`, `UniversalString`, `BMPString`,
    /// `IA5String`, `NumericString`, `VisibleString`, or for another type its
    /// name or `tag N`.
    #[serde(default)]
    pub encoding: String,
}

/// A name in the form two names are compared in. Built from the DER of a
/// `Name`; equal values mean equal names under RFC 5280 §7.1.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Canonical(Vec<u8>);

/// A decoded name: its RFC 4514 text, its attributes in encoded order, and
/// its canonical form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Name {
    /// Most specific RDN first, `+` inside a multi-valued RDN:
    /// `CN=example.test,O=Example,C=US`.
    pub rfc4514: String,
    pub attributes: Vec<Attribute>,
    pub canonical: Canonical,
}

/// Why a `Name` could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameError(pub String);

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The universal string types, by tag number, with their names and how
/// their bytes become characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Charset {
    /// UTF8String.
    Utf8,
    /// One byte per character, read as Latin-1 (OpenSSL does the same for
    /// T61 and for bytes a PrintableString should not hold).
    Byte,
    /// BMPString: UCS-2 big-endian.
    Ucs2,
    /// UniversalString: UCS-4 big-endian.
    Ucs4,
}

/// `(tag, name, charset)` of the types decoded to text; OpenSSL's
/// `tag2nbyte` table in crypto/asn1/a_strex.c. Whether OpenSSL's canonical
/// form folds the type is [`folds`].
const STRING_TYPES: &[(u8, &str, Charset)] = &[
    (12, "UTF8String", Charset::Utf8),
    (18, "NumericString", Charset::Byte),
    (19, "PrintableString", Charset::Byte),
    (20, "TeletexString", Charset::Byte),
    (22, "IA5String", Charset::Byte),
    (26, "VisibleString", Charset::Byte),
    (28, "UniversalString", Charset::Ucs4),
    (30, "BMPString", Charset::Ucs2),
];

/// OpenSSL's `ASN1_MASK_CANON`: the types whose values are folded before
/// comparing. NumericString is not among them (it holds digits and spaces
/// only, and is compared as encoded).
fn folds(tag: u8) -> bool {
    matches!(tag, 12 | 19 | 20 | 22 | 26 | 28 | 30)
}

/// The name of a value's type: a string type's, or one of the other
/// universal types that turn up as attribute values.
fn type_name(tag: u8) -> String {
    if let Some((_, name, _)) = STRING_TYPES.iter().find(|(t, _, _)| *t == tag) {
        return (*name).to_string();
    }
    match tag {
        1 => "BOOLEAN".to_string(),
        2 => "INTEGER".to_string(),
        3 => "BIT STRING".to_string(),
        4 => "OCTET STRING".to_string(),
        5 => "NULL".to_string(),
        6 => "OBJECT IDENTIFIER".to_string(),
        21 => "VideotexString".to_string(),
        23 => "UTCTime".to_string(),
        24 => "GeneralizedTime".to_string(),
        25 => "GraphicString".to_string(),
        27 => "GeneralString".to_string(),
        0x30 => "SEQUENCE".to_string(),
        0x31 => "SET".to_string(),
        n => format!("tag {n}"),
    }
}

/// The text of a string-typed value, or `None` for another type or bytes
/// that do not decode (a BMPString of odd length, a UTF8String that is not
/// UTF-8, a surrogate or a code point past U+10FFFF).
pub fn string_value(tag: u8, bytes: &[u8]) -> Option<(&'static str, String)> {
    let &(_, name, charset) = STRING_TYPES.iter().find(|(t, _, _)| *t == tag)?;
    let text = match charset {
        Charset::Utf8 => std::str::from_utf8(bytes).ok()?.to_string(),
        Charset::Byte => bytes.iter().map(|b| char::from(*b)).collect(),
        Charset::Ucs2 => {
            if !bytes.len().is_multiple_of(2) {
                return None;
            }
            let units = bytes
                .chunks_exact(2)
                .map(|c| Some(u16::from_be_bytes([*c.first()?, *c.get(1)?])));
            let units: Option<Vec<u16>> = units.collect();
            String::from_utf16(&units?).ok()?
        }
        Charset::Ucs4 => {
            if !bytes.len().is_multiple_of(4) {
                return None;
            }
            bytes
                .chunks_exact(4)
                .map(|c| {
                    let word: [u8; 4] = c.try_into().ok()?;
                    char::from_u32(u32::from_be_bytes(word))
                })
                .collect::<Option<String>>()?
        }
    };
    Some((name, text))
}

/// RFC 4514 §2.4 escaping, as OpenSSL's `-nameopt RFC2253,-esc_msb` prints
/// it: `,+"\<>;` everywhere, `#` and a space first, a space last, and each
/// control character (and DEL) as `\XX`. Characters past ASCII stay as they
/// are.
pub fn escape_rfc4514(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let last = value.chars().count().saturating_sub(1);
    for (i, c) in value.chars().enumerate() {
        match c {
            '"' | '+' | ',' | ';' | '<' | '>' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            c if c < ' ' || c == '\u{7f}' => out.push_str(&format!("\\{:02X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// OpenSSL's `asn1_string_canon` on text: white space (`ossl_isspace`:
/// space, tab, CR, LF, VT, FF) trimmed at both ends and each inner run made
/// one space; ASCII letters lowercased, other characters kept.
pub fn fold(text: &str) -> String {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}');
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.trim_matches(is_space).chars() {
        if is_space(c) {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Appends one length-prefixed field to a canonical encoding, so no two
/// different lists of fields give the same bytes.
fn push_field(out: &mut Vec<u8>, kind: u8, bytes: &[u8]) {
    out.push(kind);
    let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(bytes);
}

/// Decodes the DER of a `Name` (the whole SEQUENCE, tag and length
/// included). Refuses what is not a SEQUENCE of SETs of (OID, value).
pub fn decode(der: &[u8]) -> Result<Name, NameError> {
    let bad = |what: &str| NameError(format!("the name is malformed: {what}"));
    let (seq, _) =
        tlv::read(der, 0).map_err(|e| NameError(format!("the name is malformed: {e}")))?;
    if seq.tag != tlv::TAG_SEQUENCE {
        return Err(bad("it is not a SEQUENCE"));
    }
    let mut attributes = Vec::new();
    let mut rdn_texts = Vec::new();
    let mut canonical = Vec::new();
    for rdn in seq.children() {
        let rdn = rdn.map_err(|e| NameError(format!("the name is malformed: {e}")))?;
        if rdn.tag != tlv::TAG_SET {
            return Err(bad("a relative distinguished name is not a SET"));
        }
        let mut parts = Vec::new();
        let mut canon_atvs: Vec<Vec<u8>> = Vec::new();
        for atv in rdn.children() {
            let atv = atv.map_err(|e| NameError(format!("the name is malformed: {e}")))?;
            let [oid, value] = atv
                .first_children::<2>()
                .filter(|_| atv.tag == tlv::TAG_SEQUENCE)
                .ok_or_else(|| bad("an attribute is not a (type, value) pair"))?;
            if oid.tag != tlv::TAG_OID {
                return Err(bad("an attribute type is not an OBJECT IDENTIFIER"));
            }
            let oid_text = crate::inspect::names::dotted(oid.value)
                .ok_or_else(|| bad("an attribute type is not a valid OBJECT IDENTIFIER"))?;
            let short = attribute_name(&oid_text);
            let key = short.map_or_else(|| oid_text.clone(), str::to_string);
            let decoded = string_value(value.tag, value.value);
            let (rendered, shown, encoding) = match &decoded {
                Some((kind, text)) => (escape_rfc4514(text), text.clone(), (*kind).to_string()),
                None => {
                    let h = format!("#{}", hex(value.raw));
                    (h.clone(), h, type_name(value.tag))
                }
            };
            parts.push(format!("{key}={rendered}"));
            attributes.push(Attribute {
                name: key,
                oid: oid_text,
                value: shown,
                encoding,
            });
            let mut canon = Vec::new();
            push_field(&mut canon, 0, oid.value);
            match decoded {
                Some((_, text)) if folds(value.tag) => {
                    push_field(&mut canon, 1, fold(&text).as_bytes())
                }
                _ => push_field(&mut canon, 2, value.raw),
            }
            canon_atvs.push(canon);
        }
        if canon_atvs.is_empty() {
            return Err(bad("a relative distinguished name is empty"));
        }
        // A SET: the order of the attributes inside one RDN does not count
        // (DER sorts them; OpenSSL re-encodes and so sorts them too).
        canon_atvs.sort();
        let mut rdn_canon = Vec::new();
        for atv in &canon_atvs {
            push_field(&mut rdn_canon, 3, atv);
        }
        push_field(&mut canonical, 4, &rdn_canon);
        rdn_texts.push(parts.join("+"));
    }
    rdn_texts.reverse();
    Ok(Name {
        rfc4514: rdn_texts.join(","),
        attributes,
        canonical: Canonical(canonical),
    })
}

/// The canonical form of a name's DER; a name that does not decode is
/// compared by its DER (it then equals only itself, byte for byte).
pub fn canonical(der: &[u8]) -> Canonical {
    decode(der).map_or_else(
        |_| {
            let mut raw = vec![0xff];
            raw.extend_from_slice(der);
            Canonical(raw)
        },
        |n| n.canonical,
    )
}

/// Two names' DER are the same name under RFC 5280 §7.1.
pub fn same_name(a: &[u8], b: &[u8]) -> bool {
    a == b || canonical(a) == canonical(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One attribute: OID contents, value tag, value bytes.
    type Atv<'a> = (&'a [u8], u8, &'a [u8]);

    /// DER of a Name with one RDN per list of attributes.
    fn name(rdns: &[&[Atv<'_>]]) -> Vec<u8> {
        use crate::inspect::tlv::encode as tlv;
        let mut seq = Vec::new();
        for rdn in rdns {
            let mut set = Vec::new();
            for (oid, tag, value) in *rdn {
                let mut atv = tlv(6, oid);
                atv.extend(tlv(*tag, value));
                set.extend(tlv(0x30, &atv));
            }
            seq.extend(tlv(0x31, &set));
        }
        tlv(0x30, &seq)
    }

    const CN: &[u8] = &[0x55, 0x04, 0x03];
    const C: &[u8] = &[0x55, 0x04, 0x06];
    const O: &[u8] = &[0x55, 0x04, 0x0a];

    #[test]
    fn every_string_type_reads_as_text() {
        // (tag, value bytes, text, encoding, where the case comes from)
        let table: [(u8, &[u8], &str, &str, &str); 9] = [
            (
                19,
                b"US",
                "US",
                "PrintableString",
                "C in nearly every public certificate",
            ),
            (
                12,
                "Zürich".as_bytes(),
                "Zürich",
                "UTF8String",
                "RFC 5280's preferred type",
            ),
            (22, b"a@b.test", "a@b.test", "IA5String", "emailAddress, DC"),
            (
                20,
                b"Caf\xe9",
                "Café",
                "TeletexString",
                "T61 read as Latin-1, as OpenSSL does",
            ),
            (
                30,
                &[0x00, 0x41, 0x00, 0xe9],
                "Aé",
                "BMPString",
                "UCS-2 big-endian",
            ),
            (
                28,
                &[0, 0, 0, 0x41, 0, 1, 0xf6, 0x00],
                "A😀",
                "UniversalString",
                "UCS-4 big-endian",
            ),
            (
                18,
                b"12 34",
                "12 34",
                "NumericString",
                "serialNumber in some EV names",
            ),
            (26, b"Vis", "Vis", "VisibleString", "ISO646String"),
            (
                19,
                b"Foo  Bar",
                "Foo  Bar",
                "PrintableString",
                "spaces kept in the text",
            ),
        ];
        for (tag, bytes, text, encoding, why) in table {
            let decoded = decode(&name(&[&[(CN, tag, bytes)]])).unwrap();
            assert_eq!(decoded.attributes[0].value, text, "{why}");
            assert_eq!(decoded.attributes[0].encoding, encoding, "{why}");
            assert_eq!(
                decoded.rfc4514,
                format!("CN={}", escape_rfc4514(text)),
                "{why}"
            );
        }
    }

    #[test]
    fn values_that_are_not_strings_are_hex_of_their_der() {
        // An OCTET STRING value and a BMPString of odd length.
        let decoded = decode(&name(&[&[(CN, 4, &[0xab])], &[(O, 30, &[0x00])]])).unwrap();
        assert_eq!(decoded.rfc4514, "O=#1e0100,CN=#0401ab");
        assert_eq!(decoded.attributes[0].encoding, "OCTET STRING");
        assert_eq!(decoded.attributes[1].encoding, "BMPString");
    }

    #[test]
    fn rdns_print_most_specific_first_and_multi_valued_with_plus() {
        let der = name(&[&[(C, 19, b"US")], &[(O, 12, b"A, Inc."), (CN, 12, b"x")]]);
        assert_eq!(decode(&der).unwrap().rfc4514, "O=A\\, Inc.+CN=x,C=US");
    }

    #[test]
    fn escapes_as_openssl_rfc2253_does() {
        // (value, RFC 4514 text)
        let table = [
            ("a,b+c", "a\\,b\\+c"),
            ("#x ", "\\#x\\ "),
            (" lead", "\\ lead"),
            ("in#side=ok", "in#side=ok"),
            ("tab\there", "tab\\09here"),
            ("nul\0", "nul\\00"),
            ("<>;\"\\", "\\<\\>\\;\\\"\\\\"),
            ("Zürich", "Zürich"),
        ];
        for (value, want) in table {
            assert_eq!(escape_rfc4514(value), want, "{value:?}");
        }
    }

    #[test]
    fn names_compare_as_openssl_canonicalises_them() {
        // (first, second, same?, why)
        let foo = |tag: u8, text: &[u8]| name(&[&[(C, 19, b"US")], &[(CN, tag, text)]]);
        let table: [(Vec<u8>, Vec<u8>, bool, &str); 9] = [
            (
                foo(19, b"Foo  Bar"),
                foo(12, b"foo bar"),
                true,
                "case, inner spaces and type",
            ),
            (
                foo(19, b" Foo Bar "),
                foo(19, b"Foo Bar"),
                true,
                "leading and trailing spaces",
            ),
            (
                foo(19, b"Foo\tBar"),
                foo(19, b"foo bar"),
                true,
                "a tab is white space",
            ),
            (
                foo(30, &[0, b'F', 0, b'O', 0, b'O']),
                foo(12, b"foo"),
                true,
                "BMPString against UTF8String",
            ),
            (
                foo(12, b"Foo Bar"),
                foo(12, b"FooBar"),
                false,
                "a space is not nothing",
            ),
            (
                foo(12, "É".as_bytes()),
                foo(12, "é".as_bytes()),
                false,
                "OpenSSL folds ASCII only",
            ),
            (
                foo(18, b"1 2"),
                foo(18, b"1  2"),
                false,
                "NumericString is not folded",
            ),
            (
                name(&[&[(CN, 12, b"a"), (O, 12, b"b")]]),
                name(&[&[(O, 12, b"B"), (CN, 12, b"A")]]),
                true,
                "a multi-valued RDN is a set",
            ),
            (
                name(&[&[(CN, 12, b"a")], &[(O, 12, b"b")]]),
                name(&[&[(O, 12, b"b")], &[(CN, 12, b"a")]]),
                false,
                "RDN order counts",
            ),
        ];
        for (a, b, same, why) in table {
            assert_eq!(same_name(&a, &b), same, "{why}");
        }
        assert_eq!(fold("  Foo \t Bar  "), "foo bar");
    }

    #[test]
    fn hostile_names_are_errors_not_panics() {
        for der in [
            &[][..],
            &[0x30, 0x03, 0x31, 0x01, 0x00],
            &[0x31, 0x00],
            &[0x30, 0x02, 0x31, 0x00],
        ] {
            assert!(decode(der).is_err(), "{der:02x?}");
            // An unreadable name is only ever the same as its own bytes:
            // marked so no decoded name's canonical form can equal it.
            let mut own = vec![0xff];
            own.extend_from_slice(der);
            assert_eq!(canonical(der), Canonical(own), "{der:02x?}");
            assert!(!same_name(der, &[0x30, 0x00]), "{der:02x?}");
        }
        assert_eq!(decode(&[0x30, 0x00]).unwrap().rfc4514, "");
    }
}
