//! The signature checks an analysis of some inputs will ask for, listed
//! before it runs, so the engine can have WebCrypto do them first
//! (issue 16; see `signature::web`). A list that misses a check costs only
//! time: the analysis verifies whatever was not proven itself.
//!
//! Layer: report. Assembles the analyses; imports anything but render.

use crate::inspect::gather::Gathered;
use crate::inspect::issuance;
use crate::inspect::signature::web::{web_check, WebCheck};
use crate::inspect::signature::{self, Signed};
use crate::inspect::staple::judge::names_responder;
use crate::inspect::trust;
use std::collections::HashSet;

/// Pools larger than this are root bundles: their verdict rests on no
/// signature (issue 18), and pairing them up would only cost time.
pub const MAX_CERTIFICATES: usize = 32;

/// Every check the chain search, the trust store, the staples' and the CRLs'
/// signer searches may make on `inputs`, once each, in WebCrypto's terms.
pub fn signature_checks(gathered: &Gathered) -> Vec<WebCheck> {
    let certs = &gathered.certificates;
    if certs.len() > MAX_CERTIFICATES {
        return Vec::new();
    }
    let mut checks = Vec::new();
    let mut seen = HashSet::new();
    let mut add = |spki: &[u8], signed: Option<Signed<'_>>| {
        if let Some(check) = signed.and_then(|s| web_check(spki, &s)) {
            if seen.insert(check.id) {
                checks.push(check);
            }
        }
    };
    // A certificate: its issuers by name among the inputs, itself if it is
    // self-issued (a root's self-signature), and the store roots so named.
    let usable = vec![true; certs.len()];
    for (child, issuers) in certs.iter().zip(issuance::candidates(certs, &usable)) {
        let signed = signature::signed_parts(&child.der);
        for issuer in issuers.iter().filter_map(|&i| certs.get(i)) {
            add(issuer.spki(), signed);
        }
        if child.self_issued {
            add(child.spki(), signed);
        }
        for key in trust::store_keys_named(&child.issuer_canonical) {
            add(key, signed);
        }
    }
    // A staple: the certificates its ResponderID names (the issuer, or a
    // responder it embeds, which the pool holds), as the staple judge finds them.
    for staple in &gathered.staples {
        let Some(id) = &staple.responder_id else {
            continue;
        };
        let signed = signature::signed_parts(&staple.basic);
        for cert in certs.iter().filter(|c| names_responder(id, c)) {
            add(cert.spki(), signed);
        }
    }
    // A CRL: the certificates with its issuer's name.
    for crl in &gathered.crls {
        let signed = signature::signed_parts(&crl.der);
        for cert in certs
            .iter()
            .filter(|c| c.subject_canonical == crl.issuer_canonical)
        {
            add(cert.spki(), signed);
        }
    }
    checks
}
