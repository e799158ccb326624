//! Trust: does a chain end in a root that browsers trust?
//!
//! The store is Mozilla's root program as the `webpki-root-certs` crate
//! ships it (built from CCADB's `IncludedCACertificateReportPEMCSV`, roots
//! with the websites trust bit, full certificates so a root can go into
//! `trusted.pem`). It is reached only from [`crate::analyze_with`], which the
//! CLI and the page's engine (the Web Worker) call; the page's own wasm never
//! calls it, so link-time optimisation leaves the roots out of the first load.
//!
//! No Chrome Root Store is served by a package registry certscope can use.
//! Apple's, Microsoft's, Android's and Java's programs are [`programs`]
//! (issue 29): the same engine judges a chain against each.
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

pub mod cross;
pub mod cross_signs;
pub mod programs;

use crate::inspect::certificate::Certificate;
pub use crate::inspect::chain::Trust;
use crate::inspect::chain::{pem, Chain};
use crate::inspect::dn;
use crate::inspect::finding::{Finding, Severity};
use crate::inspect::signature::{self, Verdict};
use crate::inspect::time::Timestamp;
use crate::inspect::tlv;
use rustls_pki_types::{CertificateDer, TrustAnchor};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The root program's name in the JSON report.
pub const PROGRAM: &str = "mozilla";
/// The crate the store comes from, and its version (kept equal to the
/// `=` pin in Cargo.toml; a test reads Cargo.lock to hold them together).
pub const STORE_CRATE: &str = "webpki-root-certs";
pub const STORE_VERSION: &str = "1.0.11";
/// The store's "as of" date: the day release 1.0.11 of `webpki-roots` and
/// `webpki-root-certs` (one repository, released together) was published on
/// crates.io, 2026-10-23. The crate's source names no CCADB date, so the
/// publication is the latest day its data can be from.
pub const AS_OF: &str = "2026-10-23";

/// How the store is named wherever a verdict is shown.
pub fn store_words() -> String {
    format!("Mozilla root store, as of {AS_OF}, {STORE_CRATE} {STORE_VERSION}")
}

/// The store's roots as DER. Natively the crate's constant; in the
/// engine (wasm32) the file `roots.der` the worker fetches beside its wasm
/// and [`install_store`]s before it answers: the roots are about a third of
/// the engine's bytes, and a separate file keeps them out of its code
/// (issue 25 and 27). Until installed the engine's store is empty, and the
/// worker does not answer before it is.
fn store_ders() -> &'static [CertificateDer<'static>] {
    #[cfg(not(target_arch = "wasm32"))]
    {
        webpki_root_certs::TLS_SERVER_ROOT_CERTS
    }
    #[cfg(target_arch = "wasm32")]
    {
        INSTALLED.get().map_or(&[], Vec::as_slice)
    }
}

#[cfg(target_arch = "wasm32")]
static INSTALLED: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();

/// SHA-256 of `roots.der`, the store as one file: the crate's roots' DER,
/// one after another (a test writes and checks it: `store_file`). The
/// engine refuses a file that is not this one.
pub const STORE_FILE_SHA256: &str =
    "eba33aadbbfce0ccc026b8eb059e5546d4f6ca4f140e33f0711474e2f3a359e5";

/// The store as the engine's file: every root's DER, in the crate's order.
#[cfg(not(target_arch = "wasm32"))]
pub fn store_file() -> Vec<u8> {
    webpki_root_certs::TLS_SERVER_ROOT_CERTS
        .iter()
        .flat_map(|d| d.as_ref().iter().copied())
        .collect()
}

/// A store file's SHA-256 (hex): `hashed`, the caller's, when it has one
/// (the engine's loader hashes both files with WebCrypto, natively, while
/// the wasm compiles: hashed in the wasm they were about 10 ms of a cold
/// start, issue 27), else computed here.
pub(crate) fn file_sha256(bytes: &[u8], hashed: Option<&[u8]>) -> String {
    use sha2::Digest as _;
    match hashed {
        Some(sha) => crate::inspect::text::hex(sha),
        None => crate::inspect::text::hex(&sha2::Sha256::digest(bytes)),
    }
}

/// Installs the engine's store from `roots.der` (checked against
/// [`STORE_FILE_SHA256`], with the file's SHA-256 if the caller has it:
/// [`file_sha256`]), and each root's SHA-256 if the caller has them
/// ([`root_hashes`]); the number of roots, or why not.
pub fn install_store(
    bytes: Vec<u8>,
    hashed: Option<&[u8]>,
    each: Option<&[u8]>,
) -> Result<usize, String> {
    let sha = file_sha256(&bytes, hashed);
    if sha != STORE_FILE_SHA256 {
        return Err(format!(
            "the root store file is not the one this engine was built with (SHA-256 {sha})"
        ));
    }
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let mut ders = Vec::new();
    let (mut rest, mut offset) = (bytes, 0usize);
    while !rest.is_empty() {
        let (tlv, next) = crate::inspect::tlv::read(rest, offset).map_err(|e| e.to_string())?;
        ders.push(CertificateDer::from(tlv.raw));
        offset = offset.saturating_add(tlv.raw.len());
        rest = next;
    }
    let count = ders.len();
    let each = root_hashes(count, each);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = INSTALLED.set(ders);
        let _ = ROOT_HASHES.set(each);
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop((ders, each));
    Ok(count)
}

/// The caller's SHA-256 of each of `count` roots, 32 bytes each in the
/// file's order: the engine's loader hashes them with WebCrypto while the
/// wasm compiles (issue 27: the programs' table names Mozilla's roots by
/// it, and hashing the 150 roots in the wasm cost a first analysis ~5 ms,
/// and V8 then optimised SHA-256 on the side). Empty (each root hashed
/// here when needed) unless there is one hash per root; the file they came
/// from was checked whole.
pub fn root_hashes(count: usize, each: Option<&[u8]>) -> Vec<[u8; 32]> {
    let each = each.filter(|e| Some(e.len()) == count.checked_mul(32));
    each.into_iter()
        .flat_map(|e| e.chunks_exact(32))
        .filter_map(|h| h.try_into().ok())
        .collect()
}

/// The loader's hash of installed root `i` (see [`root_hashes`]).
fn given_root_hash(i: usize) -> Option<[u8; 32]> {
    #[cfg(target_arch = "wasm32")]
    return ROOT_HASHES.get()?.get(i).copied();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = i;
        None
    }
}

#[cfg(target_arch = "wasm32")]
static ROOT_HASHES: OnceLock<Vec<[u8; 32]>> = OnceLock::new();

/// A root's SHA-256 (lowercase hex): the loader's, else hashed here.
fn sha256_hex(given: Option<[u8; 32]>, der: &[u8]) -> String {
    use sha2::Digest as _;
    match given {
        Some(sha) => crate::inspect::text::hex(&sha),
        None => crate::inspect::text::hex(&sha2::Sha256::digest(der)),
    }
}

/// The store, indexed once per process (the worker keeps it between
/// analyses) by subject name, from each root's DER; a root is decoded only
/// when a chain names it (issue 27: decoding all 150 roots was a third of a
/// first analysis in the engine, and a chain needs one or two). A root
/// whose name and key cannot be read is left out: the crate's data is
/// fixed, and a test checks that every root decodes.
struct Store {
    ders: Vec<&'static CertificateDer<'static>>,
    /// Each root of `ders`, decoded the first time it is needed.
    decoded: Vec<OnceLock<Option<Certificate>>>,
    /// For each root: its SubjectPublicKeyInfo.
    spkis: Vec<&'static [u8]>,
    /// Subject, in the one name rule's form ([`dn::Canonical`]) → indices into `ders`.
    by_subject: HashMap<dn::Canonical, Vec<usize>>,
    /// For each root: its SHA-256 as the loader gave it, if it did.
    given_sha256: Vec<Option<[u8; 32]>>,
}

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let mut store = Store {
            ders: Vec::new(),
            decoded: Vec::new(),
            spkis: Vec::new(),
            by_subject: HashMap::new(),
            given_sha256: Vec::new(),
        };
        for (i, der) in store_ders().iter().enumerate() {
            let Some(fields) = tlv::certificate_fields(der.as_ref()) else {
                continue;
            };
            let (Some(subject), Some(spki)) = (fields.get(4), fields.get(5)) else {
                continue;
            };
            let subject = dn::canonical(subject.raw);
            store
                .by_subject
                .entry(subject)
                .or_default()
                .push(store.ders.len());
            store.ders.push(der);
            store.spkis.push(spki.raw);
            store.decoded.push(OnceLock::new());
            store.given_sha256.push(given_root_hash(i));
        }
        store
    })
}

/// Every root of the store, decoded (for tests and listings: an analysis
/// reads the [`Store`], which decodes only the roots a chain names).
pub fn roots() -> &'static [Certificate] {
    static ROOTS: OnceLock<Vec<Certificate>> = OnceLock::new();
    ROOTS.get_or_init(|| {
        store_ders()
            .iter()
            .filter_map(|der| Certificate::from_der(der.as_ref()).ok())
            .collect()
    })
}

/// The store as rustls-webpki's trust anchors (name, key and name
/// constraints of each root: an anchor's own dates and extensions are not
/// checked, RFC 5280 §6.1.1), with each anchor's root's SHA-256 and its
/// index in the [`Store`].
pub(crate) fn store_anchors() -> &'static (Vec<TrustAnchor<'static>>, Vec<String>, Vec<usize>) {
    type Anchors = (Vec<TrustAnchor<'static>>, Vec<String>, Vec<usize>);
    static ANCHORS: OnceLock<Anchors> = OnceLock::new();
    ANCHORS.get_or_init(|| {
        let store = store();
        let mut out: Anchors = Default::default();
        for (i, &der) in store.ders.iter().enumerate() {
            let Ok(anchor) = webpki::anchor_from_trusted_cert(der) else {
                continue;
            };
            out.0.push(anchor);
            out.1.push(store.sha256_hex(i, der.as_ref()));
            out.2.push(i);
        }
        out
    })
}

/// The store's roots as trust anchors, for [`crate::inspect::validation`].
pub fn anchors() -> &'static [TrustAnchor<'static>] {
    &store_anchors().0
}

/// The store root behind `anchors()[k]`.
pub fn anchor_root(k: usize) -> Option<&'static Certificate> {
    store().root(*store_anchors().2.get(k)?)
}

/// The certificate is a store root, or has one's subject and key.
pub fn is_store_root(cert: &Certificate) -> bool {
    store().holding(cert).is_some()
}

/// The store roots' SHA-256 fingerprints (lowercase hex), from their DER
/// without decoding them (or as the loader hashed them): all a trust
/// bundle's count needs.
pub fn fingerprints() -> &'static std::collections::HashSet<String> {
    static FINGERPRINTS: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    // Not through the Store: a bundle's count needs no index of the roots.
    FINGERPRINTS.get_or_init(|| {
        (store_ders().iter().enumerate())
            .map(|(i, der)| sha256_hex(given_root_hash(i), der.as_ref()))
            .collect()
    })
}

/// The keys of the store roots named `name`: where a certificate issued
/// by that name may chain to (the checks `ahead` hands to WebCrypto).
pub fn store_keys_named(name: &dn::Canonical) -> Vec<&'static [u8]> {
    let store = store();
    let named = store.by_subject.get(name).into_iter().flatten();
    named.filter_map(|&i| store.spkis.get(i).copied()).collect()
}

impl Store {
    /// Root `i`'s SHA-256 (lowercase hex).
    fn sha256_hex(&self, i: usize, der: &[u8]) -> String {
        sha256_hex(self.given_sha256.get(i).copied().flatten(), der)
    }

    /// Roots named `name`, with their keys.
    fn named(&self, name: &dn::Canonical) -> impl Iterator<Item = (&Certificate, &[u8])> {
        self.by_subject
            .get(name)
            .into_iter()
            .flatten()
            .filter_map(|&i| Some((self.root(i)?, *self.spkis.get(i)?)))
    }

    /// Root `i`, decoded (once).
    fn root(&self, i: usize) -> Option<&Certificate> {
        let der = self.ders.get(i)?;
        let decoded = self.decoded.get(i)?;
        decoded
            .get_or_init(|| Certificate::from_der(der.as_ref()).ok())
            .as_ref()
    }

    /// The store root that is this certificate, or has its subject and key
    /// (a cross-sign of it, RFC 4158 §2.3).
    fn holding(&self, cert: &Certificate) -> Option<&Certificate> {
        let spki = cert.spki();
        let mut named = self.named(&cert.subject_canonical);
        named
            .find(|(r, key)| r.sha256 == cert.sha256 || *key == spki)
            .map(|(r, _)| r)
    }

    /// The store root whose key verifies the certificate's signature.
    fn signing(&self, cert: &Certificate) -> Option<&Certificate> {
        let signed = signature::signed_parts(&cert.der)?;
        let mut named = self.named(&cert.issuer_canonical);
        named
            .find(|(_, key)| signature::verify(key, &signed) == Verdict::Valid)
            .map(|(r, _)| r)
    }
}

/// Judges every chain against the store: sets `chain.trust`, adds the store
/// root to `trusted_pem` when the chain was given without it, and says what
/// it found. Certificates given in the chain are indexed in `certificates`.
pub fn judge(chains: &mut [Chain], certificates: &[Certificate], at: Timestamp) -> Vec<Finding> {
    let mut findings = Vec::new();
    if chains.is_empty() {
        return findings; // the store is decoded only when a chain needs it
    }
    let store = store();
    for chain in chains.iter_mut() {
        let (trust, extra) = judge_chain(chain, certificates, store, at);
        findings.extend(extra);
        chain.trust = Some(trust);
    }
    findings
}

/// Links `links[..n]` all verify.
fn links_valid(chain: &Chain, n: usize) -> bool {
    chain.links.len() >= n
        && chain
            .links
            .iter()
            .take(n)
            .all(|l| l.signature == Verdict::Valid.word())
}

fn judge_chain(
    chain: &mut Chain,
    certificates: &[Certificate],
    store: &Store,
    at: Timestamp,
) -> (Trust, Vec<Finding>) {
    let mut findings = Vec::new();
    let mut trust = Trust {
        program: PROGRAM.to_string(),
        as_of: AS_OF.to_string(),
        anchor: None,
        trusted: false,
        store: format!("{STORE_CRATE} {STORE_VERSION}"),
        anchor_sha256: None,
        anchored_at: None,
        how: "none".to_string(),
        validation: None,
        validations: Vec::new(),
        programs: Vec::new(),
    };
    let cert = |i: usize| certificates.get(i);
    let Some(leaf) = chain.order.first().and_then(|&i| cert(i)) else {
        return (trust, findings);
    };
    let leaf_name = leaf.display_name().to_string();

    // A CA in the chain that the store holds under the same subject and key
    // (the store root itself, or a cross-sign of it): clients stop there.
    // A lone certificate is its own chain: a store root given alone is held.
    let skip = usize::from(chain.order.len() > 1);
    let held = chain
        .order
        .iter()
        .enumerate()
        .skip(skip)
        .find_map(|(k, &i)| {
            let c = cert(i)?;
            let root = store.holding(c)?;
            Some((k, i, c, root))
        });
    if let Some((k, i, c, root)) = held {
        // A self-signed copy with the store root's subject and key is that
        // root (re-issued with other dates), not a cross-sign.
        let given_root = root.sha256 == c.sha256 || c.self_issued;
        set_anchor(&mut trust, root, i, links_valid(chain, k));
        trust.how = if given_root { "given" } else { "cross-sign" }.to_string();
        let after = chain.order.len().saturating_sub(k.saturating_add(1));
        if !given_root {
            findings.extend(cross_sign_findings(c, root, (i, after), &leaf_name, at));
        }
        // The store's root replaces whatever was given above it.
        if !given_root || after > 0 {
            chain.trusted_pem = trusted_pem_to(chain, certificates, k, root);
        }
        findings.push(anchor_finding(&trust, &leaf_name, root, i));
        return (trust, findings);
    }

    let Some(&last) = chain.order.last() else {
        return (trust, findings);
    };
    let Some(top) = cert(last) else {
        return (trust, findings);
    };
    if let Some(root) = store.signing(top) {
        let all = chain.links.len();
        set_anchor(
            &mut trust,
            root,
            last,
            links_valid(chain, all) && chain.missing_issuer.is_none(),
        );
        trust.how = "issued".to_string();
        if !chain.trusted_pem.contains(&pem(&root.der)) {
            chain.trusted_pem.push_str(&pem(&root.der));
        }
        findings.push(anchor_finding(&trust, &leaf_name, root, last));
        return (trust, findings);
    }

    findings.push(not_in_store(chain, top, &leaf_name).on_certificate(last));
    (trust, findings)
}

/// A cross-sign of a store root in the chain: droppable, and a warning when
/// it has expired. `(i, after)`: its index, and how many certificates follow.
fn cross_sign_findings(
    c: &Certificate,
    root: &Certificate,
    (i, after): (usize, usize),
    leaf_name: &str,
    at: Timestamp,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    // The path through the store's own root is shorter: the cross-sign
    // and what it chains to are not needed by clients with that store.
    findings.push(
        Finding::new(
            Severity::Info,
            "trust-cross-sign-droppable",
            format!(
                "{} is a cross-sign of {}, which is itself a root in the {}: clients that have it stop here, so the shorter path ends in that root. The cross-signed copy{} can be dropped from ssl_certificate unless you serve clients too old to have the root.",
                c.display_name(),
                root.display_name(),
                store_words(),
                if after > 0 { format!(" and the {after} certificate(s) above it") } else { String::new() }
            ),
        )
        .on_certificate(i),
    );
    if at > c.not_after {
        findings.push(
            Finding::new(
                Severity::Warning,
                "trust-cross-sign-expired",
                format!(
                    "The cross-sign {} in the chain of {leaf_name} expired {} ({}). Clients that have {} in their store do not need it; older clients that relied on it fail now. Drop it from ssl_certificate.",
                    c.display_name(),
                    c.not_after.relative_to(at),
                    c.not_after,
                    root.display_name()
                ),
            )
            .on_certificate(i),
        );
    }
    findings
}

/// Why a chain that ends at `top` is not anchored in the store.
fn not_in_store(chain: &Chain, top: &Certificate, leaf_name: &str) -> Finding {
    let message = if top.self_issued && chain.order.len() > 1 {
        format!(
            "The chain of {leaf_name} ends in {}, a root that is not in the {}: browsers will not trust this chain unless that root is installed on the client (a private CA?).",
            top.display_name(),
            store_words()
        )
    } else if chain.missing_issuer.is_none() {
        format!(
            "The chain of {leaf_name} ends at {}, issued by {}, which is not a root in the {}: browsers will not trust this chain unless that root is installed on the client (a private CA?).",
            top.display_name(),
            top.issuer,
            store_words()
        )
    } else {
        format!(
            "The chain of {leaf_name} stops at {}, whose issuer was not given and is not a root in the {}: certscope cannot say which root it ends in.",
            top.display_name(),
            store_words()
        )
    };
    Finding::new(Severity::Info, "trust-not-in-store", message)
}

fn set_anchor(trust: &mut Trust, root: &Certificate, at: usize, trusted: bool) {
    trust.anchor = Some(root.subject.clone());
    trust.anchor_sha256 = Some(root.sha256.clone());
    trust.anchored_at = Some(at);
    trust.trusted = trusted;
}

/// `trusted.pem` for a chain cut at `order[k]`: the intermediates below it
/// and the store's root.
fn trusted_pem_to(
    chain: &Chain,
    certificates: &[Certificate],
    k: usize,
    root: &Certificate,
) -> String {
    let mut out: String = chain
        .order
        .iter()
        .take(k)
        .skip(1)
        .filter_map(|&i| certificates.get(i))
        .map(|c| pem(&c.der))
        .collect();
    out.push_str(&pem(&root.der));
    out
}

fn anchor_finding(trust: &Trust, leaf_name: &str, root: &Certificate, at: usize) -> Finding {
    if trust.trusted {
        Finding::new(
            Severity::Info,
            "trust-store-root",
            format!(
                "The chain of {leaf_name} ends in {} ({}). trusted.pem includes that root, so ssl_trusted_certificate needs no download.",
                root.display_name(),
                store_words()
            ),
        )
        .on_certificate(at)
    } else {
        Finding::new(
            Severity::Warning,
            "trust-store-root-unverified",
            format!(
                "The chain of {leaf_name} points at {} ({}), but a link below it does not verify, so browsers will not trust it as given.",
                root.display_name(),
                store_words()
            ),
        )
        .on_certificate(at)
    }
}

/// Rewords the chain findings the store now answers: a given root that is
/// a store root is named as one, and "root not given" is resolved by the
/// store root trusted.pem now holds.
pub fn annotate(findings: &mut Vec<Finding>, chains: &[Chain]) {
    let anchored: Vec<(usize, &Trust)> = chains
        .iter()
        .filter_map(|c| Some((c.order.last().copied()?, c.trust.as_ref()?)))
        .filter(|(_, t)| t.anchor.is_some())
        .collect();
    findings.retain(|f| {
        !(f.code == "chain-root-not-included"
            && anchored
                .iter()
                .any(|(top, t)| f.certificate == Some(*top) && t.how == "issued"))
    });
    for f in findings
        .iter_mut()
        .filter(|f| f.code == "chain-contains-anchor")
    {
        if anchored
            .iter()
            .any(|(top, t)| f.certificate == Some(*top) && t.how == "given")
        {
            f.message
                .push_str(&format!(" It is a root in the {}.", store_words()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `static/roots.der` is the crate's store, and [`STORE_FILE_SHA256`]
    /// its hash; `CERTSCOPE_WRITE_ROOTS=1 cargo test --lib roots_file`
    /// rewrites the file after a webpki-root-certs update (then set the
    /// constant to the hash this test prints).
    #[test]
    fn the_engine_roots_file_is_the_crates_store() {
        use sha2::Digest as _;
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/roots.der");
        let want = store_file();
        if std::env::var("CERTSCOPE_WRITE_ROOTS").is_ok() {
            std::fs::write(path, &want).unwrap();
        }
        let sha = crate::inspect::text::hex(&sha2::Sha256::digest(&want));
        assert_eq!(
            std::fs::read(path).unwrap(),
            want,
            "static/roots.der is stale"
        );
        assert_eq!(sha, STORE_FILE_SHA256, "STORE_FILE_SHA256");
        assert_eq!(
            install_store(want.clone(), None, None),
            Ok(webpki_root_certs::TLS_SERVER_ROOT_CERTS.len())
        );
        let digest = sha2::Sha256::digest(&want);
        assert!(install_store(want.clone(), Some(&digest), None).is_ok());
        assert!(install_store(b"not the store".to_vec(), None, None).is_err());
        // The caller's hash is the file's: a wrong one is refused.
        assert!(install_store(want, Some(&[0; 32]), None).is_err());
    }

    /// The loader's hash of each root is taken only whole: one per root,
    /// in order.
    #[test]
    fn each_roots_hash_is_taken_only_one_per_root() {
        let each: Vec<u8> = (0..3u8).flat_map(|i| [i; 32]).collect();
        assert_eq!(root_hashes(3, Some(&each)), vec![[0; 32], [1; 32], [2; 32]]);
        for (count, given) in [
            (2, Some(&each[..])),
            (4, Some(&each[..])),
            (3, Some(&each[1..])),
            (3, None),
        ] {
            assert!(
                root_hashes(count, given).is_empty(),
                "{count} roots, {:?} bytes",
                given.map(<[u8]>::len)
            );
        }
    }

    /// The store's index, read from each root's DER without decoding it,
    /// finds every root under the name its decoded certificate has, with
    /// its key: a chain names its issuer by the decoded form.
    #[test]
    fn the_store_index_agrees_with_the_decoded_roots() {
        let store = store();
        assert_eq!(store.ders.len(), store_ders().len());
        for (i, der) in store.ders.iter().enumerate() {
            let root = Certificate::from_der(der.as_ref()).unwrap();
            let named = store.by_subject.get(&root.subject_canonical).unwrap();
            assert!(named.contains(&i), "{}", root.subject);
            assert_eq!(store.spkis[i], root.spki(), "{}", root.subject);
            assert_eq!(store.root(i).map(|r| &r.sha256), Some(&root.sha256));
        }
    }

    /// The fingerprints a trust bundle counts with are the decoded roots'.
    #[test]
    fn fingerprints_are_the_roots_sha256() {
        let decoded: std::collections::HashSet<String> =
            roots().iter().map(|r| r.sha256.clone()).collect();
        assert_eq!(fingerprints(), &decoded);
        assert!(decoded.len() > 100, "{}", decoded.len());
    }
}
