//! The analysis engine as a Web Worker: the page's own wasm holds only the
//! interface, so it loads fast, and a big paste is analysed off the main
//! thread, so the tab never freezes.
//!
//! A share link's fragment comes as `{ decode: fragment, now }` and goes back
//! as `{ decoded: { fragment, inputs, at, server? } }` or `{ decoded: {
//! fragment, error } }`; its analysis starts then, at the page's `now`, and
//! answers the page's request for the same inputs (`ahead: true`).
//! static/early.js starts such an analysis before the app runs, from
//! `{ opening: fragment, now }` (the link the page opened with) or `{
//! dropped: inputs, at }` (files dropped while it loads), with no reply.
//!
//! Protocol: the page posts `{ id, at, link_at?, host?, log_line?, server?, rust_only?, inputs:
//! [{ name, bytes: Uint8Array, pasted }] }` (times in seconds since the epoch); the worker
//! answers `{ id, view, note?, proven, arithmetic }`, the cut report the page
//! renders (and how many signatures WebCrypto proved and the Rust arithmetic
//! checked), then `{ id, link, link_too_large, link_left_out }`, the share
//! link's fragment (deflating here keeps the compressor out of the page's
//! wasm; sent second, so the first frame does not wait for it). The whole
//! report, the same JSON as `certscope inspect --json`, is written only when
//! the page asks for it ("Download report"): `{ report_json: true }` is answered with
//! `{ id, report_json }` for the latest report (issue 16: nothing the user
//! did not ask for is formatted). Once loaded it posts `{ ready: true }`:
//! the page need not wait for it: what it sends before is kept by the
//! loader and answered then (only the latest analysis request). `link_left_out` names the
//! inputs too large for the link, which carries the others.

fn main() {
    #[cfg(target_arch = "wasm32")]
    engine::start();
}

#[cfg(target_arch = "wasm32")]
mod webcrypto;

#[cfg(target_arch = "wasm32")]
mod arith;

#[cfg(target_arch = "wasm32")]
#[path = "../arith_wire.rs"]
mod arith_wire;

#[cfg(target_arch = "wasm32")]
#[path = "../wire.rs"]
mod wire;

#[cfg(target_arch = "wasm32")]
mod engine {
    use certscope::inspect::commands::config::Server;
    use certscope::inspect::gather::{self, Gathered};
    use certscope::inspect::input::PASTE_NAME;
    use certscope::inspect::report::analyze_gathered;
    use certscope::inspect::share::{self, Shared, SharedInput};
    use certscope::inspect::signature;
    use certscope::{Input, Options, Timestamp};
    use js_sys::{Array, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        /// The latest report and its request's id, for "Download report".
        static LATEST: RefCell<Option<(JsValue, certscope::Report)>> = const { RefCell::new(None) };
        /// The share link the page opened last, and what it carries.
        static OPENED: RefCell<Option<(String, Shared)>> = const { RefCell::new(None) };
        /// The analysis of the share link decoded last, if the page has not
        /// asked for another since.
        static AHEAD: RefCell<Option<Ahead>> = const { RefCell::new(None) };
        /// The page has sent something: the warm-up gives way.
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// `{ id, report_json }`: the latest report as `certscope inspect --json` writes it.
    fn report_json() -> Result<JsValue, JsValue> {
        let reply = Object::new();
        LATEST.with(|latest| {
            if let Some((id, report)) = latest.borrow().as_ref() {
                Reflect::set(&reply, &"id".into(), id)?;
                Reflect::set(
                    &reply,
                    &"report_json".into(),
                    // The CLI's `--json`, laid out from the compact form the
                    // view already uses: one serializer in the engine.
                    &JsValue::from_str(&certscope::inspect::text::pretty_json(
                        &serde_json::to_string(report).unwrap_or_default(),
                    )),
                )?;
            } else {
                Reflect::set(&reply, &"report_json".into(), &JsValue::from_str(""))?;
            }
            Ok::<(), JsValue>(())
        })?;
        Ok(reply.into())
    }

    fn field(object: &JsValue, name: &str) -> JsValue {
        Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    /// `{ decode: fragment }` → `{ decoded: { inputs, at, server? } }` or
    /// `{ decoded: { error } }`: the page's share links are inflated here.
    /// With the buffers to transfer: the inputs' bytes are not copied again.
    fn decoded(
        scope: &DedicatedWorkerGlobalScope,
        fragment: &str,
        now: Timestamp,
    ) -> Result<(JsValue, Array), JsValue> {
        let out = Object::new();
        let mut transfer = Array::new();
        match share::decode(fragment) {
            Ok(shared) => {
                start_ahead(scope, Request::opened(&shared, now));
                let (inputs, buffers) = crate::wire::write(shared.inputs.iter().map(Into::into));
                transfer = buffers;
                Reflect::set(&out, &"inputs".into(), &inputs)?;
                #[allow(clippy::cast_precision_loss)]
                let at = shared
                    .at
                    .map_or(JsValue::NULL, |t| JsValue::from_f64(t.0 as f64));
                Reflect::set(&out, &"at".into(), &at)?;
                if let Some(server) = &shared.server {
                    Reflect::set(&out, &"server".into(), &JsValue::from_str(server))?;
                }
                let fragment = fragment.strip_prefix('#').unwrap_or(fragment).to_string();
                OPENED.with_borrow_mut(|opened| *opened = Some((fragment, shared)));
            }
            Err(e) => {
                Reflect::set(&out, &"error".into(), &JsValue::from_str(&e.to_string()))?;
            }
        }
        // The page drops a decoded link it has moved on from by the time it
        // arrives (a second Back); the fragment says which link this is.
        Reflect::set(&out, &"fragment".into(), &JsValue::from_str(fragment))?;
        let reply = Object::new();
        Reflect::set(&reply, &"decoded".into(), &out)?;
        Ok((reply.into(), transfer))
    }

    /// One analysis request, read out of its message.
    #[derive(Clone)]
    struct Request {
        id: JsValue,
        at: Timestamp,
        link_at: Option<Timestamp>,
        inputs: Vec<Input>,
        /// Per input: it was the paste area's text (for the share link).
        pasted: Vec<bool>,
        options: Options,
        /// Verify every signature with the Rust arithmetic alone (the
        /// cross-check test's second path).
        rust_only: bool,
    }

    impl Request {
        #[allow(clippy::cast_possible_truncation)]
        // `..Options::default()` fills, natively, the CLI's --connect
        // records, which wasm builds do not have.
        #[allow(clippy::needless_update)]
        fn read(data: &JsValue) -> Request {
            let shared = crate::wire::read(&field(data, "inputs"));
            Request {
                pasted: shared.iter().map(|i| i.pasted).collect(),
                inputs: shared
                    .into_iter()
                    .map(|i| Input::new(i.name, i.bytes))
                    .collect(),
                id: field(data, "id"),
                at: Timestamp(field(data, "at").as_f64().unwrap_or(0.0) as i64),
                link_at: field(data, "link_at").as_f64().map(|t| Timestamp(t as i64)),
                options: Options {
                    host: field(data, "host").as_string(),
                    log_line: field(data, "log_line").as_string(),
                    server: field(data, "server")
                        .as_string()
                        .and_then(|word| Server::from_word(&word)),
                    ..Options::default()
                },
                rust_only: field(data, "rust_only").as_bool() == Some(true),
            }
        }

        /// The request the page sends once it has loaded `shared` at `now`
        /// (src/ui/state.rs `Action::Load`, `inputs` and `options`): the
        /// link's files, then the paste area's text if it holds any.
        fn opened(shared: &Shared, now: Timestamp) -> Request {
            let (mut inputs, paste) = shared.clone().opened();
            let mut pasted = vec![false; inputs.len()];
            if !paste.trim().is_empty() {
                inputs.push(Input::new(PASTE_NAME, paste));
                pasted.push(true);
            }
            Request {
                id: JsValue::NULL,
                at: shared.at.unwrap_or(now),
                link_at: shared.at,
                inputs,
                pasted,
                options: Options {
                    server: shared.server.as_deref().and_then(Server::from_word),
                    ..Options::default()
                },
                rust_only: false,
            }
        }

        /// The request the page sends for files dropped before it ran
        /// (static/early.js posts them at the drop, with the second it
        /// will evaluate them at): the files in order, no option set.
        fn dropped(files: Vec<SharedInput>, at: Timestamp) -> Request {
            Request {
                id: JsValue::NULL,
                at,
                link_at: None,
                pasted: files.iter().map(|i| i.pasted).collect(),
                inputs: files
                    .into_iter()
                    .map(|i| Input::new(i.name, i.bytes))
                    .collect(),
                options: Options::default(),
                rust_only: false,
            }
        }

        /// Asks for the same report and link as `other` (whatever its id).
        fn same(&self, other: &Request) -> bool {
            (self.at, self.link_at, self.rust_only) == (other.at, other.link_at, other.rust_only)
                && (&self.inputs, &self.pasted, &self.options)
                    == (&other.inputs, &other.pasted, &other.options)
        }
    }

    /// A share link's analysis, started as the engine decodes the link:
    /// the page then loads the inputs, renders them and asks for their
    /// report, a round trip the analysis need not wait for (issue 27: a
    /// share link opened cold). The page's request, when it is the same,
    /// is answered by it; any other ends it.
    struct Ahead {
        asked: Request,
        done: Option<Analysed>,
        /// The page's request, which came before the analysis was done.
        waiting: Option<Request>,
    }

    /// A report, with how many signatures WebCrypto proved and the Rust
    /// arithmetic checked.
    type Analysed = (certscope::Report, usize, usize);

    fn start_ahead(scope: &DedicatedWorkerGlobalScope, request: Request) {
        // Asked already: the page decodes the link static/early.js had
        // the engine start on.
        let started = |slot: &Option<Ahead>| slot.as_ref().is_some_and(|a| a.asked.same(&request));
        if AHEAD.with_borrow(started) {
            return;
        }
        AHEAD.set(Some(Ahead {
            asked: request.clone(),
            done: None,
            waiting: None,
        }));
        let scope = scope.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let mut analysed = Some(analysed(&scope, &request).await);
            let waiting = AHEAD.with_borrow_mut(|slot| {
                let ahead = slot
                    .as_mut()
                    .filter(|a| a.done.is_none() && a.asked.same(&request))?;
                let waiting = ahead.waiting.take();
                if waiting.is_some() {
                    *slot = None;
                } else {
                    ahead.done = analysed.take();
                }
                waiting
            });
            if let (Some(request), Some(analysed)) = (waiting, analysed) {
                answered(&scope, request, analysed, true).await;
            }
        });
    }

    /// The page's request, unless the link's analysis ahead answers it
    /// (now, or once it is done).
    fn met_ahead(scope: &DedicatedWorkerGlobalScope, request: Request) -> Option<Request> {
        let Some(mut ahead) = AHEAD.take().filter(|a| a.asked.same(&request)) else {
            return Some(request);
        };
        match ahead.done.take() {
            Some(analysed) => {
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    answered(&scope, request, analysed, true).await;
                });
            }
            None => {
                ahead.waiting = Some(request);
                AHEAD.set(Some(ahead));
            }
        }
        None
    }

    fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<(), JsValue> {
        // `{ expect }`: an input is on its way (see `start`); it has
        // stopped the warm-up, and asks for nothing.
        if field(data, "expect").as_bool() == Some(true) {
            return Ok(());
        }
        // Inputs given while the page loads (static/early.js), analysed
        // ahead of the page's request for them, which comes once the app
        // runs: `{ opening: fragment, now }`, the share link the page will
        // decode, and `{ dropped: inputs, at }`, files dropped on it.
        #[allow(clippy::cast_possible_truncation)]
        let now = |name: &str| Timestamp(field(data, name).as_f64().unwrap_or(0.0) as i64);
        if let Some(fragment) = field(data, "opening").as_string() {
            if let Ok(shared) = share::decode(&fragment) {
                start_ahead(scope, Request::opened(&shared, now("now")));
            }
            return Ok(());
        }
        let dropped = field(data, "dropped");
        if Array::is_array(&dropped) {
            start_ahead(
                scope,
                Request::dropped(crate::wire::read(&dropped), now("at")),
            );
            return Ok(());
        }
        if let Some(fragment) = field(data, "decode").as_string() {
            let (reply, transfer) = decoded(scope, &fragment, now("now"))?;
            return scope.post_message_with_transfer(&reply, &transfer);
        }
        if field(data, "report_json").as_bool() == Some(true) {
            return scope.post_message(&report_json()?);
        }
        let Some(request) = met_ahead(scope, Request::read(data)) else {
            return Ok(());
        };
        let scope = scope.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let analysed = analysed(&scope, &request).await;
            answered(&scope, request, analysed, false).await;
        });
        Ok(())
    }

    /// The report of `request`.
    async fn analysed(scope: &DedicatedWorkerGlobalScope, request: &Request) -> Analysed {
        // The signatures the analysis will check, handed to WebCrypto first
        // (issue 16): it answers in a fraction of the wasm arithmetic's time.
        let gathered = gather::read(&request.inputs);
        let checks = if request.rust_only {
            Vec::new()
        } else {
            certscope::inspect::ahead::signature_checks(&gathered)
        };
        let proven = if checks.is_empty() {
            Vec::new()
        } else {
            crate::webcrypto::prove(scope, &checks).await
        };
        let (report, arithmetic) = decided(scope, request, gathered, &proven).await;
        (report, proven.len(), arithmetic)
    }

    /// Sends `request` its report and link (`ahead`: the report was made
    /// when its share link was decoded, before the page asked).
    async fn answered(
        scope: &DedicatedWorkerGlobalScope,
        request: Request,
        (report, proven, arithmetic): Analysed,
        ahead: bool,
    ) {
        if let Err(e) = reply(scope, request, report, proven, arithmetic, ahead).await {
            web_sys::console::error_2(&"certscope worker".into(), &e);
        }
    }

    /// Analyses after which certscope-arith is asked again stop here: each
    /// pass decides at least one new check, and a chain needs two or three.
    const MAX_PASSES: usize = 6;

    /// The report with every signature decided, and how many checks
    /// certscope-arith did: the checks in `proven` (WebCrypto's) are valid,
    /// the analysis lists the others it needs, certscope-arith decides
    /// them, and the analysis runs again with the answers until it needs
    /// nothing new. Only a chain with an invalid, RSA-PSS, Ed25519 or DSA
    /// signature (or a bundle too big to list ahead) takes a second pass.
    async fn decided(
        scope: &DedicatedWorkerGlobalScope,
        request: &Request,
        gathered: Gathered,
        proven: &[[u8; 32]],
    ) -> (certscope::Report, usize) {
        let mut known: Vec<(signature::Wanted, signature::Verdict)> = Vec::new();
        let mut gathered = Some(gathered);
        let mut pass = 1;
        loop {
            let inputs = gathered
                .take()
                .unwrap_or_else(|| gather::read(&request.inputs));
            let (report, wanted) = signature::with_known(proven, &known, true, || {
                analyze_gathered(inputs, &request.inputs, request.at, &request.options)
            });
            if wanted.is_empty() || pass == MAX_PASSES {
                return (report, known.len());
            }
            let verdicts = crate::arith::decide(scope, &wanted).await;
            known.extend(wanted.into_iter().zip(verdicts));
            pass += 1;
        }
    }

    /// Sends the report, then its share link.
    async fn reply(
        scope: &DedicatedWorkerGlobalScope,
        request: Request,
        report: certscope::Report,
        proven: usize,
        arithmetic: usize,
        ahead: bool,
    ) -> Result<(), JsValue> {
        let reply = Object::new();
        Reflect::set(&reply, &"id".into(), &request.id)?;
        if ahead {
            Reflect::set(&reply, &"ahead".into(), &JsValue::TRUE)?;
        }
        // A cut report for the page to render (see Report::for_view), with
        // a note on what was cut; the whole one is kept for the download.
        let (view, note) = report.for_view();
        let view_json = serde_json::to_string(&view).unwrap_or_default();
        Reflect::set(&reply, &"view".into(), &JsValue::from_str(&view_json))?;
        if let Some(note) = note {
            Reflect::set(&reply, &"note".into(), &JsValue::from_str(&note))?;
        }
        // What verified the signatures: WebCrypto's proofs used, and the
        // checks certscope-arith did (tests/browser/webcrypto.test.mjs).
        let counts = [("proven", proven), ("arithmetic", arithmetic)];
        for (name, n) in counts {
            #[allow(clippy::cast_precision_loss)]
            Reflect::set(&reply, &name.into(), &JsValue::from_f64(n as f64))?;
        }
        scope.post_message(&reply)?;
        LATEST.with(|latest| *latest.borrow_mut() = Some((request.id.clone(), report)));
        send_link(scope, request).await
    }

    /// The share link, sent second: the page renders the report meanwhile.
    /// The inputs' bytes move into it: the analysis is done with them.
    async fn send_link(
        scope: &DedicatedWorkerGlobalScope,
        request: Request,
    ) -> Result<(), JsValue> {
        let Request {
            id,
            link_at,
            inputs,
            pasted,
            options,
            ..
        } = request;
        let inputs = inputs.into_iter().zip(pasted);
        let shared = Shared {
            inputs: inputs
                .map(|(i, pasted)| SharedInput {
                    name: i.name,
                    bytes: i.bytes,
                    pasted,
                })
                .collect(),
            at: link_at,
            server: options.server.map(|s| s.word().to_string()),
        };
        // A link the page opened is given back as it was while its inputs
        // are unchanged: the browser's compressor makes other bytes than the
        // one that made it (the CLI's, another browser's), and opening a
        // link must not rewrite it (tests/browser/share.test.mjs).
        let reopened = OPENED.with_borrow(|opened| {
            opened
                .as_ref()
                .filter(|(fragment, carried)| {
                    *carried == shared && fragment.len() <= share::MAX_LENGTH
                })
                .map(|(fragment, _)| fragment.clone())
        });
        let link = match reopened {
            Some(fragment) => share::Link {
                fragment,
                ..share::Link::default()
            },
            None => share::link_with(&shared, |payload| zlib(scope, payload)).await,
        };
        let reply = Object::new();
        Reflect::set(&reply, &"id".into(), &id)?;
        Reflect::set(&reply, &"link".into(), &JsValue::from_str(&link.fragment))?;
        #[allow(clippy::cast_precision_loss)]
        let too_large = link
            .too_large
            .map_or(JsValue::NULL, |n| JsValue::from_f64(n as f64));
        Reflect::set(&reply, &"link_too_large".into(), &too_large)?;
        let left_out: Array = link.left_out.iter().map(|n| JsValue::from_str(n)).collect();
        Reflect::set(&reply, &"link_left_out".into(), &left_out)?;
        scope.post_message(&reply)
    }

    /// `payload` as zlib, by the browser's CompressionStream (the loader's
    /// `certscopeDeflate`): the engine carries no compressor (issue 27).
    async fn zlib(scope: &DedicatedWorkerGlobalScope, payload: Vec<u8>) -> Option<Vec<u8>> {
        let deflate: js_sys::Function = Reflect::get(scope, &"certscopeDeflate".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let bytes = js_sys::Uint8Array::from(payload.as_slice());
        let promise: js_sys::Promise = deflate.call1(scope, &bytes).ok()?.dyn_into().ok()?;
        let compressed = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        Some(js_sys::Uint8Array::new(&compressed).to_vec())
    }

    /// A file the loader fetched beside the wasm: its promise is the
    /// global `name`, of the bytes, their SHA-256 (null where WebCrypto is
    /// missing) and, for roots.der, each root's SHA-256, for programs.bin,
    /// the file inflated (null where the browser could not).
    async fn fetched(
        scope: &DedicatedWorkerGlobalScope,
        name: &str,
    ) -> Result<(Vec<u8>, Option<Vec<u8>>, Option<Vec<u8>>), String> {
        let promise: js_sys::Promise = Reflect::get(scope, &name.into())
            .ok()
            .and_then(|p| p.dyn_into().ok())
            .ok_or("a root store was not requested")?;
        let pair = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| format!("a root store could not be fetched ({e:?})"))?;
        let parts = Array::from(&pair);
        let part = |i: u32| {
            let buffer = parts.get(i);
            buffer
                .is_object()
                .then(|| js_sys::Uint8Array::new(&buffer).to_vec())
        };
        Ok((part(0).unwrap_or_default(), part(1), part(2)))
    }

    /// The root stores, installed (Mozilla's, then the other programs'
    /// table, which reads Mozilla's); or why they could not be. With the
    /// store's first root, for the warm-up.
    async fn install_roots(scope: &DedicatedWorkerGlobalScope) -> Result<Vec<u8>, String> {
        let (roots, sha, each) = fetched(scope, "certscopeRoots").await?;
        let first = certscope::inspect::tlv::read(&roots, 0)
            .map(|(tlv, _)| tlv.raw.to_vec())
            .unwrap_or_default();
        certscope::inspect::trust::install_store(roots, sha.as_deref(), each.as_deref())?;
        let (programs, sha, inflated) = fetched(scope, "certscopePrograms").await?;
        certscope::inspect::trust::programs::install(programs, sha.as_deref(), inflated)?;
        Ok(first)
    }

    const WARM_UP_AFTER_MS: u32 = 50;

    /// Warm-up runs. The first drop on a page opened 1.5 s before
    /// (scripts/bench.sh's first-drop row, 12 drops each, two rounds): one
    /// run 37.6-38.2 ms (its report 15.0-15.3 ms after the drop), 5 runs
    /// 30.5-34.8, 12 runs 33.3-34.3 (report 11.1-13.2), 30 runs 33.4-35.3
    /// (issue 27). About 100 ms of the engine's time while the page idles.
    const WARM_UPS: u32 = 12;

    /// The warm-up's inputs: the page's first example (a share link of a
    /// chain and a staple, which the loader's `certscopeWarmUp` fetches),
    /// or, if that cannot be had, `der`, a root of the store.
    async fn warm_up_inputs(scope: &DedicatedWorkerGlobalScope, der: Vec<u8>) -> Vec<Input> {
        let example = async {
            let ask: js_sys::Function = Reflect::get(scope, &"certscopeWarmUp".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let promise: js_sys::Promise = ask.call0(scope).ok()?.dyn_into().ok()?;
            let fragment = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
            let shared = share::decode(&fragment.as_string()?).ok()?;
            Some(shared.inputs)
        };
        match example.await {
            Some(shared) if !shared.is_empty() => shared
                .into_iter()
                .map(|i| Input::new(i.name, i.bytes))
                .collect(),
            _ => vec![Input::new("warm-up.der", der)],
        }
    }

    /// Pays the engine's first-run costs before the person drops (issue
    /// 27): a request's path run on the page's first example while the
    /// page is idle, with nothing sent back. The first analysis decodes the
    /// store's roots it needs, and the browser compiles the code it runs
    /// for the first time only then: without this the first drop took four
    /// to five times a later one. Run `WARM_UPS` times: code run once is
    /// only baseline-compiled, and V8 optimises what has run enough. It
    /// gives way as soon as the page asks for anything (which pays the same
    /// costs itself): before each run, and after each of its waits.
    fn warm_up(scope: DedicatedWorkerGlobalScope, der: Vec<u8>) {
        if ASKED.get() {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let inputs = warm_up_inputs(&scope, der).await;
            for _ in 0..WARM_UPS {
                if ASKED.get() {
                    break;
                }
                warm_up_once(&scope, &inputs).await;
            }
        });
    }

    /// One request's path over `inputs`: the signatures, the analysis, the
    /// view and the share link, all dropped.
    async fn warm_up_once(scope: &DedicatedWorkerGlobalScope, inputs: &[Input]) {
        let gathered = gather::read(inputs);
        let checks = certscope::inspect::ahead::signature_checks(&gathered);
        let proven = crate::webcrypto::prove(scope, &checks).await;
        if ASKED.get() {
            return;
        }
        #[allow(clippy::cast_possible_truncation)]
        let now = Timestamp((js_sys::Date::now() / 1000.0) as i64);
        let report = signature::with_proven(&proven, || {
            analyze_gathered(gathered, inputs, now, &Options::default())
        });
        // The view the page would be sent, made and dropped: the page
        // warms its own code with static/warm-view.json.
        let (view, _) = report.for_view();
        drop(serde_json::to_string(&view));
        let shared = Shared {
            inputs: inputs
                .iter()
                .map(|i| SharedInput {
                    name: i.name.clone(),
                    bytes: i.bytes.clone(),
                    pasted: false,
                })
                .collect(),
            at: None,
            server: None,
        };
        let _ = share::link_with(&shared, |payload| zlib(scope, payload)).await;
    }

    /// Fetches the store, then listens: a report is never made without it.
    pub fn start() {
        wasm_bindgen_futures::spawn_local(async {
            let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            match install_roots(&scope).await {
                Ok(first) => {
                    listen();
                    // Not at once: a request the page sends on hearing
                    // `ready` arrives well within this, and goes first.
                    gloo::timers::callback::Timeout::new(WARM_UP_AFTER_MS, move || {
                        warm_up(scope, first);
                    })
                    .forget();
                }
                Err(why) => {
                    let failed = Object::new();
                    let words = format!("the analysis engine could not load: {why}");
                    let _ = Reflect::set(&failed, &"failed".into(), &JsValue::from_str(&words));
                    let _ = scope.post_message(&failed);
                }
            }
        });
    }

    /// Any message from the page: the warm-up gives way (an input arrived,
    /// or is on its way: `{ expect }`), and it is answered.
    fn heard(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
        ASKED.set(true);
        if let Err(e) = answer(scope, data) {
            web_sys::console::error_2(&"certscope worker".into(), &e);
        }
    }

    /// Answers from now on, and what the loader kept meanwhile
    /// (`certscopeQueue`): of the analysis requests only the latest, since
    /// the page wants no other.
    fn listen() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            heard(&replies, &event.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let queue = Reflect::get(&scope, &"certscopeQueue".into()).unwrap_or_default();
        let _ = Reflect::set(&scope, &"certscopeQueue".into(), &JsValue::UNDEFINED);
        let kept: Vec<JsValue> = if Array::is_array(&queue) {
            Array::from(&queue).iter().collect()
        } else {
            Vec::new()
        };
        let is_request = |data: &JsValue| !field(data, "inputs").is_undefined();
        let latest = kept.iter().rposition(is_request);
        for (i, data) in kept.iter().enumerate() {
            if !is_request(data) || Some(i) == latest {
                heard(&scope, data);
            }
        }
        let ready = Object::new();
        let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }
}
