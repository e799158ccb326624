//! Reading the report back (the page receives it as JSON from its worker).
//! A few fields hold fixed words as `&'static str` (finding codes, verdict
//! words); reading one leaks each distinct word once and reuses it after, so
//! re-reading reports never grows memory. The words come from certscope's own
//! code, never from input data, so the set is small; a cap guards it anyway.
//!
//! Layer: base. Imports only other base modules.

use serde::{Deserialize, Deserializer};
use std::cell::RefCell;
use std::collections::HashSet;

/// Far above the few hundred words certscope's code can produce.
const MAX_WORDS: usize = 4_096;

thread_local! {
    static WORDS: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

/// The one `&'static str` for `word`.
pub fn intern(word: &str) -> &'static str {
    WORDS.with(|words| {
        let mut words = words.borrow_mut();
        if let Some(found) = words.get(word) {
            return *found;
        }
        if words.len() >= MAX_WORDS {
            return "unknown";
        }
        let leaked: &'static str = Box::leak(word.to_owned().into_boxed_str());
        words.insert(leaked);
        leaked
    })
}

/// `#[serde(deserialize_with = "…")]` for `&'static str` fields.
pub fn static_str<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    let word = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
    Ok(intern(&word))
}

/// `#[serde(deserialize_with = "…")]` for `Option<&'static str>` fields.
pub fn optional_static_str<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'static str>, D::Error> {
    let word = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    Ok(word.map(|w| intern(&w)))
}

/// A fixed word in the report. An alias rather than `&'static str` written
/// out, because serde's derive treats any `&str` field as borrowed from the
/// input (and so demands `'de: 'static`) even with `deserialize_with`.
pub type Word = &'static str;
