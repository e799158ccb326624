//! The page's state: inputs, evaluation time, and the report derived from
//! them. A pure reducer, so it is tested natively with plain `#[test]`s.

use certscope::inspect::input::redact_private_keys;
use certscope::{analyze, Input, Report, Timestamp};
use std::rc::Rc;
use yew::Reducible;

/// The name the paste area's content gets in the report.
pub const PASTE_NAME: &str = "pasted text";

#[derive(Clone, Debug)]
pub struct State {
    /// The paste area's text, with private-key bodies already removed.
    pub paste: String,
    /// Dropped or chosen files, in the order they arrived (keys removed).
    pub files: Vec<Input>,
    /// A fixed evaluation time, or `None` for "now".
    pub at: Option<Timestamp>,
    /// The clock reading of the last change, used when `at` is `None`.
    pub now: Timestamp,
    pub report: Rc<Report>,
}

pub enum Action {
    SetPaste(String),
    AddFiles(Vec<Input>),
    RemoveFile(usize),
    Clear,
    SetAt(Option<Timestamp>),
    /// The clock moved (used when evaluating at "now").
    Tick(Timestamp),
}

impl State {
    pub fn new(now: Timestamp) -> State {
        let mut state = State {
            paste: String::new(),
            files: Vec::new(),
            at: None,
            now,
            report: Rc::new(analyze(&[], now)),
        };
        state.reanalyze();
        state
    }

    /// Every input in report order: files in arrival order, then the paste area.
    pub fn inputs(&self) -> Vec<Input> {
        let mut inputs = self.files.clone();
        if !self.paste.trim().is_empty() {
            inputs.push(Input::new(PASTE_NAME, self.paste.as_bytes()));
        }
        inputs
    }

    pub fn evaluated_at(&self) -> Timestamp {
        self.at.unwrap_or(self.now)
    }

    fn reanalyze(&mut self) {
        self.report = Rc::new(analyze(&self.inputs(), self.evaluated_at()));
    }

    /// Applies one action (the pure part of `reduce`).
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::SetPaste(text) => {
                let redacted = redact_private_keys(text.as_bytes());
                self.paste = String::from_utf8_lossy(&redacted).into_owned();
            }
            Action::AddFiles(files) => {
                self.files.extend(
                    files
                        .into_iter()
                        .map(|f| Input::new(f.name, redact_private_keys(&f.bytes))),
                );
            }
            Action::RemoveFile(index) => {
                if index < self.files.len() {
                    self.files.remove(index);
                }
            }
            Action::Clear => {
                self.files.clear();
                self.paste.clear();
            }
            Action::SetAt(at) => self.at = at,
            Action::Tick(now) => {
                self.now = now;
                if self.at.is_some() {
                    return self;
                }
            }
        }
        self.reanalyze();
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: Timestamp = Timestamp(1_795_395_600); // 2026-11-23T01:00:00Z

    fn fixture(path: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/{path}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn a_pasted_private_key_is_never_kept() {
        let text = String::from_utf8(fixture("inputs/cert-and-key.pem")).unwrap();
        let state = State::new(AT).apply(Action::SetPaste(text.clone()));
        let key_start = text.find("-----BEGIN PRIVATE KEY-----").unwrap();
        let key_body = &text[key_start + 28..key_start + 92];
        assert!(!state.paste.contains(key_body), "key body kept: {key_body}");
        assert!(state
            .report
            .findings
            .iter()
            .any(|f| f.code == "private-key-exposed"));
        assert_eq!(
            state.report.certificates.len(),
            1,
            "the certificate next to the key is still read"
        );
    }

    #[test]
    fn a_binary_key_file_is_replaced_before_it_is_stored() {
        let state = State::new(AT).apply(Action::AddFiles(vec![Input::new(
            "keystore.p12",
            fixture("inputs/keystore.p12"),
        )]));
        assert!(state.files[0].bytes.len() < 100);
        assert!(state
            .report
            .findings
            .iter()
            .any(|f| f.code == "private-key-exposed"));
    }

    #[test]
    fn files_then_paste_and_removal() {
        let state = State::new(AT)
            .apply(Action::SetAt(Some(AT)))
            .apply(Action::AddFiles(vec![Input::new(
                "leaf.der",
                fixture("inputs/leaf.der"),
            )]))
            .apply(Action::SetPaste(
                String::from_utf8(fixture("chains/correct.pem")).unwrap(),
            ));
        let names: Vec<_> = state
            .report
            .inputs
            .iter()
            .map(|i| i.name.as_str())
            .collect();
        assert_eq!(names, ["leaf.der", PASTE_NAME]);
        assert_eq!(state.report.evaluated_at, AT);
        let state = state
            .apply(Action::RemoveFile(0))
            .apply(Action::RemoveFile(7));
        assert_eq!(state.report.inputs.len(), 1);
    }
}
