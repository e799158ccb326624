//! Errors on one input, worded for the person who dropped it.
//!
//! Each carries a stable kebab-case `code` (for scripts reading the JSON) and a
//! message that says what happened and where ("line 14: …", "byte 0: …").
//! Display is the message, never a debug dump.
//!
//! Layer: base. Imports only other base modules.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    #[serde(deserialize_with = "crate::inspect::intern::static_str")]
    pub code: crate::inspect::intern::Word,
    pub message: String,
}

impl InputError {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        InputError {
            code,
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}
