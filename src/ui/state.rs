//! The page's state: inputs, evaluation time, and the report derived from
//! them. A pure reducer, so it is tested natively with plain `#[test]`s.

use crate::services::analysis::Answer;
use crate::wire::InputRef;
use certscope::inspect::commands::config::Server;
use certscope::inspect::input::without_private_keys;
pub use certscope::inspect::share::Link;
use certscope::inspect::share::Shared;
use certscope::{Input, Report, Timestamp};
use std::rc::Rc;
use yew::{AttrValue, Reducible};

pub use certscope::inspect::input::PASTE_NAME;

/// Pastes longer than this (in characters) become an input of their own
/// instead of text in the paste area: a browser lays out every line of a
/// textarea, and 10 MB of text there costs seconds of frozen main thread
/// (issue 7). 256 K characters is still a hundred certificates' worth of PEM.
pub const LARGE_PASTE_CHARS: usize = 256 * 1024;

#[derive(Clone, Debug)]
pub struct State {
    /// The paste area's text, with private-key bodies already removed.
    /// Shared, not copied, by every state a change derives.
    pub paste: AttrValue,
    /// Dropped or chosen files and large pastes, in the order they arrived
    /// (keys removed). Each is shared between states: a change copies
    /// pointers, not megabytes.
    pub files: Vec<Rc<Input>>,
    /// A fixed evaluation time, or `None` for "now".
    pub at: Option<Timestamp>,
    /// The clock reading of the last change, used when `at` is `None`.
    pub now: Timestamp,
    pub report: Rc<Report>,
    /// Bumped on every change of inputs or time; the report in hand is for
    /// `analysed`, and a newer one is on its way while they differ.
    pub generation: u64,
    pub analysed: u64,
    /// Why the engine could not give a report, if it could not.
    pub engine_error: Option<String>,
    /// What the rendered report leaves out of a very large one.
    pub view_note: Option<String>,
    /// The host name the commands use (empty: the leaf's first DNS name).
    pub host: String,
    /// A server log line to explain against the inputs.
    pub log_line: String,
    /// The web server the advice is for (issue 32); `None`: any server.
    pub server: Option<Server>,
    /// Put the evaluation time in the share link.
    pub pin_time: bool,
    /// The share link's fragment for the current inputs.
    pub link: Link,
    /// Whether the last change deserves its own history entry (files added or
    /// removed) rather than rewriting the current one (typing).
    pub push_history: bool,
    /// Why the link the page was opened with (or navigated to) was unusable.
    pub link_error: Option<String>,
    /// The generation the engine has been working on for long enough to
    /// say so (see `Action::Slow`).
    pub slow: Option<u64>,
    /// The generation whose report is brought into view and focused when it
    /// comes: one made by adding files or a large paste (issue 28: on a
    /// phone the report starts below the inputs, and nothing moved).
    pub reveal: u64,
}

pub enum Action {
    SetPaste(String),
    /// The same, pasted rather than typed: its report is brought into view.
    PasteText(String),
    /// A paste too large for the paste area (see `LARGE_PASTE_CHARS`), as UTF-8.
    AddLargePaste(Vec<u8>),
    AddFiles(Vec<Input>),
    RemoveFile(usize),
    Clear,
    SetAt(Option<Timestamp>),
    /// The clock moved (used when evaluating at "now").
    Tick(Timestamp),
    SetPinTime(bool),
    /// Replace everything with what a share link carries.
    Load(Shared),
    /// The link could not be read; the message says why.
    LinkError(String),
    SetHost(String),
    SetLogLine(String),
    SetServer(Option<Server>),
    /// The engine's answer for a generation: the report (whole, and cut for
    /// rendering) and the share link (the engine deflates, so the page's
    /// wasm need not).
    ReportReady(u64, Answer),
    EngineError(String),
    DismissLinkError,
    /// The engine is still working on this generation after a glance: now
    /// the status line says so. Sent by a timer; stale ones change nothing.
    Slow(u64),
}

impl State {
    pub fn new(now: Timestamp) -> State {
        let mut state = State {
            paste: AttrValue::default(),
            files: Vec::new(),
            at: None,
            now,
            report: Rc::new(Report::empty(now)),
            generation: 0,
            analysed: 0,
            engine_error: None,
            view_note: None,
            host: String::new(),
            log_line: String::new(),
            server: None,
            pin_time: false,
            link: Link::default(),
            push_history: false,
            link_error: None,
            slow: None,
            reveal: 0,
        };
        state.reanalyze();
        state
    }

    pub fn evaluated_at(&self) -> Timestamp {
        self.at.unwrap_or(self.now)
    }

    /// The host, log line and server for the engine (blank ones are none).
    // `..Default::default()` fills, natively (the SSR tests), the CLI's
    // --connect records, which wasm builds do not have.
    #[allow(clippy::needless_update)]
    pub fn options(&self) -> certscope::Options {
        let given = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        certscope::Options {
            host: given(&self.host),
            log_line: given(&self.log_line),
            server: self.server,
            ..certscope::Options::default()
        }
    }

    /// True while the engine works on the latest change.
    pub fn pending(&self) -> bool {
        self.analysed != self.generation
    }

    /// A report is on its way and has been for a while: "Analysing…".
    pub fn slow(&self) -> bool {
        self.pending() && self.slow == Some(self.generation)
    }

    fn reanalyze(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        let nothing = self.files.is_empty() && self.paste.trim().is_empty();
        if nothing {
            self.link = Link::default();
            // Nothing to analyse: no need to wake the engine.
            // (Download is disabled then: only the engine writes JSON.)
            self.report = Rc::new(Report::empty(self.evaluated_at()));
            self.analysed = self.generation;
        }
        // Natively (tests, server rendering) the engine is a function call;
        // in the browser the App sends the inputs to the worker.
        #[cfg(not(target_arch = "wasm32"))]
        if !nothing {
            self.analyse_here();
        }
    }

    /// The engine's work, done in this thread (native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    fn analyse_here(&mut self) {
        let shared = self.shared();
        let inputs: Vec<Input> = shared
            .inputs
            .iter()
            .map(|i| Input::new(i.name.clone(), i.bytes.clone()))
            .collect();
        let report = certscope::analyze_with(&inputs, self.evaluated_at(), &self.options());
        self.link = certscope::inspect::share::link(&shared);
        // What the worker hands the page: the view, findings by severity.
        let (view, note) = report.for_view();
        self.report = Rc::new(view);
        self.view_note = note;
        self.analysed = self.generation;
    }

    /// Every input in report order (files in arrival order, then the paste
    /// area), and the evaluation time if it is pinned: what the engine
    /// analyses and the share link carries.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn shared(&self) -> Shared {
        Shared {
            inputs: self
                .inputs()
                .into_iter()
                .map(|i| certscope::inspect::share::SharedInput {
                    name: i.name.to_string(),
                    bytes: i.bytes.to_vec(),
                    pasted: i.pasted,
                })
                .collect(),
            at: self.link_at(),
            server: self.server.map(|s| s.word().to_string()),
        }
    }

    /// The same inputs as `shared`, borrowed: what is posted to the engine
    /// without a copy in between.
    pub fn inputs(&self) -> Vec<InputRef<'_>> {
        let mut inputs: Vec<InputRef<'_>> = self
            .files
            .iter()
            .map(|f| InputRef {
                name: &f.name,
                bytes: &f.bytes,
                pasted: false,
            })
            .collect();
        if !self.paste.trim().is_empty() {
            inputs.push(InputRef {
                name: PASTE_NAME,
                bytes: self.paste.as_bytes(),
                pasted: true,
            });
        }
        inputs
    }

    /// The evaluation time the share link carries, if it is pinned.
    pub fn link_at(&self) -> Option<Timestamp> {
        self.pin_time.then(|| self.evaluated_at())
    }

    /// Files added or removed get their own history entry; typing, the
    /// time and opening a link rewrite the current one (a link opened by
    /// navigation already has its entry). The engine's answer, which brings
    /// the new fragment, leaves the choice as it was. Files added are shown
    /// when their report comes: that report is the next generation's.
    fn remember(&mut self, action: &Action) {
        if matches!(
            action,
            Action::AddFiles(_) | Action::AddLargePaste(_) | Action::PasteText(_)
        ) {
            self.reveal = self.generation.wrapping_add(1);
        }
        match action {
            Action::AddFiles(_)
            | Action::AddLargePaste(_)
            | Action::RemoveFile(_)
            | Action::Clear => self.push_history = true,
            Action::SetPaste(_)
            | Action::PasteText(_)
            | Action::SetAt(_)
            | Action::SetPinTime(_)
            | Action::SetHost(_)
            | Action::SetLogLine(_)
            | Action::SetServer(_)
            | Action::Load(_) => self.push_history = false,
            _ => {}
        }
    }

    /// Applies one action (the pure part of `reduce`).
    pub fn apply(mut self, action: Action) -> State {
        self.remember(&action);
        match action {
            Action::SetPaste(text) | Action::PasteText(text) => {
                self.paste = match String::from_utf8(without_private_keys(text.into_bytes())) {
                    Ok(text) => AttrValue::from(text),
                    Err(e) => AttrValue::from(String::from_utf8_lossy(e.as_bytes()).into_owned()),
                };
            }
            Action::AddLargePaste(text) => {
                let bytes = without_private_keys(text);
                self.files.push(Rc::new(Input::new(PASTE_NAME, bytes)));
            }
            Action::AddFiles(files) => {
                self.files.extend(
                    files
                        .into_iter()
                        .map(|f| Rc::new(Input::new(f.name, without_private_keys(f.bytes)))),
                );
            }
            Action::RemoveFile(index) => {
                if index < self.files.len() {
                    self.files.remove(index);
                }
            }
            Action::Clear => {
                self.files.clear();
                self.paste = AttrValue::default();
            }
            Action::SetAt(at) => self.at = at,
            Action::SetPinTime(pin) => self.pin_time = pin,
            Action::SetHost(host) => self.host = host,
            Action::SetLogLine(line) => self.log_line = line,
            Action::SetServer(server) => self.server = server,
            Action::Load(shared) => {
                self.pin_time = shared.at.is_some();
                self.at = shared.at;
                // A word this page does not know (a later version's) is
                // read as no choice: the inputs still open.
                self.server = shared.server.as_deref().and_then(Server::from_word);
                let (files, paste) = shared.opened();
                self.files = files.into_iter().map(Rc::new).collect();
                self.paste = AttrValue::from(paste);
                self.link_error = None;
            }
            Action::LinkError(message) => {
                self.link_error = Some(message);
                return self;
            }
            Action::DismissLinkError => {
                self.link_error = None;
                return self;
            }
            Action::Slow(generation) => {
                self.slow = Some(generation);
                return self;
            }
            Action::Tick(now) => {
                // The change that follows a tick re-analyses.
                self.now = now;
                return self;
            }
            Action::ReportReady(generation, answer) => {
                if generation != self.generation {
                    return self;
                }
                match answer {
                    Answer::Report { view, note } => {
                        match serde_json::from_str::<Report>(&view) {
                            Ok(report) => {
                                self.report = Rc::new(report);
                                self.view_note = note;
                                self.engine_error = None;
                            }
                            // Where, not serde_json's words: its Display
                            // carries every io::ErrorKind text into the
                            // first load (about 1 KB gzip).
                            Err(e) => {
                                self.engine_error = Some(format!(
                                    "the engine's report could not be read (line {}, column {})",
                                    e.line(),
                                    e.column()
                                ))
                            }
                        }
                        self.analysed = generation;
                    }
                    Answer::Link(link) => self.link = link,
                }
                return self;
            }
            Action::EngineError(message) => {
                self.engine_error = Some(message);
                self.analysed = self.generation;
                return self;
            }
        }
        self.reanalyze();
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // A timer's word for a change already answered (or already said)
        // returns the same state: Yew then renders nothing.
        if let Action::Slow(generation) = action {
            if generation != self.generation || !self.pending() || self.slow == Some(generation) {
                return self;
            }
        }
        Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use certscope::inspect::share::{self, MAX_LINK_INPUT_BYTES};

    const AT: Timestamp = Timestamp(1_795_395_600); // 2026-11-23T01:00:00Z

    fn fixture(path: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/{path}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    /// The report's inputs by name, in order.
    fn input_names(state: &State) -> Vec<&str> {
        state
            .report
            .inputs
            .iter()
            .map(|i| i.name.as_str())
            .collect()
    }

    /// The status line's "Analysing…" (issue 16): only the change still on
    /// its way is announced, once; a timer that fires later renders nothing.
    #[test]
    fn only_the_change_still_on_its_way_is_announced() {
        let mut waiting = State::new(AT);
        // Natively the engine answers at once: make a change it has not.
        waiting.generation = waiting.analysed + 2;
        let now = waiting.generation;
        let waiting = Rc::new(waiting);
        assert!(waiting.pending() && !waiting.slow());
        // [the timer's generation, announced]
        for (generation, announced) in [(now, true), (now - 1, false)] {
            let next = waiting.clone().reduce(Action::Slow(generation));
            assert_eq!(next.slow(), announced, "generation {generation}");
            assert_eq!(
                Rc::ptr_eq(&next, &waiting),
                !announced,
                "a stale timer renders nothing"
            );
        }
        let said = waiting.clone().reduce(Action::Slow(now));
        assert!(
            Rc::ptr_eq(&said.clone().reduce(Action::Slow(now)), &said),
            "said once"
        );
        let mut answered = (*said).clone();
        answered.analysed = now;
        let answered = Rc::new(answered);
        assert!(!answered.slow(), "the words go with the answer");
        assert!(Rc::ptr_eq(
            &answered.clone().reduce(Action::Slow(now)),
            &answered
        ));
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
    fn the_link_follows_the_inputs_and_never_holds_a_key() {
        let pem = String::from_utf8(fixture("inputs/cert-and-key.pem")).unwrap();
        let state = State::new(AT).apply(Action::SetPaste(pem.clone()));
        let shared = share::decode(&state.link.fragment).unwrap();
        assert_eq!(shared.inputs.len(), 1);
        assert!(shared.inputs[0].pasted);
        let key_start = pem.find("-----BEGIN PRIVATE KEY-----").unwrap();
        let key_body = &pem[key_start + 28..key_start + 92];
        assert!(!String::from_utf8_lossy(&shared.inputs[0].bytes).contains(key_body));
        assert_eq!(shared.at, None, "time not pinned");

        let pinned = state
            .clone()
            .apply(Action::SetAt(Some(AT)))
            .apply(Action::SetPinTime(true));
        assert_eq!(share::decode(&pinned.link.fragment).unwrap().at, Some(AT));

        let reopened = State::new(Timestamp(0))
            .apply(Action::Load(share::decode(&pinned.link.fragment).unwrap()));
        assert_eq!(reopened.paste, pinned.paste);
        assert_eq!(
            reopened.report, pinned.report,
            "the receiver sees what the sender saw"
        );
        assert_eq!(reopened.link.fragment, pinned.link.fragment);

        let cleared = state.apply(Action::Clear);
        assert_eq!(cleared.link, Link::default());
    }

    /// Issue 32: the server chosen reaches the engine and the link, and a
    /// link reopens with it; one without a server (or with a word this page
    /// does not know) opens with none.
    #[test]
    fn the_server_choice_reaches_the_report_and_the_link() {
        let chosen = State::new(AT)
            .apply(Action::SetAt(Some(AT)))
            .apply(Action::AddFiles(vec![
                Input::new("fullchain.pem", fixture("chains/correct.pem")),
                Input::new("staple.der", fixture("staples/stale.der")),
            ]))
            .apply(Action::SetServer(Some(Server::Haproxy)));
        assert!(
            chosen
                .report
                .summary
                .headline
                .ends_with("(HAProxy 3.0+: ocsp-update on)."),
            "{}",
            chosen.report.summary.headline
        );
        let shared = share::decode(&chosen.link.fragment).unwrap();
        assert_eq!(shared.server.as_deref(), Some("haproxy"));
        let reopened = State::new(AT).apply(Action::Load(shared.clone()));
        assert_eq!(reopened.server, Some(Server::Haproxy));
        assert_eq!(reopened.options().server, Some(Server::Haproxy));
        for server in [None, Some("a server of 2030".to_string())] {
            let old = State::new(AT).apply(Action::Load(Shared {
                server,
                ..shared.clone()
            }));
            assert_eq!(old.server, None);
            assert_eq!(old.files.len(), 2, "the inputs still open");
        }
    }

    #[test]
    fn a_large_paste_becomes_an_input_of_its_own_without_its_key() {
        // The paste area stays as it was; the paste is listed with the files,
        // removable, and the key inside it is gone before it is kept.
        let pem = String::from_utf8(fixture("inputs/cert-and-key.pem")).unwrap();
        let mut big = pem.clone();
        while big.len() <= LARGE_PASTE_CHARS {
            big.push_str(&pem);
        }
        let key_start = pem.find("-----BEGIN PRIVATE KEY-----").unwrap();
        let key_body = &pem[key_start + 28..key_start + 92];
        let state = State::new(AT)
            .apply(Action::SetPaste("typed".into()))
            .apply(Action::AddLargePaste(big.into_bytes()));
        assert_eq!(&*state.paste, "typed");
        assert_eq!(state.files.len(), 1);
        assert_eq!(state.files[0].name, PASTE_NAME);
        assert!(!String::from_utf8_lossy(&state.files[0].bytes).contains(key_body));
        assert!(state.push_history, "a new input gets its own history entry");
        // Issue 28: the report for added inputs is brought into view, the
        // one for a changed time is not.
        assert_eq!(state.reveal, state.generation);
        let later = state.clone().apply(Action::SetAt(Some(AT)));
        assert_ne!(later.reveal, later.generation);
        let pasted = later.apply(Action::PasteText("pasted".into()));
        assert_eq!(
            (pasted.reveal, &*pasted.paste),
            (pasted.generation, "pasted")
        );
        let names = input_names(&state);
        assert_eq!(names, [PASTE_NAME, PASTE_NAME]);
        assert!(state
            .report
            .findings
            .iter()
            .any(|f| f.code == "private-key-exposed"));
        assert_eq!(state.apply(Action::RemoveFile(0)).files.len(), 0);
    }

    #[test]
    fn inputs_too_large_for_a_link_are_not_put_in_it() {
        let big = vec![b'x'; MAX_LINK_INPUT_BYTES + 1];
        let state = State::new(AT).apply(Action::AddFiles(vec![Input::new("big.txt", big)]));
        assert_eq!(state.link.fragment, "");
        assert!(state.link.too_large.is_some());
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
        let names = input_names(&state);
        assert_eq!(names, ["leaf.der", PASTE_NAME]);
        assert_eq!(state.report.evaluated_at, AT);
        let state = state
            .apply(Action::RemoveFile(0))
            .apply(Action::RemoveFile(7));
        assert_eq!(state.report.inputs.len(), 1);
    }
}
