//! Cross-signed certificates certscope knows (issue 29): a root that some
//! programs hold, signed by a root that others hold, so that clients of
//! the second kind reach their own root through it. When a chain stops at
//! such a root (its self-signed copy given, or the issuer of the last
//! certificate) and a program lacks that root but would trust the chain
//! through one of these, the program's verdict names the certificate for
//! the person to serve too (`trust.programs[].trusted_with`).
//!
//! certscope fetches nothing, so it can name only what it carries. Cross-
//! signs are not roots: no root program's list holds them (the vendors'
//! lists in `programs.bin` have none a TLS chain can use), so they are a
//! short table of their own, `cross-signs.der` (DER, one after another),
//! each from a public source that `SOURCE.md` names. A chain whose missing
//! cross-sign is not in the table gets the plain "its store lacks" verdict.
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::certificate::Certificate;
use crate::inspect::tlv;
use std::sync::OnceLock;

/// The table: certificates' DER one after another (see `SOURCE.md`).
const TABLE: &[u8] = include_bytes!("cross-signs.der");

/// Every cross-signed certificate of the table, decoded once. A test
/// decodes the file, so none is dropped in a build.
pub fn known() -> &'static [Certificate] {
    static KNOWN: OnceLock<Vec<Certificate>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let mut out = Vec::new();
        let mut rest = TABLE;
        while let Ok((element, next)) = tlv::read(rest, 0) {
            if let Ok(c) = Certificate::from_der(element.raw) {
                out.push(c);
            }
            rest = next;
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each certificate of the table is a cross-sign: not self-issued.
    #[test]
    fn the_table_holds_only_cross_signs() {
        let all = known();
        assert_eq!(all.len(), 1);
        assert!(all.iter().all(|c| !c.self_issued && c.is_ca == Some(true)));
        assert_eq!(
            all[0].sha256,
            "8b05b68cc659e5ed0fcb38f2c942fbfd200e6f2ff9f85d63c6994ef5e0b02701"
        );
    }
}
