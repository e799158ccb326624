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

/// The signature on `child` checked with the key of `issuer`: the one
/// place a certificate's signature is verified, so each pair costs its
/// arithmetic once per analysis, whichever analysis asks first (the chain
/// search, the commands' issuer search, a staple's responder check all ask
/// about the same leaf and intermediate).
pub fn verdict(child: &Certificate, issuer: &Certificate) -> Verdict {
    let key = (child.sha256.clone(), issuer.sha256.clone());
    if let Some(known) = VERDICTS.with(|memo| memo.borrow().get(&key).cloned()) {
        return known;
    }
    let verdict = match signature::signed_parts(&child.der) {
        Some(signed) => signature::verify(issuer.spki(), &signed),
        None => Verdict::Invalid,
    };
    CHECKED.with(|n| n.set(n.get().saturating_add(1)));
    VERDICTS.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.len() >= MAX_REMEMBERED {
            memo.clear();
        }
        memo.insert(key, verdict.clone());
    });
    verdict
}

thread_local! {
    /// Verdicts by (child SHA-256, issuer SHA-256). Verifying is a pure
    /// function of the two certificates, so remembering changes no answer;
    /// [`forget`] empties it when an analysis starts, so a long-lived engine
    /// does not keep every pair it ever saw.
    static VERDICTS: std::cell::RefCell<HashMap<(String, String), Verdict>> =
        std::cell::RefCell::new(HashMap::new());
}

thread_local! {
    /// Certificate signatures verified since [`forget`] (what the memo saved
    /// is what a test can see).
    static CHECKED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many certificate signatures were verified since the analysis began.
pub fn checked() -> usize {
    CHECKED.with(std::cell::Cell::get)
}

/// Pairs remembered at most: beyond the chain search's own budgets.
const MAX_REMEMBERED: usize = 10_000;

/// Starts an analysis with nothing remembered.
pub fn forget() {
    VERDICTS.with(|memo| memo.borrow_mut().clear());
    CHECKED.with(|n| n.set(0));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A leaf, its intermediate and root, and a staple: the chain search,
    /// the commands' issuer search and the staple's checks all ask about the
    /// same pairs, and each pair is verified once (it was 8 before).
    #[test]
    fn each_certificate_signature_is_verified_once_per_analysis() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let read = |p: &str| std::fs::read(format!("{dir}/{p}")).unwrap();
        let inputs = [
            crate::Input::new("chain.pem", &read("chains/with-root.pem")[..]),
            crate::Input::new("staple.der", &read("staples/good.der")[..]),
        ];
        let report = crate::analyze(&inputs, crate::Timestamp(1_795_395_600));
        assert!(report.chains.first().is_some_and(|c| c.complete));
        // leaf by intermediate, intermediate by root, the root by itself
        assert_eq!(checked(), 3);
    }

    /// Each analysis starts from nothing: what an earlier one verified in
    /// the same thread (a long-lived engine) neither counts nor is
    /// remembered into the next.
    #[test]
    fn each_analysis_counts_only_its_own_checks() {
        fn run(p: &str) -> usize {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
            let bytes = std::fs::read(format!("{dir}/{p}")).unwrap();
            crate::analyze(
                &[crate::Input::new(p, &bytes[..])],
                crate::Timestamp(1_795_395_600),
            );
            checked()
        }
        let alone = std::thread::spawn(move || run("chains/correct.pem"))
            .join()
            .unwrap();
        assert!(alone > 0);
        run("chains/with-root.pem");
        assert_eq!(run("chains/correct.pem"), alone);
    }

    /// Where the signature cannot be checked (Ed448, or no budget left),
    /// the key ids decide: equal ones issue, different ones do not.
    #[test]
    fn unchecked_signatures_fall_back_to_key_ids() {
        let read = |p: &str| {
            let pem = std::fs::read(format!("{}/tests/fixtures/{p}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
            Certificate::from_der(&crate::inspect::input::scan(&pem).found.remove(0).der).unwrap()
        };
        let ed448 = [
            read("sigalgs/ed448/leaf.pem"),
            read("sigalgs/ed448/root.pem"),
        ];
        assert!(matches!(
            verdict(&ed448[0], &ed448[1]),
            Verdict::Unsupported(_)
        ));
        assert!(Issuers::new(&ed448, 10).issued(0, 1));
        let rsa = [
            read("pki/leaf.pem"),
            read("pki/int-rsa.pem"),
            read("pki/wrong-int.pem"),
        ];
        let mut spent = Issuers::new(&rsa, 0);
        assert!(spent.issued(0, 1), "no budget, key ids equal");
        assert!(!spent.issued(0, 2), "no budget, key ids differ");
        // A checked signature decides over key ids: tampered.pem has the
        // leaf's authority key id and a signature that does not verify.
        let tampered = [
            read("sigalgs/ecdsa-p256-sha256/tampered.pem"),
            read("sigalgs/ecdsa-p256-sha256/root.pem"),
        ];
        assert_eq!(key_ids(&tampered[0], &tampered[1]), KeyIds::Match);
        assert!(!Issuers::new(&tampered, 10).issued(0, 1));
        // And a verified signature decides without key ids: root-utf8.pem has
        // no authority key id, and root-printable.pem (the same name under
        // RFC 5280 §7.1, the same key) verifies it.
        let same_key = [
            read("names/root-utf8.pem"),
            read("names/root-printable.pem"),
        ];
        assert_eq!(key_ids(&same_key[0], &same_key[1]), KeyIds::Absent);
        assert!(Issuers::new(&same_key, 10).issued(0, 1));
    }

    /// pki/leaf.pem, pki/wrong-int.pem (R2's name, another key) and
    /// pki/int-rsa.pem (R2, the leaf's issuer), in that order.
    fn leaf_and_two_same_named_issuers() -> [Certificate; 3] {
        let read = |p: &str| {
            let pem = std::fs::read(format!("{}/tests/fixtures/{p}", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
            Certificate::from_der(&crate::inspect::input::scan(&pem).found.remove(0).der).unwrap()
        };
        [
            read("pki/leaf.pem"),
            read("pki/wrong-int.pem"),
            read("pki/int-rsa.pem"),
        ]
    }

    /// `Issuers::of` answers the candidate whose key verifies the signature,
    /// not any same-named one: wrong-int.pem (R2's name, another key) is a
    /// candidate for the leaf too, and is passed over; a certificate whose
    /// issuer is not among them has none.
    #[test]
    fn the_issuer_is_the_candidate_whose_key_verifies() {
        let certs = leaf_and_two_same_named_issuers();
        // [certificate, its issuer among them]
        let table = [(0, Some(2)), (1, None), (2, None)];
        let mut issuers = Issuers::new(&certs, 10);
        for (child, issuer) in table {
            assert_eq!(issuers.of(child), issuer, "issuer of #{child}");
        }
    }

    /// A leaf's candidate issuers: the same-named intermediate whose key id
    /// matches its authority key id comes before the one whose does not
    /// (pki/wrong-int.pem: R2's name, another key), whatever the input order.
    #[test]
    fn candidates_with_matching_key_ids_come_first() {
        let certs = leaf_and_two_same_named_issuers();
        assert_eq!(key_ids(&certs[0], &certs[2]), KeyIds::Match);
        assert_eq!(key_ids(&certs[0], &certs[1]), KeyIds::Mismatch);
        let found = candidates(&certs, &[true, true, true]);
        assert_eq!(found[0], vec![2, 1]);
        // Not usable: not a candidate.
        assert_eq!(candidates(&certs, &[true, true, false])[0], vec![1]);
    }

    /// R2's CertID hashes (pki/int-rsa.pem) under each algorithm, as
    /// `openssl ocsp -issuer pki/int-rsa.pem -<alg> -cert pki/leaf.pem
    /// -no_nonce -reqout r.der; openssl ocsp -reqin r.der -req_text`
    /// prints them (issuer name hash, issuer key hash).
    #[test]
    fn cert_id_hashes_equal_openssl_ocsp() {
        let table = [
            ("sha1", "257A6BA928AF7CAC79F0C7AC1E33A84FFB39EC8E", "5E7B5693BD0C4493C36D1535F2E8F57FF0374035"),
            ("sha256", "1F24253542C3620EAB333CBDE3DD3B650FD1877EA07F09E9D134ADAC212D0F4E", "CB79BA07528962EC2AE256C6AF85C3C1A5B5E70A71466FE94BB60E0753E1EF2E"),
            ("sha384", "977076CA35B63949B7EB071471BCF3CA29F4BC8BA0B97A824ECCFD1FBFE9822CE132C43B86D001611386C71CF8EF8D03", "06698E2E9A5C14AA198A1ED80AE1C4976C819EFF317577F011EB2E27875882880052BBBFE5C2A1510D16F676DE48FBBF"),
            ("sha512", "E57C0C654B8FFB87A74DE0BCA1FF75D4792EF5B85C18B5909C64DC036784DBAAC8A89A3D8FE3911CA317E99DF81F09F73C4C84013A4159DC7211D29F3BDA14B7", "80F8D3C1514AA36B56BDA51EEAFCEB9E2635F035A07E6F6708A72F4975FFA394102FFFB58C77505C15CF43C73E293244EC6F716C87CEB5E8ADAD25504F257D1B"),
        ];
        let pem = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/pki/int-rsa.pem"
        ))
        .unwrap();
        let der = crate::inspect::input::scan(&pem).found.remove(0).der;
        let r2 = Certificate::from_der(&der).unwrap();
        let hex = |b: Vec<u8>| crate::inspect::text::hex(&b).to_ascii_uppercase();
        for (algorithm, name, key) in table {
            let (n, k) = cert_id_hashes(&r2, algorithm).unwrap();
            assert_eq!(
                (hex(n), hex(k)),
                (name.to_string(), key.to_string()),
                "{algorithm}"
            );
        }
        // A CertID hash certscope does not compute is none, not a guess.
        assert_eq!(digest("md5", b"abc"), None);
        assert_eq!(cert_id_hashes(&r2, "sha3-256"), None);
        // A certificate read leniently may lack its subject or its key bits:
        // a CertID needs both, so none names it (not the hash of nothing).
        type Cut = fn(&mut crate::inspect::certificate::Spans);
        let cuts: [(&str, Cut); 3] = [
            ("no key bits", |s| s.key_bits = 0..0),
            ("no subject", |s| s.subject = 0..0),
            ("neither", |s| (s.key_bits, s.subject) = (0..0, 0..0)),
        ];
        for (what, cut) in cuts {
            let mut part = r2.clone();
            cut(&mut part.spans);
            assert_eq!(cert_id_inputs(&part), None, "{what}");
        }
    }
}
