//! What a chain is, as the report shows it: the path, its links, what is
//! missing, where each certificate was given and where it belongs, and the
//! trust verdict the trust analysis attaches. Data, and the given-order
//! arithmetic both the search ([`super`]) and the findings
//! ([`super::diagnosis`]) read.
//!
//! Layer: model. Imports base and model modules only.

use crate::inspect::input::{InputReport, Location};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One chain: a leaf and the certificates above it, in the right order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    /// Indices into `certificates`, leaf first.
    pub order: Vec<usize>,
    /// Verified end to end: no certificate is missing (the chain ends in a
    /// self-signed root, or at a CA certificate whose issuer, named in
    /// `needed_root`, is the root it needs: whether clients hold it is
    /// `trust.validation`'s verdict) and every
    /// signature it rests on verified. When false, `missing_issuer` names
    /// the gap; when there is none, a link failed (`signature: invalid`),
    /// could not be checked (`unsupported`, or `root_signature`
    /// `unsupported`: the path is still built and shown, but it is
    /// unchecked), or the path ended in a cycle.
    pub complete: bool,
    /// The chain ends in a self-signed root that was given.
    pub root_included: bool,
    /// The self-signature of the self-issued certificate the chain ends at:
    /// `valid`, `invalid` (`end` is then `bad-self-signature`) or
    /// `unsupported`; `null` when the chain does not end at one.
    #[serde(deserialize_with = "crate::inspect::intern::optional_static_str")]
    pub root_signature: Option<crate::inspect::intern::Word>,
    /// `links[i]`: `order[i]` issued by `order[i + 1]`.
    pub links: Vec<Link>,
    /// The certificate that should come next and was not given (or was
    /// given with the wrong key).
    pub missing_issuer: Option<IssuerNeeded>,
    /// How the path ends: `root`, `anchor` (issuer taken to be a trusted
    /// root), `missing`, `bad-self-signature`, `cycle`, `too-long`, `budget`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub end: crate::inspect::intern::Word,
    /// When the chain is complete but its root was not given: the root
    /// clients must trust, and `ssl_trusted_certificate` must hold.
    pub needed_root: Option<IssuerNeeded>,
    /// Whether the given files hold the chain in the right order.
    pub given_order: GivenOrder,
    /// For each certificate of `order`: where it was given, and where it
    /// belongs.
    pub positions: Vec<Placement>,
    /// Leaf and intermediates, leaf first: the file for nginx's
    /// `ssl_certificate`. Stops before a link that does not verify.
    pub fullchain_pem: String,
    /// Intermediates and root (when given): the file for
    /// `ssl_trusted_certificate`.
    pub trusted_pem: String,
    /// Other fully verified paths from the same leaf (cross-signs).
    pub alternatives: Vec<Alternative>,
    /// Whether the chain ends in a root of Mozilla's store (issue 15; set by
    /// [`crate::inspect::trust::judge`], `null` before).
    /// The page reads the verdict from the findings, so its wasm carries no
    /// decoder for it.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub trust: Option<Trust>,
}

/// A chain's trust verdict, set by the trust analysis (`trust::judge`,
/// which depends on this module, never the other way round).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trust {
    /// `mozilla`.
    pub program: String,
    /// `YYYY-MM-DD`: see `trust::AS_OF`.
    pub as_of: String,
    /// The store root the chain ends in (RFC 4514), or `null`.
    pub anchor: Option<String>,
    /// The chain's links up to a store root all verify.
    pub trusted: bool,
    /// `webpki-root-certs 1.0.11`.
    pub store: String,
    /// The store root's SHA-256 fingerprint (lowercase hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor_sha256: Option<String>,
    /// Index into `certificates` of the certificate the store root signed
    /// or is (a given root, or a cross-sign of a store root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchored_at: Option<usize>,
    /// `issued` (the last given certificate was signed by the store root),
    /// `given` (the store root itself was given), `cross-sign` (a given CA
    /// has the store root's subject and key), or `none`.
    pub how: String,
    /// The client's verdict on the chain (rustls-webpki): Mozilla's when it
    /// accepts, else the given roots' when any were given, else Mozilla's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<Validation>,
    /// Every verdict made: `mozilla`, and `given` when roots were given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub validations: Vec<Validation>,
    /// One verdict per root program (issue 29): Mozilla's, then Apple's,
    /// Microsoft's, Android's and Java's, each rustls-webpki's against that
    /// program's roots. The page reads `validations` instead: its wasm
    /// never reads this field back (the engine's JSON download has it), so
    /// the first load carries no code to parse it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub programs: Vec<ProgramVerdict>,
}

/// A root program's verdict on a chain, as `trust.programs` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramVerdict {
    /// `mozilla`, `apple`, `microsoft`, `android` or `java`.
    pub program: String,
    /// The day the program's list is from (`YYYY-MM-DD`).
    pub as_of: String,
    /// Which list, and where it came from.
    pub source: String,
    /// The program's root the accepted path ends in (RFC 4514), or `null`.
    pub anchor: Option<String>,
    /// rustls-webpki accepts the chain against the program's roots.
    pub trusted: bool,
    /// When it does not, for want of the root, but would through a
    /// cross-signed certificate certscope knows and the chain lacks
    /// (`trust::cross_signs`): that certificate, to serve too (issue 29).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_with: Option<MissingCrossSign>,
}

/// A cross-signed certificate a chain lacks, through which a root program
/// would trust it (issue 29). certscope cannot fetch it: it names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissingCrossSign {
    /// Its subject (RFC 4514): the root the program lacks.
    pub subject: String,
    /// Its issuer (RFC 4514): a root the program holds.
    pub issuer: String,
    /// SHA-256 of the certificate (lowercase hex), to find it by.
    pub sha256: String,
}

impl Trust {
    /// No anchor found yet, in `program`.
    pub fn none(program: &str) -> Trust {
        Trust {
            program: program.to_string(),
            as_of: String::new(),
            anchor: None,
            trusted: false,
            store: String::new(),
            anchor_sha256: None,
            anchored_at: None,
            how: "none".to_string(),
            validation: None,
            validations: Vec::new(),
            programs: Vec::new(),
        }
    }
}

/// One verdict of rustls-webpki on one chain against one set of anchors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validation {
    pub verdict: ClientVerdict,
    /// `mozilla`, `given`, or another root program (`apple`,
    /// `microsoft`, `android`, `java`: see `trust::programs`).
    pub program: String,
    /// The anchor the accepted path ends in (RFC 4514 subject).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// The path clients build, leaf first, as indices into `certificates`
    /// (the anchor last when it was given).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<usize>,
    /// Why it was refused: a stable code (`name-constraint-violation`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The certificate the refusal concerns, an index into `certificates`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
}

impl Validation {
    pub fn accepted(&self) -> bool {
        self.verdict == ClientVerdict::Accepted
    }
}

/// What clients do with a chain, by rustls-webpki.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientVerdict {
    /// A path to an anchor verifies.
    Accepted,
    /// No path does, for the error named.
    Refused,
    /// No path to any anchor, and none was given: certscope cannot tell.
    NoAnchor,
}

impl ClientVerdict {
    /// The JSON's word (`trust.validation.verdict`), for the page's
    /// `data-verdict` too.
    pub fn word(self) -> &'static str {
        match self {
            ClientVerdict::Accepted => "accepted",
            ClientVerdict::Refused => "refused",
            ClientVerdict::NoAnchor => "no-anchor",
        }
    }
}

impl Chain {
    /// The chain's verdict in one word: `complete` (verified end to end),
    /// `incomplete` (a certificate is missing, or the path stops short of a
    /// root), `invalid` (built to the end, but a signature fails) or
    /// `unchecked` (built to the end, but a signature could not be checked).
    pub fn verdict(&self) -> &'static str {
        let reached = self.missing_issuer.is_none() && matches!(self.end, "root" | "anchor");
        if self.complete {
            "complete"
        } else if !reached {
            "incomplete"
        } else if self.links.iter().any(|l| l.signature == "invalid") {
            "invalid"
        } else {
            "unchecked"
        }
    }
}

/// One "issued by" link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Index into `certificates` of the certificate that was signed.
    pub child: usize,
    /// Index into `certificates` of the certificate whose key checks it.
    pub issuer: usize,
    /// `valid`, `invalid` or `unsupported`.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub signature: crate::inspect::intern::Word,
    /// The child's authority key id against the issuer's subject key id:
    /// `match`, `mismatch`, or `absent` when either is missing.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub key_ids: crate::inspect::intern::Word,
    /// Why the signature could not be checked, for `unsupported`; for
    /// `invalid`, what makes it fail whatever the bytes (a key of another
    /// type, an inner algorithm that differs from the outer one, …), when
    /// that is the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// An issuer certscope was not given: what to look for and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuerNeeded {
    /// The distinguished name the certificate names as its issuer.
    pub issuer: String,
    /// The certificate's authority key id (the issuer's subject key id).
    pub authority_key_id: Option<String>,
    /// The certificate's CA Issuers URLs (AIA), where the issuer is served.
    pub ca_issuers_urls: Vec<String>,
    /// Index of the certificate whose issuer this is.
    pub child: usize,
    /// One command per fetchable URL, saving the issuer to `issuer.pem`.
    pub fetch_commands: Vec<String>,
}

/// Whether the given files hold the chain in the right order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GivenOrder {
    /// One input holds the leaf and intermediates, in order.
    Correct,
    /// Some input holds two of the chain's certificates the wrong way round.
    Incorrect,
    /// Each input is in order, but no one input holds the whole chain.
    Split,
}

/// Where one certificate of a chain was given, and where it belongs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    /// Index into `certificates`.
    pub certificate: usize,
    /// 1-based position in the corrected chain.
    pub correct: usize,
    /// Every place it was given (more than one for a duplicate).
    pub given: Vec<GivenAt>,
}

/// One place a certificate was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenAt {
    /// Index into `inputs`.
    pub input: usize,
    pub input_name: String,
    /// 1-based position among that input's certificates.
    pub position: usize,
    /// Where in the input it starts (`line 27`, `byte 0`).
    pub location: Location,
}

/// Another verified path from the same leaf.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alternative {
    /// Indices into `certificates`, leaf first, as in [`Chain::order`].
    pub order: Vec<usize>,
    /// All verify.
    pub links: Vec<Link>,
    /// Ends in a self-signed root that was given.
    pub root_included: bool,
}

/// Where each certificate was given, indexed by certificate: every
/// `(input, position)` in input order, a PKCS#7 bundle's certificates in
/// bundle order. Built once so no later step scans every input per chain.
pub(super) fn places(inputs: &[InputReport], count: usize) -> Vec<Vec<GivenAt>> {
    let mut places: Vec<Vec<GivenAt>> = vec![Vec::new(); count];
    for (input, report) in inputs.iter().enumerate() {
        // A certificate printed inside a staple's text is the responder's,
        // not something the server sends in its chain.
        let served = report.objects.iter().filter(|o| o.embedded_in.is_none());
        let certs = served.flat_map(|o| {
            o.certificate
                .into_iter()
                .chain(o.certificates.iter().copied())
                .map(move |c| (c, o.location))
        });
        for (n, (c, location)) in certs.enumerate() {
            if let Some(list) = places.get_mut(c) {
                list.push(GivenAt {
                    input,
                    input_name: report.name.clone(),
                    position: n.saturating_add(1),
                    location,
                });
            }
        }
    }
    places
}

/// The chain's certificates as each input gives them: for every input
/// holding any, `(position, rank in the chain)` sorted by position.
pub(super) fn order_by_input(
    places: &[Vec<GivenAt>],
    order: &[usize],
) -> BTreeMap<usize, Vec<(usize, usize)>> {
    let mut by_input: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (rank, &c) in order.iter().enumerate() {
        for at in places.get(c).map_or(&[][..], Vec::as_slice) {
            by_input
                .entry(at.input)
                .or_default()
                .push((at.position, rank));
        }
    }
    for list in by_input.values_mut() {
        list.sort_unstable();
    }
    by_input
}

/// Some certificate comes after one it should precede.
pub(super) fn out_of_order(list: &[(usize, usize)]) -> bool {
    list.windows(2)
        .any(|w| matches!(w, [(_, a), (_, b)] if a > b))
}
