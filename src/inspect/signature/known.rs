//! Verdicts reached outside [`super::verify`]'s own arithmetic, for one
//! analysis: WebCrypto's "valid" (issue 16) and the answers of the page's
//! certscope-arith worker (issue 27).
//!
//! The engine is built without the arithmetic, so an analysis there runs
//! *deferring*: a check no verdict is known for is answered
//! [`Verdict::Unsupported`] and listed as [`Wanted`]. The engine has
//! certscope-arith decide those and runs the analysis again with the
//! answers, until it asks for nothing new; only that last report is shown.
//! Natively the same protocol runs in a test (`tests/sigalgs.rs`), with
//! [`Wanted::verify`] as the decider, and must give the same report as the
//! arithmetic done in place.
//!
//! Layer: base. Imports only other base modules.

use super::{Signed, Verdict};
use sha2::{Digest, Sha256};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};

/// What identifies one check: SHA-256 over the key, the algorithm, the
/// message and the signature, each with its length.
pub type CheckId = [u8; 32];

pub(crate) fn check_id(spki: &[u8], signed: &Signed<'_>) -> CheckId {
    let mut hasher = Sha256::new();
    for part in [spki, signed.algorithm, signed.message, signed.signature] {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    hasher.finalize().into()
}

/// A check an analysis asked for while deferring: everything
/// [`super::verify`] reads, owned, so another worker can decide it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub id: CheckId,
    pub spki: Vec<u8>,
    pub message: Vec<u8>,
    pub algorithm: Vec<u8>,
    pub signature: Vec<u8>,
    pub unused_bits: u8,
    pub inner_algorithm: Option<Vec<u8>>,
}

impl Wanted {
    fn of(id: CheckId, spki: &[u8], signed: &Signed<'_>) -> Wanted {
        Wanted {
            id,
            spki: spki.to_vec(),
            message: signed.message.to_vec(),
            algorithm: signed.algorithm.to_vec(),
            signature: signed.signature.to_vec(),
            unused_bits: signed.unused_bits,
            inner_algorithm: signed.inner_algorithm.map(<[u8]>::to_vec),
        }
    }

    /// The check, as [`super::verify`] takes it.
    pub fn signed(&self) -> Signed<'_> {
        Signed {
            message: &self.message,
            algorithm: &self.algorithm,
            signature: &self.signature,
            unused_bits: self.unused_bits,
            inner_algorithm: self.inner_algorithm.as_deref(),
        }
    }

    /// Decides it here (certscope-arith, and the native test of the protocol).
    pub fn verify(&self) -> Verdict {
        super::verify(&self.spki, &self.signed())
    }
}

/// The verdicts known for the running analysis.
#[derive(Default)]
struct Known {
    verdicts: HashMap<CheckId, Verdict>,
    /// The longest message among them: a longer one (a big CRL) is not
    /// hashed for an id that cannot be there.
    longest: usize,
    /// Answer unknown checks "not yet" and list them, instead of doing the
    /// arithmetic here.
    deferring: bool,
    wanted: Vec<Wanted>,
    asked: HashSet<CheckId>,
}

thread_local! {
    static KNOWN: RefCell<Known> = RefCell::new(Known::default());
    /// Signatures whose arithmetic ran here, since the thread started.
    static ARITHMETIC: Cell<usize> = const { Cell::new(0) };
}

/// Why a deferred check has no verdict in the report shown: the engine
/// could not have it decided (certscope-arith did not load, or the
/// analysis kept asking for new checks).
pub const NOT_DECIDED: &str =
    "not checked: the page's signature arithmetic could not be run for it";

/// Why a check has no verdict in a build without the arithmetic that was
/// not asked to defer (no such caller exists; said rather than guessed).
#[cfg(not(feature = "arithmetic"))]
pub const NO_ARITHMETIC: &str = "not checked: this build has no signature arithmetic";

/// The known verdict for this check, if any.
pub(super) fn lookup(spki: &[u8], signed: &Signed<'_>) -> Option<Verdict> {
    KNOWN.with(|known| {
        let known = known.borrow();
        if known.verdicts.is_empty() || signed.message.len() > known.longest {
            return None;
        }
        known.verdicts.get(&check_id(spki, signed)).cloned()
    })
}

/// While deferring: lists the check and answers for now.
pub(super) fn defer(spki: &[u8], signed: &Signed<'_>) -> Option<Verdict> {
    KNOWN.with(|known| {
        let mut known = known.borrow_mut();
        if !known.deferring {
            return None;
        }
        let id = check_id(spki, signed);
        if known.asked.insert(id) {
            known.wanted.push(Wanted::of(id, spki, signed));
        }
        Some(Verdict::Unsupported(NOT_DECIDED.to_string()))
    })
}

pub(super) fn count_arithmetic() {
    ARITHMETIC.with(|n| n.set(n.get().saturating_add(1)));
}

/// Runs `analysis` with the checks `proven` (by WebCrypto, whose messages
/// are never longer than [`super::MAX_WEB_MESSAGE`]) taken as valid, and
/// the `decided` ones as decided; with `deferring`, every other check is
/// listed in the second value instead of being done here. Only checks whose
/// structure `verify` accepts get that far: a defect is still invalid,
/// whatever was proven.
pub fn with_known<T>(
    proven: &[CheckId],
    decided: &[(Wanted, Verdict)],
    deferring: bool,
    analysis: impl FnOnce() -> T,
) -> (T, Vec<Wanted>) {
    KNOWN.with(|known| {
        let mut known = known.borrow_mut();
        *known = Known::default();
        known.deferring = deferring;
        if !proven.is_empty() {
            known.longest = super::MAX_WEB_MESSAGE;
        }
        for id in proven {
            known.verdicts.insert(*id, Verdict::Valid);
        }
        for (wanted, verdict) in decided {
            known.longest = known.longest.max(wanted.message.len());
            known.verdicts.insert(wanted.id, verdict.clone());
        }
    });
    let out = analysis();
    let wanted = KNOWN.with(|known| std::mem::take(&mut *known.borrow_mut()).wanted);
    (out, wanted)
}

/// [`with_known`] with WebCrypto's proofs alone, the arithmetic done here.
pub fn with_proven<T>(ids: &[CheckId], analysis: impl FnOnce() -> T) -> T {
    with_known(ids, &[], false, analysis).0
}

/// How many signatures had their arithmetic done here on this thread (a
/// test sees what was proven elsewhere by what did not add to it).
pub fn arithmetic_count() -> usize {
    ARITHMETIC.with(Cell::get)
}
