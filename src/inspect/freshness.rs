//! How fresh a signed statement about revocation is: an OCSP response's or a
//! CRL's thisUpdate/nextUpdate window at the evaluation time. It sits at the
//! bottom of the core (it imports only `time`) so the staple and the CRL
//! analyses share one vocabulary and one clock-skew rule without importing
//! each other.
//!
//! Layer: base. Imports only other base modules.

use crate::inspect::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The clock skew nginx and HAProxy allow around thisUpdate and nextUpdate:
/// nginx calls `OCSP_check_validity(thisupdate, nextupdate, 300, -1)`,
/// HAProxy uses `OCSP_MAX_RESPONSE_TIME_SKEW` (300).
pub const SKEW_SECONDS: i64 = 300;
/// What clients do with a staple past its Next Update, said once for the
/// finding, the headline, the staple card, the server table and the example
/// menu (issue 32): browsers treat it as absent, and only a Must-Staple leaf
/// turns that into a refused connection.
pub const STALE_STAPLE: &str = "clients ignore a stale staple unless the leaf is must-staple";
/// When a staple or CRL with Next Update `next` goes stale, as words that
/// follow its name: "goes stale in 3 hours (Next Update …)", or, within
/// the skew after Next Update (still [`Freshness::Expiring`]), "passed its
/// Next Update 3 minutes ago (…) and is stale once …" (issue 32: not "goes
/// stale 3 minutes ago").
pub fn goes_stale(next: Timestamp, at: Timestamp) -> String {
    if next > at {
        format!("goes stale {} (Next Update {next})", next.relative_to(at))
    } else {
        format!(
            "passed its Next Update {} ({next}) and is stale once the {} minutes of clock skew servers allow are over",
            next.relative_to(at),
            SKEW_SECONDS / 60
        )
    }
}
/// Less than this left before Next Update is "expiring" whatever the window.
const EXPIRING_SECONDS: i64 = 86_400;

/// How a single response stands at the evaluation time, with [`SKEW_SECONDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Freshness {
    /// This Update is more than the skew in the future.
    NotYetValid,
    /// Within its window, with more than a quarter of it and a day left.
    Fresh,
    /// Fresh, but less than a quarter of its window, or under 24 hours, left.
    Expiring,
    /// Next Update is more than the skew in the past.
    Stale,
    /// No Next Update: clients cannot tell when it goes stale.
    NoNextUpdate,
    /// Next Update is before This Update: an invalid response, whatever the
    /// time (OpenSSL's `OCSP_check_validity` fails with "status next update
    /// before this update").
    #[serde(rename = "next-update-before-this-update")]
    NextBeforeThis,
}

impl Freshness {
    /// The same test as OpenSSL's `OCSP_check_validity(this, next, 300, -1)`,
    /// plus "expiring" for a response that is valid but nearly done.
    pub fn at(this_update: Timestamp, next_update: Option<Timestamp>, at: Timestamp) -> Self {
        if next_update.is_some_and(|next| next < this_update) {
            return Freshness::NextBeforeThis;
        }
        if this_update.0 > at.0.saturating_add(SKEW_SECONDS) {
            return Freshness::NotYetValid;
        }
        let Some(next) = next_update else {
            return Freshness::NoNextUpdate;
        };
        if next.0.saturating_add(SKEW_SECONDS) < at.0 {
            return Freshness::Stale;
        }
        let left = next.0.saturating_sub(at.0);
        let window = next.0.saturating_sub(this_update.0);
        if left < EXPIRING_SECONDS || left.saturating_mul(4) < window {
            Freshness::Expiring
        } else {
            Freshness::Fresh
        }
    }

    /// The JSON word.
    pub fn word(self) -> &'static str {
        match self {
            Freshness::NotYetValid => "not-yet-valid",
            Freshness::Fresh => "fresh",
            Freshness::Expiring => "expiring",
            Freshness::Stale => "stale",
            Freshness::NoNextUpdate => "no-next-update",
            Freshness::NextBeforeThis => "next-update-before-this-update",
        }
    }
}
