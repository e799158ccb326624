//! Staples printed by OpenSSL: the `OCSP response:` block of
//! `openssl s_client -status`, and `openssl ocsp -text` / `-resp_text` output.
//!
//! Both come from OpenSSL's `OCSP_RESPONSE_print`:
//!
//! ```text
//! OCSP Response Data:
//!     OCSP Response Status: successful (0x0)
//!     Response Type: Basic OCSP Response
//!     Version: 1 (0x0)
//!     Responder Id: O = certscope tests, CN = certscope Test Intermediate R2
//!     Produced At: Nov 13 00:00:00 2026 GMT
//!     Responses:
//!     Certificate ID:
//!       Hash Algorithm: sha1
//!       Issuer Name Hash: 257A6BA928AF7CAC79F0C7AC1E33A84FFB39EC8E
//!       Issuer Key Hash: 5E7B5693BD0C4493C36D1535F2E8F57FF0374035
//!       Serial Number: 1001
//!     Cert Status: revoked
//!     Revocation Time: Nov  1 00:00:00 2026 GMT
//!     Revocation Reason: keyCompromise (0x1)
//!     This Update: Nov 13 00:00:00 2026 GMT
//!     Next Update: Nov 20 00:00:00 2026 GMT
//!
//!     Signature Algorithm: sha256WithRSAEncryption
//!     …
//! Certificate:
//!     …
//! -----BEGIN CERTIFICATE-----
//! ```
//!
//! followed by the embedded certificates, in text and PEM. `s_client` wraps
//! the block in `======` lines; an unsuccessful `openssl ocsp` run prints
//! `Responder Error: trylater (3)` instead. Text carries no signature that
//! can be checked, so such staples are judged on everything but that.
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::certificate::escape_rfc4514;
use crate::inspect::input::{self, contains, ObjectKind};
use crate::inspect::staple::asn1;
use crate::inspect::staple::model::{
    nonce_octets, CertStatus, Responder, ResponderId, SingleResponse, Staple, StapleExtension,
    MAX_EMBEDDED_CERTIFICATES, OID_NONCE,
};
use crate::inspect::text::{hex, unhex};
use crate::inspect::time::Timestamp;

/// Staples read from one text input. `s_client` prints one; a log of many
/// runs may hold more, but not thousands.
pub const MAX_TEXT_STAPLES: usize = 100;

/// One staple found in text, with the lines it spans.
#[derive(Clone, Debug)]
pub struct TextStaple {
    /// The staple, `source` `text`, its embedded certificates' DER in `embedded_der`.
    pub staple: Staple,
    /// 1-based line of `OCSP Response Data:` (or `Responder Error:`).
    pub first_line: usize,
    /// 1-based last line of the block, embedded certificates included.
    pub last_line: usize,
}

/// Everything staple-shaped in one text input.
#[derive(Clone, Debug, Default)]
pub struct TextScan {
    /// In the order they appear.
    pub staples: Vec<TextStaple>,
    /// 1-based lines of `OCSP response: no response sent` (s_client asked
    /// for a staple and the server sent none).
    pub not_sent: Vec<usize>,
}

/// Finds every staple printed as text in `bytes`.
pub fn find(bytes: &[u8], input: usize) -> TextScan {
    let mut out = TextScan::default();
    if !(contains(bytes, "OCSP Response Data:")
        || contains(bytes, "Responder Error:")
        || contains(bytes, "no response sent"))
    {
        return out;
    }
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let mut index = 0;
    while let Some(line) = lines.get(index) {
        let trimmed = line.trim();
        let line_no = index.saturating_add(1);
        if out.staples.len() >= MAX_TEXT_STAPLES {
            break;
        }
        if trimmed.starts_with("OCSP response:") && trimmed.contains("no response sent") {
            out.not_sent.push(line_no);
        } else if trimmed == "OCSP Response Data:" {
            let (staple, end) = block(&lines, index, input);
            out.staples.push(TextStaple {
                staple,
                first_line: line_no,
                last_line: end,
            });
            index = end.max(line_no);
            continue;
        } else if let Some(rest) = trimmed.strip_prefix("Responder Error:") {
            // `openssl ocsp` on an unsuccessful response: "trylater (3)".
            let value = number_in_parens(rest, false);
            let status = value.map_or_else(|| status_from_word(rest), asn1::response_status_name);
            out.staples.push(TextStaple {
                staple: Staple::new(status, "text", input),
                first_line: line_no,
                last_line: line_no,
            });
        }
        index = index.saturating_add(1);
    }
    out
}

/// A single response being read; complete once it has a This Update.
#[derive(Default)]
struct Partial {
    serial: Option<String>,
    cert_status: Option<CertStatus>,
    this_update: Option<Timestamp>,
    next_update: Option<Timestamp>,
    revocation_time: Option<Timestamp>,
    revocation_reason: Option<String>,
    hash_algorithm: Option<String>,
    issuer_name_hash: Option<String>,
    issuer_key_hash: Option<String>,
    extensions: Vec<StapleExtension>,
}

impl Partial {
    fn finish(self, staple: &mut Staple) {
        let (Some(this_update), Some(serial)) = (self.this_update, self.serial) else {
            staple.notes.push(
                "a single response without a serial number or This Update was skipped".to_string(),
            );
            return;
        };
        let name_hash = self.issuer_name_hash.unwrap_or_default();
        let key_hash = self.issuer_key_hash.unwrap_or_default();
        staple.responses.push(SingleResponse {
            serial,
            cert_status: self.cert_status.unwrap_or(CertStatus::Unknown),
            this_update,
            next_update: self.next_update,
            revocation_time: self.revocation_time,
            revocation_reason: self.revocation_reason,
            hash_algorithm: self.hash_algorithm.unwrap_or_else(|| "sha1".to_string()),
            issuer_hashes: unhex(&name_hash).zip(unhex(&key_hash)),
            issuer_name_hash: name_hash,
            issuer_key_hash: key_hash,
            certificate: None,
            issuer: None,
            freshness: None,
            extensions: self.extensions,
        });
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Data,
    SingleExtensions,
    ResponseExtensions,
    Signature,
}

/// Reads one `OCSP Response Data:` block starting at `start` (0-based);
/// returns the staple and the 1-based last line it spans.
fn block(lines: &[&str], start: usize, input: usize) -> (Staple, usize) {
    let mut reader = Reader {
        staple: Staple::new("unknown".to_string(), "text", input),
        current: None,
        section: Section::Data,
    };
    let mut index = start.saturating_add(1);
    let mut last = start;

    // The indented dump of the response.
    while let Some(line) = lines.get(index) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            index = index.saturating_add(1);
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            break;
        }
        last = index;
        index = index.saturating_add(1);
        if reader.section != Section::Signature {
            reader.line(trimmed);
        }
    }
    let mut staple = reader.finish();
    let (embedded, end) = embedded_certificates(lines, index, last);
    staple.embedded_der = embedded;
    (staple, end.saturating_add(1))
}

/// The state of one block being read.
struct Reader {
    staple: Staple,
    /// The single response being read.
    current: Option<Partial>,
    section: Section,
}

impl Reader {
    /// One non-empty indented line of the dump.
    fn line(&mut self, trimmed: &str) {
        let (key, value) = match trimmed.split_once(':') {
            Some((k, v)) => (k.trim(), v.trim()),
            None => {
                // An extension's value on its own line (the nonce's hex).
                let target = match self.section {
                    Section::ResponseExtensions => self.staple.extensions.last_mut(),
                    Section::SingleExtensions => {
                        self.current.as_mut().and_then(|c| c.extensions.last_mut())
                    }
                    _ => None,
                };
                if let Some(ext) = target {
                    ext.value.push_str(&trimmed.to_ascii_lowercase());
                }
                return;
            }
        };
        if matches!(
            self.section,
            Section::SingleExtensions | Section::ResponseExtensions
        ) && !is_response_field(key)
        {
            let ext = text_extension(key, value);
            match self.section {
                Section::ResponseExtensions => self.staple.extensions.push(ext),
                _ => {
                    if let Some(c) = self.current.as_mut() {
                        c.extensions.push(ext);
                    }
                }
            }
            return;
        }
        self.field(key, value);
    }

    /// A field of the response or of the single response being read.
    fn field(&mut self, key: &str, value: &str) {
        let staple = &mut self.staple;
        match key {
            "OCSP Response Status" => {
                staple.response_status = number_in_parens(value, true)
                    .map_or_else(|| status_from_word(value), asn1::response_status_name);
            }
            "Response Type" => {
                staple.response_type = Some(if value == "Basic OCSP Response" {
                    "id-pkix-ocsp-basic".to_string()
                } else {
                    value.to_string()
                });
            }
            "Version" => {
                staple.version = value.split_whitespace().next().and_then(|v| v.parse().ok());
            }
            "Responder Id" => {
                let (shown, id) = responder(value);
                staple.responder = Some(shown);
                staple.responder_id = Some(id);
            }
            "Produced At" => staple.produced_at = openssl_time(value),
            "Responses" => {}
            "Certificate ID" => {
                if let Some(done) = self.current.replace(Partial::default()) {
                    done.finish(staple);
                }
                self.section = Section::Data;
            }
            "Response Single Extensions" => self.section = Section::SingleExtensions,
            "Response Extensions" => {
                if let Some(done) = self.current.take() {
                    done.finish(staple);
                }
                self.section = Section::ResponseExtensions;
            }
            "Signature Algorithm" => {
                if let Some(done) = self.current.take() {
                    done.finish(staple);
                }
                staple.signature_algorithm = Some(value.to_string());
                self.section = Section::Signature;
            }
            _ => {
                let Some(c) = self.current.as_mut() else {
                    return;
                };
                match key {
                    "Hash Algorithm" => c.hash_algorithm = Some(value.to_ascii_lowercase()),
                    "Issuer Name Hash" => c.issuer_name_hash = Some(value.to_ascii_lowercase()),
                    "Issuer Key Hash" => c.issuer_key_hash = Some(value.to_ascii_lowercase()),
                    "Serial Number" => c.serial = Some(serial(value)),
                    "Cert Status" => {
                        c.cert_status = Some(match value {
                            "good" => CertStatus::Good,
                            "revoked" => CertStatus::Revoked,
                            _ => CertStatus::Unknown,
                        })
                    }
                    "Revocation Time" => c.revocation_time = openssl_time(value),
                    "Revocation Reason" => {
                        c.revocation_reason = value.split_whitespace().next().map(str::to_string)
                    }
                    "This Update" => c.this_update = openssl_time(value),
                    "Next Update" => c.next_update = openssl_time(value),
                    _ => {}
                }
            }
        }
    }

    /// The staple, with the last single response added.
    fn finish(mut self) -> Staple {
        let mut staple = self.staple;
        if let Some(done) = self.current.take() {
            done.finish(&mut staple);
        }
        // OpenSSL prints the nonce's extnValue whole (`0410…`); show the inner
        // octets, as for DER staples.
        let singles = staple
            .responses
            .iter_mut()
            .flat_map(|r| r.extensions.iter_mut());
        for ext in staple.extensions.iter_mut().chain(singles) {
            if ext.oid.as_deref() == Some(OID_NONCE) {
                if let Some(bytes) = unhex(&ext.value) {
                    ext.value = hex(nonce_octets(&bytes));
                }
            }
        }

        staple
    }
}

/// The certificates printed after a response ("Certificate:" dumps and their
/// PEM), from line `index`; and the last line of the block.
fn embedded_certificates(
    lines: &[&str],
    mut index: usize,
    mut last: usize,
) -> (Vec<Vec<u8>>, usize) {
    // The embedded certificates: "Certificate:" dumps and their PEM.
    let certs_from = index;
    let mut in_pem = false;
    while let Some(line) = lines.get(index) {
        let trimmed = line.trim();
        if trimmed.starts_with("====")
            || trimmed == "OCSP Response Data:"
            || trimmed == "OCSP Request Data:"
        {
            break;
        }
        let part_of_dump = in_pem
            || trimmed.is_empty()
            || trimmed == "Certificate:"
            || trimmed.starts_with("-----BEGIN ")
            || line.starts_with(char::is_whitespace);
        if !part_of_dump {
            break;
        }
        if trimmed.starts_with("-----BEGIN ") {
            in_pem = true;
        } else if trimmed.starts_with("-----END ") {
            in_pem = false;
        }
        if !trimmed.is_empty() {
            last = index;
        }
        index = index.saturating_add(1);
    }
    let der = lines.get(certs_from..=last).map_or_else(Vec::new, |dump| {
        let scan = input::scan(dump.join("\n").as_bytes());
        scan.found
            .into_iter()
            .filter(|f| f.kind == ObjectKind::Certificate)
            .map(|f| f.der)
            .take(MAX_EMBEDDED_CERTIFICATES)
            .collect()
    });
    (der, last)
}

/// Keys of the response's own fields (everything else inside an extensions
/// section names an extension).
fn is_response_field(key: &str) -> bool {
    matches!(
        key,
        "Certificate ID"
            | "Response Extensions"
            | "Response Single Extensions"
            | "Signature Algorithm"
    )
}

/// An extension named in text: `OCSP Nonce: ` or `OCSP Nonce: critical`.
fn text_extension(name: &str, rest: &str) -> StapleExtension {
    // OpenSSL prints the long name of the OIDs it knows, the dotted OID of
    // the others.
    let oid = match name {
        "OCSP Nonce" => Some(OID_NONCE.to_string()),
        "OCSP CRL ID" => Some("1.3.6.1.5.5.7.48.1.3".to_string()),
        "OCSP Archive Cutoff" => Some("1.3.6.1.5.5.7.48.1.6".to_string()),
        n if n.bytes().all(|b| b.is_ascii_digit() || b == b'.') => Some(n.to_string()),
        _ => None,
    };
    StapleExtension {
        oid,
        name: Some(name.to_string()),
        critical: rest.contains("critical"),
        value: String::new(),
    }
}

/// `0x3` in `trylater (0x3)`, or `3` in `trylater (3)`.
fn number_in_parens(text: &str, hex: bool) -> Option<i64> {
    let inner = text.rsplit_once('(')?.1.split_once(')')?.0.trim();
    match inner.strip_prefix("0x") {
        Some(digits) => i64::from_str_radix(digits, 16).ok(),
        None if !hex => inner.parse().ok(),
        None => None,
    }
}

/// `OCSP_response_status_str`'s words back to RFC 6960's names.
fn status_from_word(text: &str) -> String {
    let word = text.split_whitespace().next().unwrap_or_default();
    match word {
        "successful" => "successful",
        "malformedrequest" => "malformedRequest",
        "internalerror" => "internalError",
        "trylater" => "tryLater",
        "sigrequired" => "sigRequired",
        "unauthorized" => "unauthorized",
        _ => "unknown",
    }
    .to_string()
}

/// OpenSSL's serial (`1001`, `-01`, upper case) in the report's form.
fn serial(text: &str) -> String {
    let (negative, digits) = match text.trim().strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.trim()),
    };
    let digits: String = digits
        .chars()
        .filter(char::is_ascii_hexdigit)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let trimmed = digits.trim_start_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    if negative {
        format!("-{trimmed}")
    } else {
        trimmed.to_string()
    }
}

/// `ASN1_GENERALIZEDTIME_print`: `Nov  1 00:00:00 2026 GMT`, possibly with
/// fractional seconds (`00:00:00.5`). ISO 8601 (`2026-11-01 00:00:00Z`,
/// OpenSSL's `-dateopt iso_8601`) is read too.
pub fn openssl_time(text: &str) -> Option<Timestamp> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = text.split_whitespace().collect();
    if let [month, day, time, year, ..] = parts.as_slice() {
        let month = MONTHS.iter().position(|m| m == month)?.saturating_add(1);
        let day: u32 = day.parse().ok()?;
        let time = time.split('.').next()?;
        return Timestamp::parse_rfc3339(&format!("{year}-{month:02}-{day:02}T{time}Z"));
    }
    Timestamp::parse_rfc3339(&text.replacen(' ', "T", 1))
}

/// The ResponderID line: a key hash (40 hex digits) or an OpenSSL one-line
/// name (`O = certscope tests, CN = certscope Test Intermediate R2`, in
/// encoded order, values with specials in double quotes).
fn responder(value: &str) -> (Responder, ResponderId) {
    let compact: String = value.chars().filter(|c| *c != ':').collect();
    if compact.len() >= 20 && compact.chars().all(|c| c.is_ascii_hexdigit()) {
        let lower = compact.to_ascii_lowercase();
        let bytes = unhex(&lower).unwrap_or_default();
        return (Responder::KeyHash(lower), ResponderId::KeyHash(bytes));
    }
    let rdns = oneline_name(value);
    let shown = rdns
        .iter()
        .rev()
        .map(|rdn| {
            rdn.iter()
                .map(|(k, v)| format!("{k}={}", escape_rfc4514(v)))
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect::<Vec<_>>()
        .join(",");
    (
        Responder::Name(shown),
        ResponderId::NameAttributes(rdns.into_iter().flatten().collect()),
    )
}

type Rdns = Vec<Vec<(String, String)>>;

/// Ends one `name = value` pair, and its RDN when `new_rdn`.
fn finish_pair(key: &mut Option<String>, token: &mut String, rdns: &mut Rdns, new_rdn: bool) {
    if let Some(k) = key.take() {
        if let Some(last) = rdns.last_mut() {
            last.push((k, token.trim().to_string()));
        }
    }
    token.clear();
    if new_rdn {
        rdns.push(Vec::new());
    }
}

/// Splits OpenSSL's `XN_FLAG_ONELINE` name into RDNs of (name, value).
fn oneline_name(text: &str) -> Rdns {
    let mut rdns: Rdns = vec![Vec::new()];
    let mut token = String::new();
    let mut key: Option<String> = None;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' => {
                // `\,` or `\C3` (a hex-escaped byte, shown as Latin-1).
                let next: String = chars.clone().take(2).collect();
                match u8::from_str_radix(&next, 16) {
                    Ok(byte) if next.len() == 2 => {
                        token.push(char::from(byte));
                        chars.next();
                        chars.next();
                    }
                    _ => token.extend(chars.next()),
                }
            }
            '=' if !quoted && key.is_none() => {
                key = Some(token.trim().to_string());
                token.clear();
            }
            ',' if !quoted => finish_pair(&mut key, &mut token, &mut rdns, true),
            '+' if !quoted && chars.peek() == Some(&' ') => {
                finish_pair(&mut key, &mut token, &mut rdns, false)
            }
            c => token.push(c),
        }
    }
    finish_pair(&mut key, &mut token, &mut rdns, false);
    rdns.retain(|rdn| !rdn.is_empty());
    rdns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openssl_times() {
        // (OpenSSL's text, RFC 3339, where it comes from)
        let table = [
            (
                "Nov 22 00:00:00 2026 GMT",
                "2026-11-22T00:00:00Z",
                "ASN1_GENERALIZEDTIME_print",
            ),
            (
                "Nov  1 00:00:00 2026 GMT",
                "2026-11-01T00:00:00Z",
                "space-padded day",
            ),
            (
                "Nov  1 00:00:00.25 2026 GMT",
                "2026-11-01T00:00:00Z",
                "fractional seconds",
            ),
            (
                "2026-11-01 00:00:00Z",
                "2026-11-01T00:00:00Z",
                "-dateopt iso_8601",
            ),
        ];
        for (text, want, why) in table {
            assert_eq!(
                openssl_time(text).map(Timestamp::rfc3339).as_deref(),
                Some(want),
                "{why}"
            );
        }
        assert_eq!(openssl_time("yesterday"), None);
    }

    #[test]
    fn oneline_names_become_rfc4514() {
        // (OpenSSL one-line name, RFC 4514, why)
        let table = [
            (
                "O = certscope tests, CN = certscope Test Intermediate R2",
                "CN=certscope Test Intermediate R2,O=certscope tests",
                "the fixtures' responder",
            ),
            (
                "C = US, O = \"Example, Inc.\", CN = R3",
                "CN=R3,O=Example\\, Inc.,C=US",
                "ESC_QUOTE puts values with commas in quotes",
            ),
            ("CN = a + OU = b", "CN=a+OU=b", "multi-valued RDN"),
        ];
        for (text, want, why) in table {
            assert_eq!(
                responder(text).0,
                Responder::Name(want.to_string()),
                "{why}"
            );
        }
        assert_eq!(
            responder("5E7B5693BD0C4493C36D1535F2E8F57FF0374035").0,
            Responder::KeyHash("5e7b5693bd0c4493c36d1535f2e8f57ff0374035".to_string())
        );
    }

    #[test]
    fn nonce_from_text() {
        // `openssl ocsp -respin resp.der -resp_text` for a response to a
        // request with a nonce (made against tests/fixtures/staples/index.txt).
        let text = "OCSP Response Data:
    OCSP Response Status: successful (0x0)
    Response Type: Basic OCSP Response
    Version: 1 (0x0)
    Responder Id: O = certscope tests, CN = certscope Test Intermediate R2
    Produced At: Nov 25 00:00:49 2026 GMT
    Responses:
    Certificate ID:
      Hash Algorithm: sha1
      Issuer Name Hash: 257A6BA928AF7CAC79F0C7AC1E33A84FFB39EC8E
      Issuer Key Hash: 5E7B5693BD0C4493C36D1535F2E8F57FF0374035
      Serial Number: 1001
    Cert Status: good
    This Update: Nov 25 00:00:49 2026 GMT
    Next Update: Dec  2 00:00:49 2026 GMT

    Response Extensions:
        OCSP Nonce: 
            0410C8C0BAD59439FE466D1790098A8C124A
    Signature Algorithm: sha256WithRSAEncryption
";
        let found = find(text.as_bytes(), 0);
        let staple = &found.staples.first().unwrap().staple;
        assert_eq!(staple.responses.len(), 1);
        assert_eq!(
            staple.extensions,
            [StapleExtension {
                oid: Some(OID_NONCE.to_string()),
                name: Some("OCSP Nonce".to_string()),
                critical: false,
                value: "c8c0bad59439fe466d1790098a8c124a".to_string(),
            }]
        );
        assert_eq!(
            staple
                .responses
                .first()
                .unwrap()
                .next_update
                .map(Timestamp::rfc3339)
                .as_deref(),
            Some("2026-12-02T00:00:49Z")
        );
    }

    #[test]
    fn serials_and_statuses() {
        assert_eq!(serial("1001"), "1001");
        assert_eq!(serial("00FF"), "ff");
        assert_eq!(serial("-01"), "-1");
        assert_eq!(status_from_word("trylater (3)"), "tryLater");
        assert_eq!(number_in_parens("successful (0x0)", true), Some(0));
        assert_eq!(number_in_parens("(UNKNOWN) (7)", false), Some(7));
    }
}
