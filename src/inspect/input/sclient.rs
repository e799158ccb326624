//! What an `openssl s_client -showcerts` capture says beside the PEM it
//! prints: how many certificates the server sent. (Its "OCSP response:"
//! section is read by `staple::text`.)
//!
//! Layer: model. Imports base and model modules only.

/// How many certificates `openssl s_client` output says the server sent:
/// the numbered ` 0 s:…` entries of its "Certificate chain" section(s).
/// Without `-showcerts` s_client prints the PEM of the first one only, so a
/// capture can list more than it shows. `None` when the text is not
/// s_client output.
pub fn s_client_sent(bytes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut sections = 0usize;
    let mut sent = 0usize;
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line == "Certificate chain" {
            inside = true;
            sections = sections.saturating_add(1);
        } else if line == "---" {
            inside = false;
        } else if inside {
            let entry = line.trim_start();
            let digits = entry.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && entry.get(digits..).is_some_and(|r| r.starts_with(" s:")) {
                sent = sent.saturating_add(1);
            }
        }
    }
    (sections > 0).then_some(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s_client_lists_what_the_server_sent() {
        // Shape of `openssl s_client -status` (no -showcerts) output, OpenSSL 3.
        let capture = "CONNECTED(00000003)\n---\nCertificate chain\n 0 s:O = t, CN = www.example.test\n   i:O = t, CN = R2\n   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256\n 1 s:O = t, CN = R2\n   i:O = t, CN = R1\n---\nServer certificate\n";
        assert_eq!(s_client_sent(capture.as_bytes()), Some(2));
        assert_eq!(
            s_client_sent(capture.replace('\n', "\r\n").as_bytes()),
            Some(2)
        );
        assert_eq!(s_client_sent(b"-----BEGIN CERTIFICATE-----\n"), None);
    }
}
