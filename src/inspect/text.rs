//! Small text helpers shared by the model and the views: hex, and showing
//! attacker-controlled strings with their invisible characters made visible.
//!
//! Layer: base. Imports only other base modules.

/// Lowercase hex, no separators (what the JSON report uses).
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().saturating_mul(2));
    for &b in bytes {
        push_hex(&mut out, b, false);
    }
    out
}

/// Two hex digits, without the formatter: `write!` per byte was 3% of the
/// CLI's time on a root bundle (fingerprints, serials, key ids).
fn push_hex(out: &mut String, byte: u8, upper: bool) {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    for nibble in [byte >> 4, byte & 0x0f] {
        out.push(char::from(
            digits.get(usize::from(nibble)).copied().unwrap_or(b'0'),
        ));
    }
}

/// Uppercase hex with colons (what OpenSSL prints for fingerprints).
pub fn hex_colons(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().saturating_mul(3));
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(':');
        }
        push_hex(&mut out, *b, true);
    }
    out
}

/// A run of text to render: plain characters, or one character that would be
/// invisible or reorder the line (controls, bidi overrides, zero-width
/// characters), spelled as `\u{202E}` so a reader sees it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Plain(String),
    Escaped(String),
}

/// True for characters that must not reach the screen as themselves.
pub fn is_suspicious(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}')
}

/// Splits `text` into plain runs and escaped suspicious characters.
pub fn visible(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut plain = String::new();
    for c in text.chars() {
        if is_suspicious(c) {
            if !plain.is_empty() {
                out.push(Segment::Plain(std::mem::take(&mut plain)));
            }
            out.push(Segment::Escaped(format!("\\u{{{:04X}}}", u32::from(c))));
        } else {
            plain.push(c);
        }
    }
    if !plain.is_empty() {
        out.push(Segment::Plain(plain));
    }
    out
}

/// [`visible`] for multi-line text (commands, server configuration): line
/// breaks stay line breaks, every other suspicious character is spelled out,
/// so what is shown is what the copy button copies, made visible.
pub fn visible_lines(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(Segment::Plain("\n".to_string()));
        }
        out.extend(visible(line));
    }
    out
}

/// The same, flattened to one string (for the CLI's text output).
pub fn visible_string(text: &str) -> String {
    visible(text)
        .into_iter()
        .map(|s| match s {
            Segment::Plain(s) | Segment::Escaped(s) => s,
        })
        .collect()
}

/// Lowercase or uppercase hex, no separators, to bytes.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i.saturating_add(2))?, 16).ok())
        .collect()
}

/// Compact JSON (`serde_json::to_string`) laid out as
/// `serde_json::to_string_pretty` lays it out: two-space indents, `": "`,
/// empty `[]` and `{}` kept together. The engine writes the downloaded
/// report this way (issue 27): a second serializer would be a second copy
/// of every `Serialize` impl in its wasm, about 10 KB gzip.
pub fn pretty_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len().saturating_mul(2));
    let mut depth: usize = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '[' | '{' => {
                out.push(c);
                let close = if c == '[' { ']' } else { '}' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth = depth.saturating_add(1);
                    newline(&mut out, depth);
                }
            }
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// Where `text`'s first sentence ends: just after its full stop (one
/// followed by a space, not that of "e.g." or "i.e."), or at its end. The
/// headline quotes a finding's first sentence, and a server's line on the
/// page shows its message's first sentence before the fold.
pub fn first_sentence_end(text: &str) -> usize {
    text.match_indices(". ")
        .map(|(i, _)| i.saturating_add(1))
        .find(|&i| {
            text.get(..i)
                .is_some_and(|s| !s.ends_with("e.g.") && !s.ends_with("i.e."))
        })
        .unwrap_or(text.len())
}

/// The longest number [`decimal`] writes in decimal.
pub const DECIMAL_MAX_BYTES: usize = 64;

/// Decimal text of a non-negative big-endian integer (a DER INTEGER's
/// contents, a CRL number). In base 10^9 limbs here, rather than by
/// num-bigint's `Display`: that pulls its division code, 15 KB, into the
/// engine for the two CRL numbers a report shows (issue 27).
///
/// The conversion takes time quadratic in the length, so a number longer
/// than [`DECIMAL_MAX_BYTES`] (RFC 5280 allows a CRL number 20 octets; a
/// hostile CRL may carry megabytes) is given in hex, `0x…`, instead.
pub fn decimal(value: &[u8]) -> String {
    const BASE: u64 = 1_000_000_000;
    let first = value.iter().position(|&b| b != 0).unwrap_or(value.len());
    let value = value.get(first..).unwrap_or_default();
    if value.len() > DECIMAL_MAX_BYTES {
        return format!("0x{}", hex(value));
    }
    // Least significant limb first.
    let mut limbs: Vec<u64> = Vec::new();
    for &byte in value {
        let mut carry = u64::from(byte);
        for limb in &mut limbs {
            // A limb is below 10^9 and a carry below 2^9: no overflow.
            let v = limb.saturating_mul(256).saturating_add(carry);
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut text = limbs.last().map_or_else(|| "0".to_string(), u64::to_string);
    for limb in limbs.iter().rev().skip(1) {
        text.push_str(&format!("{limb:09}"));
    }
    text
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_first_sentence_ends_at_a_full_stop_not_an_abbreviation() {
        for (text, first) in [
            ("One. Two.", "One."),
            (
                "Fetch it (e.g. with curl). Then reload.",
                "Fetch it (e.g. with curl).",
            ),
            ("That is, i.e. never. Done.", "That is, i.e. never."),
            (
                "nginx serves this file as it is: it never checks it.",
                "nginx serves this file as it is: it never checks it.",
            ),
            ("", ""),
        ] {
            assert_eq!(&text[..super::first_sentence_end(text)], first);
        }
    }

    /// The hand-written decimal against num-bigint's, over lengths that
    /// cross the 10^9 limbs and a leading zero byte (a positive INTEGER
    /// whose top bit is set).
    #[test]
    fn decimal_is_num_bigints() {
        use x509_parser::num_bigint::BigUint;
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut byte = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed.to_be_bytes()[0]
        };
        let mut cases: Vec<Vec<u8>> = vec![
            vec![],
            vec![0],
            vec![0, 0x80],
            vec![0x3b, 0x9a, 0xca, 0x00],
            vec![0x3b, 0x9a, 0xc9, 0xff],
            vec![0xff; 20],
        ];
        for len in 1..=24 {
            cases.push((0..len).map(|_| byte()).collect());
        }
        // A hostile length comes back at once, in hex (10 MB in decimal
        // would take hours).
        let huge = vec![0xab; 10 << 20];
        let text = super::decimal(&huge);
        assert!(text.starts_with("0xabab") && text.len() == 2 + 2 * huge.len());
        let mut longest = vec![0; 3];
        longest.extend([0xff; super::DECIMAL_MAX_BYTES]);
        cases.push(longest);
        for bytes in cases {
            assert_eq!(
                super::decimal(&bytes),
                BigUint::from_bytes_be(&bytes).to_string(),
                "{bytes:02x?}"
            );
        }
    }
    use super::*;

    #[test]
    fn invisible_characters_are_spelled_out() {
        // (input, rendered, why)
        let table = [
            ("example.test", "example.test", "plain text is untouched"),
            (
                "evil\u{202E}gnp.exe",
                "evil\\u{202E}gnp.exe",
                "right-to-left override",
            ),
            ("a\0b", "a\\u{0000}b", "NUL"),
            (
                "line\nbreak",
                "line\\u{000A}break",
                "newline inside a field",
            ),
            (
                "zero\u{200B}width",
                "zero\\u{200B}width",
                "zero-width space",
            ),
            (
                "<script>",
                "<script>",
                "markup is text; the view escapes it",
            ),
        ];
        for (input, want, why) in table {
            assert_eq!(visible_string(input), want, "{why}");
        }
        let flat = |segments: Vec<Segment>| -> String {
            segments
                .into_iter()
                .map(|s| match s {
                    Segment::Plain(s) | Segment::Escaped(s) => s,
                })
                .collect()
        };
        assert_eq!(
            flat(visible_lines("curl \\\n  'http://a\u{202E}b'\r\n")),
            "curl \\\n  'http://a\\u{202E}b'\\u{000D}\n",
            "commands keep their lines; a bidi override or CR in them is spelled out"
        );
        assert_eq!(hex(&[0, 0xab]), "00ab");
        assert_eq!(hex_colons(&[0, 0xab]), "00:AB");
    }
}
