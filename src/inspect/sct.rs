//! Signed Certificate Timestamps embedded in a certificate (RFC 6962 §3.3):
//! the extension 1.3.6.1.4.1.11129.2.4.2 holds a TLS-encoded
//! `SignedCertificateTimestampList`.
//!
//! ```text
//! struct {
//!     Version sct_version;            // v1(0)
//!     LogID id;                       // SHA-256 of the log's public key
//!     uint64 timestamp;               // ms since the epoch
//!     CtExtensions extensions;        // opaque<0..2^16-1>
//!     digitally-signed struct { ... } // hash, signature algorithm, bytes
//! } SignedCertificateTimestamp;
//! ```
//!
//! No package registry ships a dated CT log list, so logs are shown by their
//! id in base64 (as browsers' developer tools do) and `log`/`operator` are
//! `null`.
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::text::hex;
use crate::inspect::time::Timestamp;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use x509_parser::extensions::SignedCertificateTimestamp;

/// One embedded SCT (issue 15's stable names first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sct {
    /// The log's id (SHA-256 of its key), standard base64.
    pub log_id: String,
    /// RFC 3339, UTC, with milliseconds: `2018-10-26T11:15:02.123Z`.
    pub timestamp: String,
    /// The log's name: `null`, no dated log list ships with certscope.
    pub log: Option<String>,
    /// The log's operator: `null` likewise.
    pub operator: Option<String>,
    /// `v1`, or `unknown (N)`.
    pub version: String,
    /// Milliseconds since the epoch, as the log signed it.
    pub timestamp_ms: u64,
    /// RFC 5246 names: `sha256`, and `ecdsa` or `rsa`.
    pub hash_algorithm: String,
    pub signature_algorithm: String,
    /// The SCT's extensions, hex (empty for every log today).
    pub extensions: String,
    /// The timestamp is not after the certificate's Not Before. Real CAs
    /// set Not Before at or before precertificate issuance (often rounded
    /// down to the hour or day), and logs sign later, so for embedded SCTs
    /// this is normally `false`; it is shown, not judged.
    pub before_not_before: bool,
}

impl Sct {
    pub fn from_parsed(s: &SignedCertificateTimestamp<'_>, not_before: Timestamp) -> Sct {
        Sct {
            log_id: base64::engine::general_purpose::STANDARD.encode(s.id.key_id),
            timestamp: rfc3339_ms(s.timestamp),
            log: None,
            operator: None,
            version: match s.version.0 {
                0 => "v1".to_string(),
                n => format!("unknown ({n})"),
            },
            timestamp_ms: s.timestamp,
            hash_algorithm: hash_name(s.signature.hash_alg_id),
            signature_algorithm: signature_name(s.signature.sign_alg_id),
            extensions: hex(s.extensions.0),
            before_not_before: i64::try_from(s.timestamp / 1000)
                .is_ok_and(|secs| secs <= not_before.0),
        }
    }

    /// The SCT's time, to the second.
    pub fn at(&self) -> Timestamp {
        Timestamp(i64::try_from(self.timestamp_ms / 1000).unwrap_or(i64::MAX))
    }
}

/// One finding per certificate with embedded SCTs: how many, from how
/// many distinct logs. Takes `(certificate index, display name, its SCTs)`
/// so this module does not depend on the certificate model that holds them.
pub fn findings<'a>(
    certificates: impl IntoIterator<Item = (usize, &'a str, &'a [Sct])>,
) -> Vec<crate::inspect::finding::Finding> {
    use crate::inspect::finding::{Finding, Severity};
    certificates
        .into_iter()
        .filter(|(_, _, scts)| !scts.is_empty())
        .map(|(i, name, scts)| {
            let mut logs: Vec<&str> = scts.iter().map(|s| s.log_id.as_str()).collect();
            logs.sort_unstable();
            logs.dedup();
            let dates: Vec<&str> = scts.iter().map(|s| s.timestamp.as_str()).collect();
            Finding::new(
                Severity::Info,
                "sct-embedded",
                format!(
                    "{} carries {} embedded Signed Certificate Timestamp(s) from {} distinct CT log(s), logged {}. Log ids: {}. (certscope has no dated log list, so logs are named by id.)",
                    name,
                    scts.len(),
                    logs.len(),
                    dates.join(", "),
                    logs.join(", ")
                ),
            )
            .on_certificate(i)
        })
        .collect()
}

/// `2018-10-26T11:15:02.123Z`.
pub fn rfc3339_ms(ms: u64) -> String {
    let secs = Timestamp(i64::try_from(ms / 1000).unwrap_or(i64::MAX)).rfc3339();
    let millis = ms % 1000;
    match secs.strip_suffix('Z') {
        Some(head) => format!("{head}.{millis:03}Z"),
        None => secs,
    }
}

/// RFC 5246 §7.4.1.4.1 HashAlgorithm.
fn hash_name(id: u8) -> String {
    match id {
        0 => "none",
        1 => "md5",
        2 => "sha1",
        3 => "sha224",
        4 => "sha256",
        5 => "sha384",
        6 => "sha512",
        n => return format!("unknown ({n})"),
    }
    .to_string()
}

/// RFC 5246 §7.4.1.4.1 SignatureAlgorithm.
fn signature_name(id: u8) -> String {
    match id {
        0 => "anonymous",
        1 => "rsa",
        2 => "dsa",
        3 => "ecdsa",
        n => return format!("unknown ({n})"),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milliseconds_are_kept() {
        assert_eq!(rfc3339_ms(1_540_552_502_123), "2018-10-26T11:15:02.123Z");
        assert_eq!(rfc3339_ms(0), "1970-01-01T00:00:00.000Z");
    }
}
