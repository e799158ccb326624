//! Path building: from one certificate up towards a root, over every
//! certificate given, by issuer name, key identifier and verified signature.
//!
//! Every path is searched depth first, all of them, so a cross-signed
//! intermediate shows up as an alternative. The input is the attacker's, so
//! the search runs on a budget (per chain and for the whole analysis) and
//! never revisits a certificate already on the path (the cycle guard).
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::issuance;
use crate::inspect::signature::Verdict;
use std::collections::HashMap;

/// Signature checks one chain may spend. rustls-webpki's `Budget::default()`
/// (src/verify_cert.rs) allows 100 per verified end entity, a limit it took
/// from Go's fix for CVE-2018-16875.
pub const CHAIN_SIGNATURES: usize = 100;

/// Path-building steps one chain may take: webpki's 200,000 `build_chain`
/// calls, which it took from NSS mozilla::pkix (pkixbuild.cpp).
pub const CHAIN_STEPS: usize = 200_000;

/// Signature checks for a whole analysis. webpki budgets one end entity; one
/// input here may hold hundreds (the big-500 fixture has 498 leaves and needs
/// 500 checks), so this is twice that. Measured in the size-optimised
/// release build, a check costs about 0.1 ms (RSA-2048) to 0.5 ms (ECDSA
/// P-256): a hostile input that spends them all stays near half a second.
/// Cached results cost nothing.
pub const TOTAL_SIGNATURES: usize = 1_000;

/// Steps for a whole analysis. Measured on a hostile tangle (30 copies each
/// of two CAs that issue each other), a step costs about 0.2 µs in the
/// release build, so this bounds the walking to ~0.1 s; an honest input
/// needs a few steps per certificate (the big-500 fixture: 1,500).
pub const TOTAL_STEPS: usize = 500_000;

/// Longest path followed, in certificates. webpki gives up past 6
/// intermediates (`MAX_SUB_CA_COUNT`), OpenSSL's default verify depth is 100;
/// public chains hold 2 to 5 certificates. 16 is generous and keeps the
/// recursion shallow.
pub const MAX_CHAIN_LENGTH: usize = 16;

/// Fully verified paths kept per chain, so cross-signs can be offered as
/// alternatives without keeping every path of a hostile input.
const MAX_GOOD_PATHS: usize = 16;

/// How a path ends. The order is the preference when choosing between paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum End {
    /// At a self-signed root that was given.
    Root,
    /// At a CA certificate whose issuer was not given: the root it needs
    /// (whether clients hold it is the validation's verdict).
    Anchor,
    /// At a certificate whose issuer was not given and that is not a CA (a
    /// leaf straight under a missing intermediate).
    Missing,
    /// At a self-issued certificate whose signature does not verify with its
    /// own key, with no other issuer of that name given.
    BadSelfSignature,
    /// Every candidate issuer is already on the path.
    Cycle,
    /// [`MAX_CHAIN_LENGTH`] reached.
    TooLong,
    /// A budget ran out before the path could go on.
    Budget,
}

/// One path from the start certificate upwards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    /// Indices into the certificates, start first.
    pub order: Vec<usize>,
    /// `verdicts[i]`: the signature on `order[i]` checked with the key of
    /// `order[i + 1]`.
    pub verdicts: Vec<Verdict>,
    pub end: End,
    /// For a path ending at [`End::Root`]: the root's self-signature
    /// (`Valid`, or `Unsupported` when certscope cannot check it).
    pub root_signature: Option<Verdict>,
}

impl Path {
    /// Every link verifies and the path reaches a root or an assumed
    /// anchor. A signature certscope could not check is not verified: such a
    /// path is still built and shown, but it is not good.
    pub fn is_good(&self) -> bool {
        good(&self.verdicts, self.end, self.root_signature.as_ref())
    }

    /// Smaller is better: see [`score`].
    fn score(&self) -> Score<'_> {
        score(
            &self.order,
            &self.verdicts,
            self.end,
            self.root_signature.as_ref(),
        )
    }
}

/// Signatures a path rests on that certscope could not check: its links,
/// and a root's self-signature (which is what makes it a root).
fn unchecked(verdicts: &[Verdict], root: Option<&Verdict>) -> usize {
    verdicts
        .iter()
        .chain(root)
        .filter(|v| matches!(v, Verdict::Unsupported(_)))
        .count()
}

fn good(verdicts: &[Verdict], end: End, root: Option<&Verdict>) -> bool {
    matches!(end, End::Root | End::Anchor)
        && verdicts.iter().all(|v| *v == Verdict::Valid)
        && unchecked(verdicts, root) == 0
}

/// `(invalid links, does not reach the top, unchecked signatures, end,
/// length, order)`: smaller is better. A path with no failed link beats one
/// with, then one that reaches a root or an anchor, then one certscope
/// could check entirely (a verified path to an assumed anchor beats an
/// unchecked one to a given root), then one ending in a given root, then
/// shorter, then the certificates given first.
type Score<'a> = (usize, bool, usize, End, usize, &'a [usize]);

fn score<'a>(
    order: &'a [usize],
    verdicts: &[Verdict],
    end: End,
    root: Option<&Verdict>,
) -> Score<'a> {
    let invalid = verdicts.iter().filter(|v| **v == Verdict::Invalid).count();
    let open = !matches!(end, End::Root | End::Anchor);
    (
        invalid,
        open,
        unchecked(verdicts, root),
        end,
        order.len(),
        order,
    )
}

/// What one search found.
#[derive(Clone, Debug)]
pub struct Found {
    pub best: Path,
    /// Other fully verified paths, best first.
    pub alternatives: Vec<Path>,
    /// `best` is the path clients build (rustls-webpki's), put first in
    /// place of the one certscope's own preference chose.
    pub clients_path: bool,
}

impl Found {
    /// Makes the alternative that starts with `path` (a client's path, leaf
    /// first, its anchor left out when not given) the best one.
    pub fn prefer(&mut self, path: &[usize]) {
        if path.is_empty() || self.best.order.starts_with(path) {
            return;
        }
        if let Some(k) = self
            .alternatives
            .iter()
            .position(|a| a.order.starts_with(path))
        {
            if let Some(alternative) = self.alternatives.get_mut(k) {
                std::mem::swap(&mut self.best, alternative);
                self.clients_path = true;
            }
        }
    }
}

/// Counters, shown in the report so a test can see the budget held.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Spent {
    /// Signature checks done (cached verdicts are not counted again).
    pub signatures: usize,
    /// Path steps taken: certificates visited, counting revisits.
    pub steps: usize,
}

/// The certificates as a graph: who may have issued whom, and the signature
/// checks already done.
pub struct Graph<'a> {
    certificates: &'a [Certificate],
    /// Candidate issuers of each certificate, best guess first.
    issuers: Vec<Vec<usize>>,
    self_issued: Vec<bool>,
    /// Verdicts by `(child, issuer)`; `(i, i)` is a self-signature.
    verdicts: HashMap<(usize, usize), Verdict>,
    pub total: Spent,
    /// Some search stopped for want of budget.
    pub exhausted: bool,
}

impl<'a> Graph<'a> {
    /// Indexes `certificates` by subject name; nothing is verified yet. Only
    /// those marked in `usable` can be issuers (the others came only from
    /// inside a staple: the server does not send them).
    pub fn new(certificates: &'a [Certificate], usable: &[bool]) -> Self {
        // The one issuer search (crate::inspect::issuance): same name under
        // RFC 5280 §7.1, the best key id match first.
        let issuers = issuance::candidates(certificates, usable);
        let self_issued = certificates.iter().map(|c| c.self_issued).collect();
        Graph {
            certificates,
            issuers,
            self_issued,
            verdicts: HashMap::new(),
            total: Spent::default(),
            exhausted: false,
        }
    }

    /// How many certificates there are.
    pub fn len(&self) -> usize {
        self.certificates.len()
    }

    /// Candidate issuers of `child` (same name as its issuer), best first.
    pub fn issuers_of(&self, child: usize) -> &[usize] {
        self.issuers.get(child).map_or(&[], Vec::as_slice)
    }

    /// Subject and issuer are the same name.
    pub fn is_self_issued(&self, i: usize) -> bool {
        self.self_issued.get(i).copied().unwrap_or(false)
    }

    /// Checks the signature on `child` with the key of `issuer`, once per
    /// pair; `None` when the budget is spent.
    fn verdict(&mut self, child: usize, issuer: usize, spent: &mut Spent) -> Option<Verdict> {
        if let Some(v) = self.verdicts.get(&(child, issuer)) {
            return Some(v.clone());
        }
        if spent.signatures >= CHAIN_SIGNATURES || self.total.signatures >= TOTAL_SIGNATURES {
            self.exhausted = true;
            return None;
        }
        spent.signatures = spent.signatures.saturating_add(1);
        self.total.signatures = self.total.signatures.saturating_add(1);
        let v = match (self.certificates.get(child), self.certificates.get(issuer)) {
            (Some(c), Some(i)) => issuance::verdict(c, i),
            _ => Verdict::Invalid,
        };
        self.verdicts.insert((child, issuer), v.clone());
        Some(v)
    }

    /// A self-issued certificate whose signature does not fail with its own
    /// key: `Some(Some(Valid))`, or `Some(Some(Unsupported))` when
    /// certscope cannot check it (the path ends there all the same, but is
    /// not verified). `Some(None)`: not a root. `None`: out of budget.
    fn is_root(&mut self, i: usize, spent: &mut Spent) -> Option<Option<Verdict>> {
        if !self.is_self_issued(i) {
            return Some(None);
        }
        self.verdict(i, i, spent)
            .map(|v| (v != Verdict::Invalid).then_some(v))
    }

    /// Whether `i` is a self-signed root (or self-issued with a
    /// self-signature certscope cannot check), checking if needed (within
    /// the analysis budget).
    pub fn root(&mut self, i: usize) -> bool {
        let mut spent = Spent::default();
        self.is_root(i, &mut spent).flatten().is_some()
    }

    /// Every path from `start` upwards; the best one and the verified others.
    pub fn search(&mut self, start: usize) -> Found {
        let mut search = Search {
            path: vec![start],
            verdicts: Vec::new(),
            root: None,
            spent: Spent::default(),
            best: None,
            good: Vec::new(),
        };
        search.extend(self, start);
        let best = search.best.unwrap_or(Path {
            order: vec![start],
            verdicts: Vec::new(),
            end: End::Budget,
            root_signature: None,
        });
        let mut alternatives: Vec<Path> = search
            .good
            .into_iter()
            .filter(|p| p.order != best.order)
            .collect();
        alternatives.sort_by(|a, b| a.score().cmp(&b.score()));
        Found {
            best,
            alternatives,
            clients_path: false,
        }
    }
}

struct Search {
    path: Vec<usize>,
    verdicts: Vec<Verdict>,
    /// The self-signature of the root the current path ends at.
    root: Option<Verdict>,
    spent: Spent,
    best: Option<Path>,
    good: Vec<Path>,
}

impl Search {
    /// Ends the current path; it is copied only if it is kept.
    fn record(&mut self, end: End) {
        let root = self.root.take().filter(|_| end == End::Root);
        let good = good(&self.verdicts, end, root.as_ref());
        let better = self.best.as_ref().is_none_or(|best| {
            score(&self.path, &self.verdicts, end, root.as_ref()) < best.score()
        });
        let keep_good = good && self.good.len() < MAX_GOOD_PATHS;
        if !better && !keep_good {
            return;
        }
        let path = Path {
            order: self.path.clone(),
            verdicts: self.verdicts.clone(),
            end,
            root_signature: root,
        };
        if keep_good {
            self.good.push(path.clone());
        }
        if better {
            self.best = Some(path);
        }
    }

    /// One step: `top` is the last certificate on the path.
    fn extend(&mut self, graph: &mut Graph<'_>, top: usize) {
        if self.spent.steps >= CHAIN_STEPS || graph.total.steps >= TOTAL_STEPS {
            graph.exhausted = true;
            return self.record(End::Budget);
        }
        self.spent.steps = self.spent.steps.saturating_add(1);
        graph.total.steps = graph.total.steps.saturating_add(1);

        match graph.is_root(top, &mut self.spent) {
            None => return self.record(End::Budget),
            Some(Some(self_signature)) => {
                self.root = Some(self_signature);
                return self.record(End::Root);
            }
            Some(None) => {}
        }
        if self.path.len() >= MAX_CHAIN_LENGTH {
            return self.record(End::TooLong);
        }
        let count = graph.issuers_of(top).len();
        if count == 0 {
            let end = if graph.is_self_issued(top) {
                End::BadSelfSignature
            } else if graph.certificates.get(top).and_then(|c| c.is_ca) == Some(true) {
                End::Anchor
            } else {
                End::Missing
            };
            return self.record(end);
        }
        let mut went_on = false;
        for k in 0..count {
            let Some(&issuer) = graph.issuers_of(top).get(k) else {
                break;
            };
            // The cycle guard: a certificate appears on a path at most once.
            if self.path.contains(&issuer) {
                continue;
            }
            let Some(verdict) = graph.verdict(top, issuer, &mut self.spent) else {
                return self.record(End::Budget);
            };
            went_on = true;
            self.path.push(issuer);
            self.verdicts.push(verdict);
            self.extend(graph, issuer);
            self.path.pop();
            self.verdicts.pop();
        }
        if !went_on {
            self.record(End::Cycle);
        }
    }
}
