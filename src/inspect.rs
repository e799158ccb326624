//! The pure analysis: no I/O, no clock, no web types.
//!
//! One module per domain idea, in five layers that import only downward
//! (docs/architecture.md; `tests/architecture.rs` checks them): base
//! vocabulary ([`finding`], [`dn`], [`signature`], …), readers and models
//! ([`input`], [`certificate`], [`crl`], …), analyses ([`chain`],
//! [`staple`], [`revocation`], [`trust`], [`commands`], …), the report
//! ([`gather`] reads every input once, [`report`] runs the analyses), and
//! the text output ([`render`]).
// Every module of the core: an overflow is an error to handle, never a
// panic (debug) or a silent wrap (release) on hostile input.
#![deny(clippy::arithmetic_side_effects)]

pub mod ahead;
pub mod certificate;
pub mod chain;
pub mod commands;
pub mod connection;
pub mod crl;
pub mod dn;
pub mod error;
pub mod finding;
pub mod freshness;
pub mod gather;
pub mod hosts;
pub mod input;
pub mod intern;
pub mod issuance;
pub mod keys;
pub mod lint;
pub mod names;
pub mod render;
pub mod report;
pub mod revocation;
pub mod sct;
pub mod share;
pub mod signature;
pub mod staple;
pub mod summary;
pub mod text;
pub mod time;
pub mod timeline;
pub mod tlv;
pub mod trust;
pub mod trust_bundle;
pub mod urls;
pub mod validation;

pub use input::Input;
pub use report::{analyze, analyze_with, Finding, Options, Report, Severity};
pub use time::Timestamp;
