//! POSIX shell quoting, for every command certscope prints.
//!
//! Certificates are attacker data: a SAN, an OCSP URL or a CA Issuers URL
//! can hold spaces, quotes, `$(…)`, backticks or newlines, and so can a
//! file name or host a person types. Each such value becomes exactly one
//! shell word, whatever it holds.
//!
//! Layer: base. Imports only other base modules.

/// Characters that mean nothing to `sh` (POSIX XCU §2.2, and `=` only means
/// something in a command's first word, which is never a value here).
fn is_plain(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '_' | '@' | '%' | '+' | '=' | ':' | ',' | '.' | '/' | '-')
}

/// One shell word that `sh` reads back as exactly `value`.
///
/// Plain values are left alone so commands stay readable; anything else is
/// single-quoted, the one quoting in which nothing is special (POSIX XCU
/// §2.2.2), and each `'` inside becomes `'\''`: close, escaped quote, reopen.
pub fn quote(value: &str) -> String {
    if !value.is_empty() && value.chars().all(is_plain) {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len().saturating_add(2));
    out.push('\'');
    for c in value.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// A command line from words, each quoted.
pub fn join<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| quote(w.as_ref()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_quoting() {
        // (value, word, why)
        let table = [
            ("leaf.pem", "leaf.pem", "a plain file name stays readable"),
            (
                "http://ocsp.example.test/",
                "http://ocsp.example.test/",
                "URLs are plain",
            ),
            (
                "Host=ocsp.example.test",
                "Host=ocsp.example.test",
                "= is plain after the first word",
            ),
            ("", "''", "an empty value is still one word"),
            ("my leaf.pem", "'my leaf.pem'", "space"),
            (
                "it's",
                "'it'\\''s'",
                "a single quote closes, escapes and reopens",
            ),
            ("$(reboot)", "'$(reboot)'", "command substitution"),
            ("`id`", "'`id`'", "backticks"),
            (
                "a\nb",
                "'a\nb'",
                "a newline is literal inside single quotes",
            ),
            ("~root", "'~root'", "tilde expansion"),
            ("*.pem", "'*.pem'", "globbing"),
        ];
        for (value, want, why) in table {
            assert_eq!(quote(value), want, "{why}");
        }
    }
}
