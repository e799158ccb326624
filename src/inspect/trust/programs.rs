//! The other root programs (issue 29): Apple's, Microsoft's, Android's
//! (AOSP) and Java's (OpenJDK), beside Mozilla's store ([`super`]).
//!
//! The vendors' lists, as the `sslyze` 6.3.1 package on PyPI carries them
//! (dates per program below), are one table, `programs.bin`, written by
//! `scripts/trust-programs.sh` (see `SOURCE.md` here): each root once, with
//! a bitmask of the programs that hold it. A root that is also in
//! webpki-root-certs is named by its SHA-256 (the store already ships it);
//! any other is kept as what a client uses of a trusted root, its subject,
//! public key and name constraints (rustls-webpki's `TrustAnchor`). The
//! table is zlib-compressed (in the CLI's binary; a file the engine
//! fetches) and inflated once, the first time it is asked; its anchors are
//! built only when a chain needs a verdict (the worker keeps both between
//! analyses).
//!
//! Java: OpenJDK 17.0.2's `cacerts` (2022), the newer of the two Java lists
//! the data has (Oracle's is JDK 13.0.2, 2020), with its blocked list.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::tlv;
use rustls_pki_types::{Der, TrustAnchor};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One root program of the table.
#[derive(Debug)]
pub struct Program {
    /// Its name in the JSON report: `apple`, `microsoft`, `android`, `java`.
    pub id: &'static str,
    /// Its name in sentences.
    pub name: &'static str,
    /// The day the vendor's list was fetched (sslyze's index).
    pub as_of: &'static str,
    /// Which list, and where it came from.
    pub source: &'static str,
    /// Roots the vendor lists (its index's count).
    pub count: usize,
    bit: u8,
}

/// The programs, in the order verdicts are shown. `scripts/trust-programs.sh`
/// writes the same dates and counts to `programs.manifest`; a test holds
/// them together.
pub const PROGRAMS: [Program; 4] = [
    Program {
        id: "apple",
        name: "Apple",
        as_of: "2025-12-28",
        source: "Apple's trusted roots for iOS 26, macOS 26 (support.apple.com/en-us/126047), via sslyze 6.3.1",
        count: 156,
        bit: 1,
    },
    Program {
        id: "microsoft",
        name: "Microsoft",
        as_of: "2026-03-28",
        source: "Microsoft's included roots (CCADB IncludedCACertificateReportForMSFT), via sslyze 6.3.1",
        count: 310,
        bit: 2,
    },
    Program {
        id: "android",
        name: "Android",
        as_of: "2025-12-07",
        source: "AOSP system/ca-certificates 16.0.0_r4, via sslyze 6.3.1",
        count: 143,
        bit: 4,
    },
    Program {
        id: "java",
        name: "Java",
        as_of: "2022-01-23",
        source: "OpenJDK 17.0.2 cacerts, via sslyze 6.3.1",
        count: 89,
        bit: 8,
    },
];

/// The table as `scripts/trust-programs.sh` wrote it (zlib). Natively it
/// is in the binary; the engine (wasm32) fetches the same file,
/// `programs.bin`, beside its wasm and [`install`]s it before it answers,
/// as it does Mozilla's store: 111 KB that would otherwise be a fifth of
/// the engine's bytes.
#[cfg(not(target_arch = "wasm32"))]
fn packed() -> &'static [u8] {
    include_bytes!("programs.bin")
}

#[cfg(target_arch = "wasm32")]
fn packed() -> &'static [u8] {
    INSTALLED.get().map_or(&[], Vec::as_slice)
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: OnceLock<Vec<u8>> = OnceLock::new();

/// The table inflated by the engine's loader (the browser's
/// DecompressionStream, natively and while the wasm compiles; in the wasm
/// it was ~5 ms of a first analysis, issue 27), if it was.
#[cfg(target_arch = "wasm32")]
static INFLATED: OnceLock<Vec<u8>> = OnceLock::new();

/// SHA-256 of `programs.bin`; the engine refuses another file (a test
/// holds it to the file).
pub const FILE_SHA256: &str = "f6b008ca702c6be1fd1492d31d5aa9af78f32f1b56e37ac929ce316e59fa86eb";

/// Installs the engine's table from `programs.bin`, checked against
/// [`FILE_SHA256`] (with the file's SHA-256 if the caller has it:
/// [`super::file_sha256`]), and the same file inflated if the caller has
/// that too (else it is inflated here when first needed); or says why not.
pub fn install(
    bytes: Vec<u8>,
    hashed: Option<&[u8]>,
    inflated: Option<Vec<u8>>,
) -> Result<(), String> {
    let sha = super::file_sha256(&bytes, hashed);
    if sha != FILE_SHA256 {
        return Err(format!(
            "the root programs file is not the one this engine was built with (SHA-256 {sha})"
        ));
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = INSTALLED.set(bytes);
        if let Some(table) = inflated.filter(|t| t.len() <= MAX_TABLE) {
            let _ = INFLATED.set(table);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(inflated);
    Ok(())
}

/// The inflated table's size is known (136 KB); this bounds the inflation.
const MAX_TABLE: usize = 1 << 20;

/// One program's anchors, decoded.
#[derive(Default)]
struct Anchors {
    anchors: Vec<TrustAnchor<'static>>,
    /// SHA-256 (lowercase hex) of the root behind each anchor.
    sha256: Vec<String>,
}

/// Who holds and who blocks each root: what a trust bundle's counts and
/// a blocked certificate need, decoded without building any anchor (and
/// so without parsing Mozilla's store).
#[derive(Default)]
struct Masks {
    /// SHA-256 (hex) → programs (bitmask) that hold the root.
    holders: HashMap<String, u8>,
    /// SHA-256 (hex) → programs that block the certificate.
    blocked: HashMap<String, u8>,
}

/// The table inflated, once.
fn raw() -> &'static [u8] {
    static RAW: OnceLock<Vec<u8>> = OnceLock::new();
    #[cfg(target_arch = "wasm32")]
    if let Some(table) = INFLATED.get() {
        return table;
    }
    RAW.get_or_init(|| {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed(), MAX_TABLE)
            .unwrap_or_default()
    })
}

fn masks() -> &'static Masks {
    static MASKS: OnceLock<Masks> = OnceLock::new();
    MASKS.get_or_init(|| {
        let mut masks = Masks::default();
        let walked = walk(raw(), |mask, sha, _| {
            masks.holders.insert(sha, mask);
        });
        match walked {
            Some(blocked) => Masks { blocked, ..masks },
            None => Masks::default(),
        }
    })
}

/// Each program's anchors, built the first time a chain needs a verdict.
fn programs() -> &'static [Anchors] {
    static PROGRAM_ANCHORS: OnceLock<Vec<Anchors>> = OnceLock::new();
    PROGRAM_ANCHORS.get_or_init(|| decode(raw()).unwrap_or_default())
}

/// Reads `n` bytes off the front of `data`.
fn take<'a>(data: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    let (head, rest) = data.split_at_checked(n)?;
    *data = rest;
    Some(head)
}

fn u16_at(data: &mut &[u8]) -> Option<usize> {
    let b = take(data, 2)?;
    Some(usize::from(u16::from_be_bytes([*b.first()?, *b.get(1)?])))
}

/// The contents of a whole DER element (rustls-webpki's anchors hold the
/// contents of the subject, key and name constraints SEQUENCEs).
fn contents(data: &mut &[u8]) -> Option<Option<Vec<u8>>> {
    let n = u16_at(data)?;
    let element = take(data, n)?;
    if element.is_empty() {
        return Some(None);
    }
    let (t, _) = tlv::read(element, 0).ok()?;
    Some(Some(t.value.to_vec()))
}

/// One root of the table as it is stored: named by its SHA-256 when it is
/// a root of Mozilla's store, else its subject, key and name constraints.
enum Stored {
    InStore,
    Own(Vec<u8>, Vec<u8>, Option<Vec<u8>>),
}

/// Walks the table: `root(mask, sha256, stored)` for each root, and
/// returns the blocked list. The layout: `CSTP` 1, root count (u16), then
/// per root its programs (u8), SHA-256 (32 bytes) and kind (0: in
/// webpki-root-certs; 1: subject, key, name constraints follow, each a u16
/// length and DER), then the blocked count (u16) and per entry programs
/// (u8) and SHA-256. `None` when the data is not that: a test decodes it,
/// so this is never met in a build.
fn walk(raw: &[u8], mut root: impl FnMut(u8, String, Stored)) -> Option<HashMap<String, u8>> {
    let mut data = raw;
    if take(&mut data, 5)? != b"CSTP\x01" {
        return None;
    }
    for _ in 0..u16_at(&mut data)? {
        let mask = *take(&mut data, 1)?.first()?;
        let sha = crate::inspect::text::hex(take(&mut data, 32)?);
        let stored = match take(&mut data, 1)?.first()? {
            0 => Stored::InStore,
            _ => {
                let subject = contents(&mut data)??;
                let spki = contents(&mut data)??;
                Stored::Own(subject, spki, contents(&mut data)?)
            }
        };
        root(mask, sha, stored);
    }
    let mut blocked = HashMap::new();
    for _ in 0..u16_at(&mut data)? {
        let mask = *take(&mut data, 1)?.first()?;
        blocked.insert(crate::inspect::text::hex(take(&mut data, 32)?), mask);
    }
    Some(blocked)
}

/// Each program's anchors. A root named by SHA-256 is the store's; were it
/// missing (a store not yet installed), the program lacks that one anchor,
/// and the test that compares anchors with the vendors' files fails.
fn decode(raw: &[u8]) -> Option<Vec<Anchors>> {
    let mozilla = mozilla_by_sha256();
    let mut programs: Vec<Anchors> = PROGRAMS.iter().map(|_| Anchors::default()).collect();
    walk(raw, |mask, sha, stored| {
        let anchor = match stored {
            Stored::InStore => mozilla.get(sha.as_str()).map(|a| (*a).clone()),
            Stored::Own(subject, spki, constraints) => Some(TrustAnchor {
                subject: Der::from(subject),
                subject_public_key_info: Der::from(spki),
                name_constraints: constraints.map(Der::from),
            }),
        };
        for (program, list) in PROGRAMS.iter().zip(programs.iter_mut()) {
            if let (true, Some(anchor)) = (mask & program.bit != 0, &anchor) {
                list.anchors.push(anchor.clone());
                list.sha256.push(sha.clone());
            }
        }
    })?;
    Some(programs)
}

/// Mozilla's store's anchors, by their root's SHA-256 (hex): the table
/// names the roots it shares with the store instead of carrying them.
fn mozilla_by_sha256() -> HashMap<&'static str, &'static TrustAnchor<'static>> {
    let (anchors, shas, _) = super::store_anchors();
    shas.iter()
        .map(String::as_str)
        .zip(anchors.iter())
        .collect()
}

fn index(program: &Program) -> Option<usize> {
    PROGRAMS.iter().position(|p| p.id == program.id)
}

/// The program's roots as rustls-webpki's trust anchors.
pub fn anchors(program: &Program) -> &'static [TrustAnchor<'static>] {
    index(program)
        .and_then(|i| programs().get(i))
        .map_or(&[], |a| a.anchors.as_slice())
}

/// The SHA-256 (hex) of the root behind `anchors(program)[k]`.
pub fn anchor_sha256(program: &Program, k: usize) -> Option<&'static str> {
    let list = programs().get(index(program)?)?;
    list.sha256.get(k).map(String::as_str)
}

/// The programs (by [`PROGRAMS`] order) that hold the root with this
/// SHA-256 (hex) among their roots.
pub fn holders(sha256: &str) -> Vec<&'static Program> {
    let mask = masks().holders.get(sha256).copied().unwrap_or(0);
    PROGRAMS.iter().filter(|p| mask & p.bit != 0).collect()
}

/// The program lists this certificate (by SHA-256, hex) as blocked.
pub fn blocks(program: &Program, sha256: &str) -> bool {
    masks()
        .blocked
        .get(sha256)
        .is_some_and(|mask| mask & program.bit != 0)
}

/// Every root of the table, with the programs that hold it: for the test
/// that compares it with the vendors' indexes.
pub fn table_roots() -> Vec<(String, Vec<&'static str>)> {
    let mut all: Vec<(String, Vec<&'static str>)> = masks()
        .holders
        .iter()
        .map(|(sha, &mask)| {
            let ids = PROGRAMS
                .iter()
                .filter(|p| mask & p.bit != 0)
                .map(|p| p.id)
                .collect();
            (sha.clone(), ids)
        })
        .collect();
    all.sort();
    all
}

/// The blocked list's SHA-256s (hex) of one program, sorted.
pub fn table_blocked(program: &Program) -> Vec<String> {
    let mut all: Vec<String> = masks()
        .blocked
        .iter()
        .filter(|(_, &mask)| mask & program.bit != 0)
        .map(|(sha, _)| sha.clone())
        .collect();
    all.sort();
    all
}

/// The subject (RFC 4514) of a program's anchor.
pub fn anchor_subject(program: &Program, k: usize) -> Option<String> {
    let anchor = anchors(program).get(k)?;
    let name = tlv::encode(0x30, anchor.subject.as_ref());
    crate::inspect::dn::decode(&name).ok().map(|n| n.rfc4514)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The engine refuses any `programs.bin` but the one it was built with.
    #[test]
    fn the_engine_programs_file_is_checked_by_its_hash() {
        assert_eq!(install(packed().to_vec(), None, None), Ok(()));
        assert!(install(b"not the table".to_vec(), None, None).is_err());
        assert!(install(packed().to_vec(), Some(&[0; 32]), None).is_err());
    }
}
