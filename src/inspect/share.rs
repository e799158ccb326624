//! Share links: every input, compressed, in the URL fragment (never a query
//! string, which would reach the server).
//!
//! `#v1=` + base64url(zlib(payload)). The payload keeps each input's name and
//! its bytes in a compact form: a PEM text is stored as its skeleton (every
//! line outside the base64 bodies) plus each block's DER, and is used only
//! when re-armouring the DER rebuilds the original byte for byte; otherwise
//! the raw bytes are stored. Either way the receiver analyses exactly the
//! sender's bytes, so the report is the same, unless an input too large for
//! a link was left out: [`link`] names those, and the page says so.
//!
//! ```text
//! payload   = flags:u8 [at:zigzag-varint if flags&1] [server:bytes if flags&2]
//!             count:varint input*
//! input     = kind:u8 name:bytes body
//! kind      = 0 raw file | 1 raw paste | 2 skeleton file | 3 skeleton paste
//! body(raw) = bytes
//! body(skel)= skeleton:bytes blobs:varint bytes*   (each body line group -> "\0" line)
//! bytes     = len:varint octets
//! ```
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::input::{without_private_keys, Input};
use crate::inspect::time::Timestamp;
use base64::Engine as _;
use std::fmt;

/// Above this a link still works but some chat tools and ticket systems cut
/// long URLs (8 KB is where the first ones do).
pub const WARN_LENGTH: usize = 8 * 1024;
/// Above this the inputs are not put in the URL at all: browsers accept
/// longer ones, but servers' logs and proxies start refusing around 64 KB.
pub const MAX_LENGTH: usize = 64 * 1024;
/// A link never inflates to more than this: the analysis reads at most
/// 10 MiB per input, and a zlib bomb must not exhaust the page's memory.
const MAX_INFLATED: usize = 16 * 1024 * 1024;
/// Inputs in one link; far above any real use, it bounds the decoder's loop.
const MAX_INPUTS: usize = 1_000;

const PREFIX: &str = "v1=";

/// Inputs larger than this together are not even encoded: their link would
/// be far above [`MAX_LENGTH`], and deflating megabytes on every change is
/// wasted work.
pub const MAX_LINK_INPUT_BYTES: usize = 512 * 1024;

/// The share link for a set of inputs, as the page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    /// `v1=…`, or empty when there are no inputs or they are too large.
    pub fragment: String,
    /// Set (to the size that was too large) when the inputs do not fit.
    pub too_large: Option<usize>,
    /// Names of inputs left out of a link that carries the others: each was
    /// too large for a link (a CA's CRL of megabytes beside a chain of a few
    /// KB). The receiver's report then lacks them, so the page says so.
    pub left_out: Vec<String>,
}

/// Links tried while leaving the largest inputs out: each try deflates up
/// to [`MAX_LINK_INPUT_BYTES`], so a few keep a change well under a frame
/// budget in the worker.
const MAX_TRIES: usize = 4;

/// The link for `shared`, or why there is none. When all inputs do not fit,
/// the largest are left out one by one (and named in [`Link::left_out`])
/// until the others do; when even one alone is too large, there is no link.
///
/// Natively the payload is compressed by miniz_oxide, which is synchronous:
/// every future of [`link_with`] is ready when first polled.
#[cfg(not(target_arch = "wasm32"))]
pub fn link(shared: &Shared) -> Link {
    use std::future::Future as _;
    use std::task::{Context, Poll, Waker};
    let future = std::pin::pin!(link_with(shared, |payload| std::future::ready(Some(zlib(
        &payload
    )))));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(link) => link,
        Poll::Pending => Link::default(),
    }
}

/// [`link`], with the payloads compressed to zlib (RFC 1950) by `zlib`,
/// or no link when it cannot. The engine (wasm32) hands them to the
/// browser's CompressionStream rather than carry a compressor: 8 KB gzip
/// of its byte goal (issue 27). A different compressor makes other bytes;
/// [`decode`] reads either.
pub async fn link_with<F, Fut>(shared: &Shared, mut zlib: F) -> Link
where
    F: FnMut(Vec<u8>) -> Fut,
    Fut: std::future::Future<Output = Option<Vec<u8>>>,
{
    if shared.inputs.is_empty() {
        return Link::default();
    }
    let size = |kept: &[usize]| {
        kept.iter()
            .filter_map(|&i| shared.inputs.get(i))
            .fold(0usize, |n, i| n.saturating_add(i.bytes.len()))
    };
    let mut kept: Vec<usize> = (0..shared.inputs.len()).collect();
    let mut too_large = size(&kept);
    let mut tries = 0usize;
    while !kept.is_empty() && tries < MAX_TRIES {
        if size(&kept) <= MAX_LINK_INPUT_BYTES {
            tries = tries.saturating_add(1);
            let payload = payload(&Shared {
                inputs: kept
                    .iter()
                    .filter_map(|&i| shared.inputs.get(i).cloned())
                    .collect(),
                at: shared.at,
                server: shared.server.clone(),
            });
            let Some(compressed) = zlib(payload).await else {
                return Link::default();
            };
            let fragment = fragment(&compressed);
            if fragment.len() <= MAX_LENGTH {
                let left_out = shared
                    .inputs
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !kept.contains(i))
                    .map(|(_, input)| input.name.clone())
                    .collect();
                return Link {
                    fragment,
                    too_large: None,
                    left_out,
                };
            }
            if kept.len() == shared.inputs.len() {
                too_large = fragment.len();
            }
        }
        // Leave the largest out (the first of equals), and try again.
        let largest = kept
            .iter()
            .enumerate()
            .rev()
            .max_by_key(|(_, &i)| shared.inputs.get(i).map_or(0, |input| input.bytes.len()))
            .map(|(at, _)| at);
        match largest {
            Some(at) => {
                kept.remove(at);
            }
            None => break,
        }
    }
    Link {
        fragment: String::new(),
        too_large: Some(too_large),
        left_out: Vec::new(),
    }
}

/// What a link carries.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Shared {
    pub inputs: Vec<SharedInput>,
    /// A pinned evaluation time, or `None` for "evaluate now".
    pub at: Option<Timestamp>,
    /// The web server chosen for the advice (issue 32), as its `--server`
    /// word: kept as text because the server list lives in the analysis
    /// layer, above this one; the page reads it with `Server::from_word`.
    /// Links made before the choice existed carry none.
    pub server: Option<String>,
}

impl Shared {
    /// What opening the link gives the page: its files in order and the
    /// paste area's text (the last pasted input's; empty if none), private
    /// keys left out. The page loads these, and the engine, which analyses
    /// a link as it decodes it, rebuilds the page's request from them.
    pub fn opened(self) -> (Vec<Input>, String) {
        let mut files = Vec::new();
        let mut paste = String::new();
        for input in self.inputs {
            let bytes = without_private_keys(input.bytes);
            if input.pasted {
                paste = String::from_utf8_lossy(&bytes).into_owned();
            } else {
                files.push(Input::new(input.name, bytes));
            }
        }
        (files, paste)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedInput {
    pub name: String,
    pub bytes: Vec<u8>,
    /// It was the paste area's text (it goes back there).
    pub pasted: bool,
}

/// Why a link could not be read; Display is the message for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    UnknownVersion(String),
    NotBase64,
    Corrupt,
    TooLarge,
    Malformed(&'static str),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::UnknownVersion(v) => write!(
                f,
                "this link was made by another version of certscope (\"{v}\"), which this page cannot read"
            ),
            ShareError::NotBase64 => f.write_str(
                "this link is damaged: its data is not valid base64url (was it cut or edited?)",
            ),
            ShareError::Corrupt => f.write_str(
                "this link is damaged: its data does not decompress (it was probably cut short or edited)",
            ),
            ShareError::TooLarge => f.write_str("this link's data is larger than certscope accepts"),
            ShareError::Malformed(what) => write!(f, "this link is damaged: {what}"),
        }
    }
}

/// The fragment (without `#`) for these inputs.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(shared: &Shared) -> String {
    fragment(&zlib(&payload(shared)))
}

#[cfg(not(target_arch = "wasm32"))]
fn zlib(payload: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(payload, 9)
}

/// The fragment (without `#`) for a compressed payload.
fn fragment(compressed: &[u8]) -> String {
    format!(
        "{PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed)
    )
}

/// The inputs, framed as the module's comment says, before compression.
fn payload(shared: &Shared) -> Vec<u8> {
    let mut payload = Vec::new();
    payload.push(u8::from(shared.at.is_some()) | (u8::from(shared.server.is_some()) << 1));
    if let Some(at) = shared.at {
        put_varint(&mut payload, zigzag(at.0));
    }
    if let Some(server) = &shared.server {
        put_bytes(&mut payload, server.as_bytes());
    }
    put_varint(&mut payload, shared.inputs.len() as u64);
    for input in &shared.inputs {
        let skeleton = skeletonize(&input.bytes);
        let kind = u8::from(input.pasted) | if skeleton.is_some() { 2 } else { 0 };
        payload.push(kind);
        put_bytes(&mut payload, input.name.as_bytes());
        match skeleton {
            Some((text, blobs)) => {
                put_bytes(&mut payload, &text);
                put_varint(&mut payload, blobs.len() as u64);
                for blob in &blobs {
                    put_bytes(&mut payload, blob);
                }
            }
            None => put_bytes(&mut payload, &input.bytes),
        }
    }
    payload
}

/// Reads a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = fragment.strip_prefix(PREFIX) else {
        let version = fragment
            .split('=')
            .next()
            .unwrap_or_default()
            .chars()
            .take(16)
            .collect();
        return Err(ShareError::UnknownVersion(version));
    };
    if data.len() > MAX_LENGTH.saturating_mul(2) {
        return Err(ShareError::TooLarge);
    }
    let compressed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|e| match e {
            // Every character is valid but the length is not: cut short.
            base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => {
                ShareError::Corrupt
            }
            _ => ShareError::NotBase64,
        })?;
    let payload =
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&compressed, MAX_INFLATED)
            .map_err(|e| match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
                _ => ShareError::Corrupt,
            })?;
    let mut r = Reader { rest: &payload };
    let flags = r.byte()?;
    let at = if flags & 1 != 0 {
        Some(Timestamp(unzigzag(r.varint()?)))
    } else {
        None
    };
    let server = if flags & 2 != 0 {
        Some(
            String::from_utf8(r.bytes()?.to_vec())
                .map_err(|_| ShareError::Malformed("the server's name is not text"))?,
        )
    } else {
        None
    };
    let count =
        usize::try_from(r.varint()?).map_err(|_| ShareError::Malformed("bad input count"))?;
    if count > MAX_INPUTS {
        return Err(ShareError::Malformed("too many inputs"));
    }
    let mut inputs = Vec::with_capacity(count);
    for _ in 0..count {
        let kind = r.byte()?;
        let name = String::from_utf8(r.bytes()?.to_vec())
            .map_err(|_| ShareError::Malformed("an input name is not text"))?;
        let bytes = match kind & 2 {
            0 => r.bytes()?.to_vec(),
            _ => {
                let text = r.bytes()?;
                let n = usize::try_from(r.varint()?)
                    .map_err(|_| ShareError::Malformed("bad block count"))?;
                let mut blobs = Vec::new();
                for _ in 0..n.min(r.rest.len()) {
                    blobs.push(r.bytes()?);
                }
                rebuild(text, &blobs).ok_or(ShareError::Malformed(
                    "a PEM skeleton does not match its blocks",
                ))?
            }
        };
        if kind > 3 {
            return Err(ShareError::Malformed("unknown input kind"));
        }
        inputs.push(SharedInput {
            name,
            bytes,
            pasted: kind & 1 != 0,
        });
    }
    if !r.rest.is_empty() {
        return Err(ShareError::Malformed("extra data after the inputs"));
    }
    Ok(Shared { inputs, at, server })
}

/// The marker line that stands for one PEM body in a skeleton.
const MARK: &[u8] = b"\0";

/// Splits PEM text into its skeleton and the DER of each block, if and only
/// if [`rebuild`] gives the same bytes back.
fn skeletonize(bytes: &[u8]) -> Option<(Vec<u8>, Vec<Vec<u8>>)> {
    let text = std::str::from_utf8(bytes).ok()?;
    if !text.contains("-----BEGIN ") || text.contains('\0') {
        return None;
    }
    let mut skeleton = Vec::with_capacity(text.len() / 4);
    let mut blobs = Vec::new();
    let mut body = String::new();
    let mut in_block = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\r', '\n']);
        if trimmed.starts_with("-----BEGIN ") && trimmed.ends_with("-----") {
            in_block = true;
            body.clear();
            skeleton.extend_from_slice(line.as_bytes());
        } else if in_block && trimmed.starts_with("-----END ") {
            in_block = false;
            let der = base64::engine::general_purpose::STANDARD
                .decode(body.as_bytes())
                .ok()?;
            skeleton.extend_from_slice(MARK);
            skeleton.extend_from_slice(if line.ends_with("\r\n") {
                b"\r\n"
            } else {
                b"\n"
            });
            skeleton.extend_from_slice(line.as_bytes());
            blobs.push(der);
        } else if in_block {
            body.push_str(trimmed);
        } else {
            skeleton.extend_from_slice(line.as_bytes());
        }
    }
    if in_block {
        return None;
    }
    (rebuild(
        &skeleton,
        &blobs.iter().map(Vec::as_slice).collect::<Vec<_>>(),
    )? == bytes)
        .then_some((skeleton, blobs))
}

/// Puts each DER back as 64-column base64, with the marker line's line end.
fn rebuild(skeleton: &[u8], blobs: &[&[u8]]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(skeleton.len().saturating_mul(2));
    let mut blobs = blobs.iter();
    for line in skeleton.split_inclusive(|b| *b == b'\n') {
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let crlf = content.ends_with(b"\r");
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        if content == MARK {
            let b64 = base64::engine::general_purpose::STANDARD.encode(blobs.next()?);
            let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
            for chunk in b64.as_bytes().chunks(64) {
                out.extend_from_slice(chunk);
                out.extend_from_slice(eol);
            }
        } else {
            out.extend_from_slice(line);
        }
    }
    blobs.next().is_none().then_some(out)
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ 0i64.wrapping_sub((v & 1) as i64)
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, ShareError> {
        let (first, rest) = self
            .rest
            .split_first()
            .ok_or(ShareError::Malformed("it ends too early"))?;
        self.rest = rest;
        Ok(*first)
    }

    fn varint(&mut self) -> Result<u64, ShareError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShareError::Malformed("a length is too long"))
    }

    fn bytes(&mut self) -> Result<&'a [u8], ShareError> {
        let len = usize::try_from(self.varint()?)
            .map_err(|_| ShareError::Malformed("a length is too long"))?;
        let (head, rest) = self
            .rest
            .split_at_checked(len)
            .ok_or(ShareError::Malformed("it ends too early"))?;
        self.rest = rest;
        Ok(head)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the page loads from a link, and the engine rebuilds from it.
    #[test]
    fn a_link_opens_as_files_in_order_and_the_last_pasted_text() {
        let key = "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n";
        let input = |name: &str, bytes: &str, pasted| SharedInput {
            name: name.into(),
            bytes: bytes.into(),
            pasted,
        };
        let shared = Shared {
            inputs: vec![
                input("a.pem", "A", false),
                input("pasted text", "first", true),
                input("b.pem", &format!("B\n{key}"), false),
                input("pasted text", &format!("second\n{key}"), true),
            ],
            ..Shared::default()
        };
        let (files, paste) = shared.opened();
        let names: Vec<_> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.pem", "b.pem"]);
        // The key's body is gone; its BEGIN and END lines stay.
        assert!(!String::from_utf8_lossy(&files[1].bytes).contains("MIIB"));
        assert!(
            paste.starts_with("second") && !paste.contains("MIIB"),
            "{paste}"
        );
        assert_eq!(Shared::default().opened(), (Vec::new(), String::new()));
    }

    #[test]
    fn zigzag_round_trips() {
        for v in [0, 1, -1, 1_795_395_600, i64::MIN, i64::MAX] {
            assert_eq!(unzigzag(zigzag(v)), v);
        }
    }

    #[test]
    fn skeleton_only_when_exact() {
        let pem = "junk\n-----BEGIN CERTIFICATE-----\nMAMCAQU=\n-----END CERTIFICATE-----\ntail";
        let (skeleton, blobs) = skeletonize(pem.as_bytes()).unwrap();
        assert_eq!(blobs, vec![vec![0x30, 0x03, 0x02, 0x01, 0x05]]);
        assert!(!String::from_utf8_lossy(&skeleton).contains("MAMC"));
        // Wrapped at 60 columns, re-armouring would differ: stored raw.
        let odd = format!(
            "-----BEGIN X-----\n{}\n{}\n-----END X-----\n",
            "A".repeat(60),
            "A".repeat(4)
        );
        assert!(skeletonize(odd.as_bytes()).is_none());
    }
}
