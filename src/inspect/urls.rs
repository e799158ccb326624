//! What certscope knows about URLs taken from certificates: which ones a
//! client fetches over the web, and which serve a PKCS#7 bundle. One home
//! for both, used by the chain's fetch command and the command writers.
//!
//! Layer: base. Imports only other base modules.

/// `http://` or `https://`, in any case.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Whether `url` is plain `http://` (any case): the only scheme nginx,
/// HAProxy and Apache fetch OCSP responses over.
pub fn is_http_url(url: &str) -> bool {
    url.get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("http://"))
}

/// Ends with `.p7c` or `.p7b` (a PKCS#7 bundle, RFC 5280 §4.2.2.1),
/// ignoring a query or fragment.
pub fn is_pkcs7_url(url: &str) -> bool {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    path.ends_with(".p7c") || path.ends_with(".p7b")
}

/// `%XX` escapes of `text` decoded (RFC 3986 §2.1), as a file name shows
/// them: a byte that is not UTF-8 becomes U+FFFD, a `%` without two hex
/// digits stays as it is.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i.saturating_add(1)..i.saturating_add(3))
            .and_then(|h| std::str::from_utf8(h).ok())
            .filter(|_| b == b'%')
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(decoded) => {
                out.push(decoded);
                i = i.saturating_add(3);
            }
            None => {
                out.push(b);
                i = i.saturating_add(1);
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
