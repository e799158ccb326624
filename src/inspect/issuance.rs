//! Who issued whom: the one issuer search of the core, and the one way an
//! issuer is named in an OCSP CertID.
//!
//! A certificate's candidate issuers are the certificates whose subject is
//! its issuer name under RFC 5280 §7.1 ([`dn::Canonical`]), those whose
//! subject key id equals its authority key id first. A candidate is the
//! issuer when its key verifies the certificate's signature. The chain
//! search (`chain/search.rs`) walks these candidates with budgets of its own;
//! the commands and the staple judge ask [`Issuers`].
//!
//! Layer: analysis. Imports base, model and analysis modules; never gather, report, summary or render.

use crate::inspect::certificate::Certificate;
use crate::inspect::dn;
use crate::inspect::signature::{self, Verdict};
use sha1::Sha1;
use sha2::{Digest as _, Sha256, Sha384, Sha512};
use std::collections::HashMap;

/// How the child's authority key id fits a candidate's subject key id: the
/// one key-id comparison of the core (issuer search, chain links, staples).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyIds {
    Match,
    /// Either is absent.
    Absent,
    Mismatch,
}

impl KeyIds {
    /// Candidates are tried in this order: equal, unknown, different.
    pub fn rank(self) -> u8 {
        match self {
            KeyIds::Match => 0,
            KeyIds::Absent => 1,
            KeyIds::Mismatch => 2,
        }
    }

    /// The JSON word of a chain link's `key_ids`.
    pub fn word(self) -> &'static str {
        match self {
            KeyIds::Match => "match",
            KeyIds::Absent => "absent",
            KeyIds::Mismatch => "mismatch",
        }
    }
}

/// Compares `child`'s authority key id with `issuer`'s subject key id.
pub fn key_ids(child: &Certificate, issuer: &Certificate) -> KeyIds {
    match (&child.authority_key_id, &issuer.subject_key_id) {
        (Some(a), Some(s)) if a == s => KeyIds::Match,
        (Some(_), Some(_)) => KeyIds::Mismatch,
        _ => KeyIds::Absent,
    }
}

/// Candidate issuers of every certificate, best guess first: same name,
/// then key ids that match before unknown ones before different ones, then
/// the order given. Only those marked in `usable` can be issuers; a
/// certificate is never its own candidate (a self-signature is a root's).
pub fn candidates(certificates: &[Certificate], usable: &[bool]) -> Vec<Vec<usize>> {
    let mut by_subject: HashMap<&dn::Canonical, Vec<usize>> = HashMap::new();
    for (i, c) in certificates.iter().enumerate() {
        if usable.get(i) == Some(&true) {
            by_subject.entry(&c.subject_canonical).or_default().push(i);
        }
    }
    certificates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut found: Vec<usize> = by_subject
                .get(&c.issuer_canonical)
                .map(|v| v.iter().copied().filter(|&j| j != i).collect())
                .unwrap_or_default();
            found.sort_by_key(|&j| (certificates.get(j).map_or(3, |p| key_ids(c, p).rank()), j));
            found
        })
        .collect()
}

/// The signature on `child` checked with the key of `issuer`.
pub fn verdict(child: &Certificate, issuer: &Certificate) -> Verdict {
    match signature::signed_parts(&child.der) {
        Some(signed) => signature::verify(issuer.spki(), &signed),
        None => Verdict::Invalid,
    }
}

/// Finds issuers among a fixed set of certificates, each signature checked
/// once, within a budget of signature checks.
pub struct Issuers<'a> {
    certificates: &'a [Certificate],
    candidates: Vec<Vec<usize>>,
    verdicts: HashMap<(usize, usize), Verdict>,
    budget: usize,
}

impl<'a> Issuers<'a> {
    /// Every certificate may be an issuer; at most `budget` signatures are
    /// checked in all.
    pub fn new(certificates: &'a [Certificate], budget: usize) -> Self {
        let usable = vec![true; certificates.len()];
        Issuers {
            certificates,
            candidates: candidates(certificates, &usable),
            verdicts: HashMap::new(),
            budget,
        }
    }

    /// Candidates for `child`'s issuer, best first (not yet verified).
    pub fn candidates_of(&self, child: usize) -> &[usize] {
        self.candidates.get(child).map_or(&[], Vec::as_slice)
    }

    /// The verdict on `child` signed by `issuer`, `None` once the budget is
    /// spent.
    pub fn verdict(&mut self, child: usize, issuer: usize) -> Option<Verdict> {
        if let Some(v) = self.verdicts.get(&(child, issuer)) {
            return Some(v.clone());
        }
        self.budget = self.budget.checked_sub(1)?;
        let v = match (self.certificates.get(child), self.certificates.get(issuer)) {
            (Some(c), Some(i)) => verdict(c, i),
            _ => Verdict::Invalid,
        };
        self.verdicts.insert((child, issuer), v.clone());
        Some(v)
    }

    /// The certificate whose key verifies `child`'s signature, trying the
    /// candidates best first.
    pub fn of(&mut self, child: usize) -> Option<usize> {
        let list = self.candidates_of(child).to_vec();
        list.into_iter()
            .find(|&issuer| self.verdict(child, issuer) == Some(Verdict::Valid))
    }

    /// Whether `issuer` issued `child`: same name, and its key verifies the
    /// signature; where the signature cannot be checked (an algorithm
    /// certscope does not verify, or no budget left), the subject key id
    /// must equal the authority key id.
    pub fn issued(&mut self, child: usize, issuer: usize) -> bool {
        if !self.candidates_of(child).contains(&issuer) {
            return false;
        }
        let keys_match = match (self.certificates.get(child), self.certificates.get(issuer)) {
            (Some(c), Some(i)) => key_ids(c, i) == KeyIds::Match,
            _ => false,
        };
        match self.verdict(child, issuer) {
            Some(Verdict::Valid) => true,
            Some(Verdict::Invalid) => false,
            _ => keys_match,
        }
    }
}

/// The digest of one CertID hash algorithm by its name (`sha1`, `sha256`,
/// `sha384`, `sha512`: what RFC 6960, RFC 5019 and servers use).
pub fn digest(algorithm: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match algorithm {
        "sha1" => Sha1::digest(data).to_vec(),
        "sha256" => Sha256::digest(data).to_vec(),
        "sha384" => Sha384::digest(data).to_vec(),
        "sha512" => Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

/// The DER of an issuer's subject and its subjectPublicKey bits (without
/// the unused-bits byte): what a CertID hashes (RFC 6960 §4.1.1).
pub fn cert_id_inputs(issuer: &Certificate) -> Option<(&[u8], &[u8])> {
    let (subject, key) = (issuer.subject_der(), issuer.key_bits());
    (!subject.is_empty() && !key.is_empty()).then_some((subject, key))
}

/// `(issuerNameHash, issuerKeyHash)` of a CertID naming `issuer`, with the
/// hash algorithm named as in [`digest`].
pub fn cert_id_hashes(issuer: &Certificate, algorithm: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let (subject, key) = cert_id_inputs(issuer)?;
    Some((digest(algorithm, subject)?, digest(algorithm, key)?))
}
