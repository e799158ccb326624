//! certscope: a certificate-chain and OCSP-staple inspector.
//!
//! This library is the analysis core. It has no web types in it, so the same
//! code runs in the browser (the Yew app in `src/ui/`, compiled to WebAssembly)
//! and natively (the `certscope` CLI in `src/main.rs`).
//!
//! The entry point is [`analyze`]: named inputs (file bytes or pasted text) and
//! an evaluation time in, one serialisable [`Report`] out. Nothing in it can
//! panic on hostile input: every failure is a value with a worded message.

pub mod inspect;

pub use inspect::{analyze, analyze_with, Input, Options, Report, Severity, Timestamp};
