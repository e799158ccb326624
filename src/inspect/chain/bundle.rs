//! What the admin takes away: PEM bundles for nginx and the command that
//! fetches a missing issuer.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::urls::{is_pkcs7_url, is_web_url};
use base64::Engine as _;

/// One certificate as PEM the way `openssl x509 -out` writes it: standard
/// base64 in 64-column lines between `BEGIN`/`END CERTIFICATE` lines, every
/// line ending in `\n` (RFC 7468 §2 "strict" form).
pub fn pem(der: &[u8]) -> String {
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = String::with_capacity(
        body.len()
            .saturating_add(body.len() / 64)
            .saturating_add(60),
    );
    out.push_str("-----BEGIN CERTIFICATE-----\n");
    for line in body.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(line));
        out.push('\n');
    }
    out.push_str("-----END CERTIFICATE-----\n");
    out
}

/// The shell command that downloads a CA Issuers URL into `issuer.pem`, or
/// `None` for a URL curl should not be pointed at (LDAP, file, garbage).
///
/// RFC 5280 §4.2.2.1: an `http` CA Issuers URL serves one DER certificate
/// (`.cer`, `.crt`, `.der`) or a DER "certs-only" CMS bundle, conventionally
/// named `.p7c`; `.p7b` is the same thing under its Windows name.
pub fn fetch_command(url: &str) -> Option<String> {
    if !is_web_url(url) {
        return None;
    }
    // The URL comes from the certificate, so it is the attacker's.
    let quoted = crate::inspect::commands::shell::quote(url);
    Some(if is_pkcs7_url(url) {
        format!("curl -fsSL {quoted} | openssl pkcs7 -inform DER -print_certs -out issuer.pem")
    } else {
        format!("curl -fsSL {quoted} | openssl x509 -inform DER -out issuer.pem")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fetch_commands_by_what_the_url_serves() {
        // (CA Issuers URL, command; None when curl is not the tool)
        let table = [
            (
                "http://ca.example.test/int-r2.der",
                Some("curl -fsSL http://ca.example.test/int-r2.der | openssl x509 -inform DER -out issuer.pem"),
            ),
            (
                "http://apps.identrust.com/roots/dstrootcax3.p7c",
                Some("curl -fsSL http://apps.identrust.com/roots/dstrootcax3.p7c | openssl pkcs7 -inform DER -print_certs -out issuer.pem"),
            ),
            (
                "http://x.test/a.P7B?x=1&y=2",
                Some("curl -fsSL 'http://x.test/a.P7B?x=1&y=2' | openssl pkcs7 -inform DER -print_certs -out issuer.pem"),
            ),
            (
                "http://x.test/';rm -rf ~;'",
                Some("curl -fsSL 'http://x.test/'\\'';rm -rf ~;'\\''' | openssl x509 -inform DER -out issuer.pem"),
            ),
            ("ldap://ldap.example.test/cn=CA?cACertificate", None),
        ];
        for (url, want) in table {
            assert_eq!(fetch_command(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn pem_lines_are_64_columns() {
        let text = pem(&[0u8; 100]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.first(), Some(&"-----BEGIN CERTIFICATE-----"));
        assert_eq!(lines.get(1).map(|l| l.len()), Some(64));
        assert_eq!(lines.get(2).map(|l| l.len()), Some(64));
        assert_eq!(lines.get(3).map(|l| l.len()), Some(8));
        assert!(text.ends_with("-----END CERTIFICATE-----\n"));
    }
}
