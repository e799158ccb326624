//! The vocabulary every analysis speaks: a finding and its severity. It sits
//! at the bottom of the core (it imports only `intern`), so the chain, staple,
//! revocation, trust and command analyses can all produce findings without
//! depending on the report that collects them.
//!
//! Layer: base. Imports only other base modules.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// Stable kebab-case code.
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub code: crate::inspect::intern::Word,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staple: Option<usize>,
}

impl Finding {
    pub fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Finding {
            severity,
            code,
            message: message.into(),
            certificate: None,
            input: None,
            staple: None,
        }
    }
    pub fn on_certificate(mut self, index: usize) -> Self {
        self.certificate = Some(index);
        self
    }
    pub fn on_input(mut self, index: usize) -> Self {
        self.input = Some(index);
        self
    }
    pub fn on_staple(mut self, index: usize) -> Self {
        self.staple = Some(index);
        self
    }
}
