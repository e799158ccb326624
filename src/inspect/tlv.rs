//! A minimal, panic-free reader of DER tag-length-value headers.
//!
//! Sniffing what a file is (certificate, staple, PKCS#7, key) needs only the
//! outer shape of the data, and the messages a person needs ("byte 4: length
//! 1234 runs past the end of the data") need exact offsets, which is why this
//! is written here instead of asking a full decoder. Every length is checked
//! against what is left before any slice is taken.
//!
//! Layer: base. Imports only other base modules.

use std::fmt;

/// Universal tags used when sniffing.
pub const TAG_INTEGER: u8 = 0x02;
pub const TAG_BIT_STRING: u8 = 0x03;
pub const TAG_OCTET_STRING: u8 = 0x04;
pub const TAG_OID: u8 = 0x06;
pub const TAG_ENUMERATED: u8 = 0x0a;
pub const TAG_SEQUENCE: u8 = 0x30;
pub const TAG_SET: u8 = 0x31;
pub const TAG_UTC_TIME: u8 = 0x17;
pub const TAG_GENERALIZED_TIME: u8 = 0x18;
/// The bit of a tag byte that marks a constructed element (one holding
/// other elements).
pub const TAG_CONSTRUCTED: u8 = 0x20;
/// Context-specific, constructed `[n]`.
pub const fn context(n: u8) -> u8 {
    0xa0 | (n & 0x1f)
}

/// One DER element: its first tag byte, where it starts, and its contents.
#[derive(Clone, Copy, Debug)]
pub struct Tlv<'a> {
    pub tag: u8,
    /// Offset of the tag byte from the start of the whole input.
    pub offset: usize,
    /// Tag, length and contents.
    pub raw: &'a [u8],
    /// Contents only.
    pub value: &'a [u8],
    /// Offset of the contents from the start of the whole input.
    pub value_offset: usize,
}

/// Why a DER header could not be read; Display says where, in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TlvError {
    /// The data ends inside a tag or length.
    Truncated { offset: usize },
    /// The length says more bytes follow than there are.
    PastEnd {
        offset: usize,
        length: usize,
        available: usize,
    },
    /// BER's indefinite length (0x80): not DER.
    Indefinite { offset: usize },
    /// A length of more than 4 bytes, or a non-minimal one is not the issue:
    /// nothing certscope reads is larger than 4 GiB.
    TooLong { offset: usize },
}

impl TlvError {
    pub fn offset(&self) -> usize {
        match *self {
            TlvError::Truncated { offset }
            | TlvError::PastEnd { offset, .. }
            | TlvError::Indefinite { offset }
            | TlvError::TooLong { offset } => offset,
        }
    }
}

impl fmt::Display for TlvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TlvError::Truncated { offset } => {
                write!(f, "byte {offset}: the data ends in the middle of a DER header (truncated?)")
            }
            TlvError::PastEnd { offset, length, available } => write!(
                f,
                "byte {offset}: DER element has a length of {length} bytes, which runs past the end of the data ({available} bytes left; truncated or corrupted?)"
            ),
            TlvError::Indefinite { offset } => write!(
                f,
                "byte {offset}: indefinite length (BER), which DER does not allow"
            ),
            TlvError::TooLong { offset } => {
                write!(f, "byte {offset}: DER length field is longer than 4 bytes")
            }
        }
    }
}

/// Reads the element at the start of `data`, whose first byte sits at
/// `base` in the whole input. Returns it and what follows it.
pub fn read(data: &[u8], base: usize) -> Result<(Tlv<'_>, &[u8]), TlvError> {
    let truncated = TlvError::Truncated { offset: base };
    let mut pos: usize = 0;
    let tag = *data.first().ok_or(truncated.clone())?;
    pos = pos.checked_add(1).ok_or(truncated.clone())?;
    if tag & 0x1f == 0x1f {
        // High tag number: base-128 continuation bytes (never seen in what we
        // read, but skipped correctly rather than misread).
        loop {
            let b = *data.get(pos).ok_or(truncated.clone())?;
            pos = pos.checked_add(1).ok_or(truncated.clone())?;
            if b & 0x80 == 0 {
                break;
            }
            if pos > 6 {
                return Err(TlvError::TooLong { offset: base });
            }
        }
    }
    let first = *data.get(pos).ok_or(truncated.clone())?;
    pos = pos.checked_add(1).ok_or(truncated.clone())?;
    let length = if first < 0x80 {
        usize::from(first)
    } else if first == 0x80 {
        return Err(TlvError::Indefinite { offset: base });
    } else {
        let count = usize::from(first & 0x7f);
        if count > 4 {
            return Err(TlvError::TooLong { offset: base });
        }
        let mut length: usize = 0;
        for _ in 0..count {
            let b = *data.get(pos).ok_or(truncated.clone())?;
            pos = pos.checked_add(1).ok_or(truncated.clone())?;
            length = length
                .checked_mul(256)
                .and_then(|l| l.checked_add(usize::from(b)))
                .ok_or(TlvError::TooLong { offset: base })?;
        }
        length
    };
    let available = data.len().saturating_sub(pos);
    let end = pos
        .checked_add(length)
        .filter(|&end| end <= data.len())
        .ok_or(TlvError::PastEnd {
            offset: base,
            length,
            available,
        })?;
    let (raw, rest) = data.split_at_checked(end).ok_or(truncated.clone())?;
    let value = raw.get(pos..).ok_or(truncated)?;
    Ok((
        Tlv {
            tag,
            offset: base,
            raw,
            value,
            value_offset: base.saturating_add(pos),
        },
        rest,
    ))
}

/// How many levels of constructed elements certscope follows before it
/// refuses an object: a certificate nests about 8, a staple with its
/// responder's certificate about 12, a PKCS#7 bundle about 10. The decoders
/// underneath have their own limits; this one gives hostile nesting one
/// worded error before any of them runs.
pub const MAX_DEPTH: usize = 32;

/// Where the first element nested deeper than [`MAX_DEPTH`] inside
/// `element` starts, if one is. Walks with an explicit stack, never by
/// recursion, so 100,000 levels cost time in proportion, not the call stack.
pub fn too_deep(element: &Tlv<'_>) -> Option<usize> {
    let mut stack = vec![element.children()];
    while let Some(top) = stack.last_mut() {
        match top.next() {
            Some(Ok(child)) if child.tag & TAG_CONSTRUCTED != 0 => {
                if stack.len() >= MAX_DEPTH {
                    return Some(child.offset);
                }
                stack.push(child.children());
            }
            // Primitive, or unreadable: a decoder reports the latter.
            Some(_) => {}
            None => {
                stack.pop();
            }
        }
    }
    None
}

impl<'a> Tlv<'a> {
    /// The elements inside a constructed element, in order. Stops at the
    /// first unreadable one and yields its error.
    pub fn children(&self) -> Children<'a> {
        Children {
            rest: self.value,
            offset: self.value_offset,
            failed: false,
        }
    }

    /// The first `N` children, or `None` if there are fewer or one is broken.
    pub fn first_children<const N: usize>(&self) -> Option<[Tlv<'a>; N]> {
        let mut it = self.children();
        let mut out = Vec::with_capacity(N);
        for _ in 0..N {
            out.push(it.next()?.ok()?);
        }
        out.try_into().ok()
    }
}

/// Iterator over concatenated elements.
pub struct Children<'a> {
    rest: &'a [u8],
    offset: usize,
    failed: bool,
}

impl<'a> Children<'a> {
    /// Iterates over the elements concatenated in `data`, whose first byte is
    /// at `base` in the whole input.
    pub fn over(data: &'a [u8], base: usize) -> Self {
        Children {
            rest: data,
            offset: base,
            failed: false,
        }
    }
}

impl<'a> Iterator for Children<'a> {
    type Item = Result<Tlv<'a>, TlvError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() || self.failed {
            return None;
        }
        match read(self.rest, self.offset) {
            Ok((tlv, rest)) => {
                self.offset = self.offset.saturating_add(tlv.raw.len());
                self.rest = rest;
                Some(Ok(tlv))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// A certificate's TBSCertificate fields after its optional `[0] version`
/// (serialNumber, signature, issuer, validity, subject,
/// subjectPublicKeyInfo, then the optional ones; RFC 5280 §4.1), read
/// from its DER without decoding any: for what needs one field of many
/// certificates (the trust store's index of names and keys).
pub fn certificate_fields(der: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let (outer, _) = read(der, 0).ok()?;
    let tbs = outer.children().next()?.ok()?;
    let fields = tbs.children().map_while(Result::ok);
    Some(fields.skip_while(|f| f.tag == context(0)).collect())
}

/// One DER element: `tag`, the definite length, `body`. The writer the
/// core's readers are tested with (and that builds DER where it must).
pub fn encode(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    match u8::try_from(body.len()) {
        Ok(short) if short < 0x80 => out.push(short),
        _ => {
            let bytes = body.len().to_be_bytes();
            let skip = bytes.iter().take_while(|b| **b == 0).count();
            let count = bytes.len().saturating_sub(skip);
            out.push(0x80 | u8::try_from(count).unwrap_or(0x7f));
            out.extend(bytes.get(skip..).unwrap_or_default());
        }
    }
    out.extend_from_slice(body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headers_and_reports_offsets() {
        // (bytes, expected result, where the case comes from)
        let (tlv, rest) = read(&[0x30, 0x03, 0x02, 0x01, 0x05, 0xff], 10).unwrap();
        assert_eq!(
            (tlv.tag, tlv.offset, tlv.value, rest),
            (0x30, 10, &[2u8, 1, 5][..], &[0xffu8][..])
        );
        assert_eq!(tlv.value_offset, 12);
        let long = [0x04, 0x81, 0x02, 0xaa, 0xbb];
        assert_eq!(read(&long, 0).unwrap().0.value, &[0xaa, 0xbb]);

        let table: [(&[u8], TlvError, &str); 5] = [
            (&[], TlvError::Truncated { offset: 0 }, "empty input"),
            (
                &[0x30],
                TlvError::Truncated { offset: 0 },
                "tag without length",
            ),
            (
                &[0x30, 0x05, 0x01],
                TlvError::PastEnd {
                    offset: 0,
                    length: 5,
                    available: 1,
                },
                "truncated file",
            ),
            (
                &[0x30, 0x80, 0x00, 0x00],
                TlvError::Indefinite { offset: 0 },
                "BER indefinite length",
            ),
            (
                &[0x30, 0x85, 1, 1, 1, 1, 1],
                TlvError::TooLong { offset: 0 },
                "5-byte length",
            ),
        ];
        for (bytes, want, why) in table {
            assert_eq!(read(bytes, 0).unwrap_err(), want, "{why}");
        }
        assert_eq!(
            TlvError::PastEnd { offset: 4, length: 1234, available: 600 }.to_string(),
            "byte 4: DER element has a length of 1234 bytes, which runs past the end of the data (600 bytes left; truncated or corrupted?)"
        );
    }

    #[test]
    fn children_stop_at_the_first_broken_element() {
        let data = [0x02, 0x01, 0x01, 0x02, 0x05, 0x00];
        let items: Vec<_> = Children::over(&data, 0).collect();
        assert_eq!(items.len(), 2);
        assert!(items[0].is_ok());
        assert_eq!(items[1].as_ref().unwrap_err().offset(), 3);
    }
}
