//! The analysis engine runs in a Web Worker (src/worker): static/early.js
//! starts it with the page, this module adopts it on the first input (or
//! starts one, after a failure), sends it the inputs, and hands back its
//! answer.

use crate::wire::{self, InputRef};
use certscope::inspect::share::{Link, Shared};
use certscope::Timestamp;
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// The engine's answers to one request: the report first, then its share
/// link (deflating the inputs is left until the report is on its way, so
/// the first frame does not wait for it).
#[derive(Clone, Debug)]
pub enum Answer {
    Report {
        /// The report cut for rendering (`Report::for_view`), as JSON.
        view: String,
        /// What the view leaves out, if anything.
        note: Option<String>,
    },
    Link(Link),
}

/// An answer, tagged with the request's generation; or why the engine
/// could not load.
pub type Reply = Result<(u64, Answer), String>;

struct Engine {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    /// The worker has said it is ready. Requests are sent before: its
    /// loader keeps them until the engine listens.
    ready: bool,
}

/// Where the whole report's JSON goes once the engine has written it.
type OnReportJson = Box<dyn FnOnce(JsValue)>;

/// Where a decoded share link goes, with the fragment it was decoded from.
type OnDecoded = std::rc::Rc<dyn Fn(String, Result<Shared, String>)>;

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    /// The latest `decode` caller's callback.
    static ON_DECODED: RefCell<Option<OnDecoded>> = const { RefCell::new(None) };
    /// The pending "Download report" request's callback.
    static ON_REPORT_JSON: RefCell<Option<OnReportJson>> = const { RefCell::new(None) };
    /// The generation last sent: the page asks as soon as the inputs change
    /// and again after it has rendered the change; the engine hears it once.
    static SENT: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Ends the worker. Its handlers are dropped a task later: this runs inside
/// one of them.
fn stop() {
    if let Some(engine) = ENGINE.with(|engine| engine.borrow_mut().take()) {
        engine.worker.terminate();
        // Events already queued (a second message's trap) find no handler
        // rather than a dropped closure.
        engine.worker.set_onmessage(None);
        engine.worker.set_onerror(None);
        gloo::timers::callback::Timeout::new(0, move || drop(engine)).forget();
    }
}

/// The worker said it is ready.
fn on_ready() {
    ENGINE.with(|engine| {
        if let Some(engine) = engine.borrow_mut().as_mut() {
            engine.ready = true;
        }
    });
}

/// The engine, and whether it has said it is ready: the one
/// static/early.js started with the page (issue 27), taken once, or a new
/// one from early.js's `certscopeLaunch`. A started one that said anything but `ready` failed: it is
/// ended, and a new one tells the app why.
fn adopt() -> Result<(Worker, bool), String> {
    let global = js_sys::global();
    let name = JsValue::from_str("certscopeEngine");
    let started = Reflect::get(&global, &name).unwrap_or(JsValue::UNDEFINED);
    let _ = Reflect::set(&global, &name, &JsValue::UNDEFINED);
    if started.is_object() {
        let worker: Worker = started.unchecked_into();
        let said = Reflect::get(&worker, &"said".into()).unwrap_or(JsValue::UNDEFINED);
        if said.is_undefined() {
            return Ok((worker, false));
        }
        if Reflect::get(&said, &"ready".into())
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true)
        {
            return Ok((worker, true));
        }
        worker.terminate();
    }
    let launch = Reflect::get(&global, &"certscopeLaunch".into()).unwrap_or(JsValue::UNDEFINED);
    if !launch.is_function() {
        return Err(
            "the analysis engine could not start: the page's first script (early.js) did not run"
                .to_string(),
        );
    }
    let worker = launch
        .unchecked_ref::<js_sys::Function>()
        .call0(&global)
        .map_err(|e| format!("the analysis engine could not start: {e:?}"))?;
    Ok((worker.unchecked_into(), false))
}

/// Starts the engine if it is not running. `done` receives every report
/// answer, or why the engine stopped.
fn start(engine: &mut Option<Engine>, done: impl Fn(Reply) + 'static) -> Result<(), String> {
    if engine.is_some() {
        return Ok(());
    }

    let (worker, ready) = adopt()?;
    let done = std::rc::Rc::new(done);
    let failed = done.clone();
    // A trap (what a panic becomes) or a script that did not load.
    // That worker is done with: the next change starts a new one,
    // and the page, its inputs and its last report stay as they are.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let detail = Reflect::get(&event, &"message".into())
            .ok()
            .and_then(|v| v.as_string())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| "its script did not load".to_string());
        stop();
        // Before any input (the warm-up's request) nothing is lost: the
        // first input starts a new engine, and says so if that one fails.
        if SENT.get().is_none() {
            return;
        }
        failed(Err(format!(
                    "the analysis engine stopped ({detail}); nothing was sent anywhere. Change or remove an input to try again"
                )));
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if let Some(why) = Reflect::get(&data, &"failed".into())
            .ok()
            .and_then(|v| v.as_string())
        {
            done(Err(why));
            return;
        }
        if Reflect::get(&data, &"ready".into())
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true)
        {
            on_ready();
            return;
        }
        if let Some(json) = Reflect::get(&data, &"report_json".into())
            .ok()
            .filter(JsValue::is_string)
        {
            if let Some(done) = ON_REPORT_JSON.with(|slot| slot.borrow_mut().take()) {
                done(json);
            }
            return;
        }
        if let Ok(decoded) = Reflect::get(&data, &"decoded".into()) {
            if !decoded.is_undefined() {
                on_decoded(&decoded);
                return;
            }
        }
        let id = Reflect::get(&data, &"id".into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(-1.0);
        let text = |name: &str| {
            Reflect::get(&data, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let answer = match text("view") {
            Some(view) => Answer::Report {
                view,
                note: text("note"),
            },
            None => {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let too_large = Reflect::get(&data, &"link_too_large".into())
                    .ok()
                    .and_then(|v| v.as_f64())
                    .map(|n| n as usize);
                Answer::Link(Link {
                    fragment: text("link").unwrap_or_default(),
                    too_large,
                    left_out: Reflect::get(&data, &"link_left_out".into())
                        .map(|v| {
                            Array::from(&v)
                                .iter()
                                .filter_map(|n| n.as_string())
                                .collect()
                        })
                        .unwrap_or_default(),
                })
            }
        };
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        done(Ok((id as u64, answer)));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    *engine = Some(Engine {
        worker,
        _on_message: on_message,
        _on_error: on_error,
        ready,
    });

    Ok(())
}

/// Has the engine decode a share link's fragment and hands the inputs to
/// `done` (or the words for a damaged link). The inflater lives in the
/// engine, not in the page's wasm: about 11 KB gzip of the first load.
/// Report answers that arrive meanwhile go to `reports`. `now` is the
/// page's clock: the engine starts the link's analysis at once, at the
/// time the page will ask for (src/worker/main.rs `ahead`).
pub fn decode(
    fragment: &str,
    now: Timestamp,
    reports: impl Fn(Reply) + 'static,
    done: impl Fn(String, Result<Shared, String>) + 'static,
) -> Result<(), String> {
    ON_DECODED.with(|slot| *slot.borrow_mut() = Some(std::rc::Rc::new(done)));
    ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        start(&mut engine, reports)?;
        let Some(engine) = engine.as_mut() else {
            return Err("the analysis engine is not running".to_string());
        };
        let message = Object::new();
        let _ = Reflect::set(&message, &"decode".into(), &JsValue::from_str(fragment));
        #[allow(clippy::cast_precision_loss)]
        let _ = Reflect::set(&message, &"now".into(), &JsValue::from_f64(now.0 as f64));
        engine
            .worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))
    })
}

/// Has the engine write its latest report as `certscope inspect --json`
/// does and hands the JSON (a JS string, never copied into the page's wasm:
/// 9 MB for a 10 MB paste) to `done`. Only "Download report" asks: the
/// engine formats nothing else the user did not open (issue 16).
pub fn report_json(done: impl FnOnce(JsValue) + 'static) -> Result<(), String> {
    ON_REPORT_JSON.with(|slot| *slot.borrow_mut() = Some(Box::new(done)));
    ENGINE.with(|engine| {
        let engine = engine.borrow();
        let Some(engine) = engine.as_ref().filter(|e| e.ready) else {
            return Err("the analysis engine is not running".to_string());
        };
        let message = Object::new();
        let _ = Reflect::set(&message, &"report_json".into(), &JsValue::TRUE);
        engine
            .worker
            .post_message(&message)
            .map_err(|e| format!("{e:?}"))
    })
}

/// The engine's `{ decoded: { fragment, inputs, at, server? } | { fragment, error } }`.
fn on_decoded(decoded: &JsValue) {
    let get = |object: &JsValue, name: &str| {
        Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
    };
    let result = match get(decoded, "error").as_string() {
        Some(error) => Err(error),
        None => Ok(Shared {
            inputs: wire::read(&get(decoded, "inputs")),
            #[allow(clippy::cast_possible_truncation)]
            at: get(decoded, "at").as_f64().map(|t| Timestamp(t as i64)),
            server: get(decoded, "server").as_string(),
        }),
    };
    let fragment = get(decoded, "fragment").as_string().unwrap_or_default();
    if let Some(done) = ON_DECODED.with(|slot| slot.borrow().clone()) {
        done(fragment, result);
    }
}

/// Asks for the report of `inputs` at `at` and their share link (which
/// carries `link_at` if the time is pinned); `done` receives both, tagged
/// with `generation` so a late answer to an older request can be recognised,
/// or why the engine could not load. `Ok(false)`: that generation was
/// already sent, and nothing was.
pub fn request(
    generation: u64,
    inputs: &[InputRef<'_>],
    link_at: Option<Timestamp>,
    at: Timestamp,
    options: &certscope::Options,
    done: impl Fn(Reply) + 'static,
) -> Result<bool, String> {
    if SENT.replace(Some(generation)) == Some(generation) {
        return Ok(false);
    }
    ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        start(&mut engine, done)?;
        let Some(engine) = engine.as_mut() else {
            return Err("the analysis engine is not running".to_string());
        };
        // The one copy out of the page's wasm memory; it is then
        // transferred, not copied again.
        let (list, transfer) = wire::write(inputs.iter().copied());
        let message = Object::new();
        #[allow(clippy::cast_precision_loss)]
        let _ = Reflect::set(
            &message,
            &"id".into(),
            &JsValue::from_f64(generation as f64),
        );
        #[allow(clippy::cast_precision_loss)]
        let _ = Reflect::set(&message, &"at".into(), &JsValue::from_f64(at.0 as f64));
        let _ = Reflect::set(&message, &"inputs".into(), &list);
        let server = options.server.map(|s| s.word());
        for (name, value) in [
            ("host", options.host.as_deref()),
            ("log_line", options.log_line.as_deref()),
            ("server", server),
        ] {
            if let Some(value) = value {
                let _ = Reflect::set(&message, &name.into(), &JsValue::from_str(value));
            }
        }
        if let Some(link_at) = link_at {
            #[allow(clippy::cast_precision_loss)]
            let _ = Reflect::set(
                &message,
                &"link_at".into(),
                &JsValue::from_f64(link_at.0 as f64),
            );
        }
        // Sent at once, ready or not: the loader keeps it until the engine
        // listens, and the engine then answers only the latest request
        // (src/worker/main.rs `listen`). Transfer the buffers: no second
        // copy of a 10 MB paste.
        engine
            .worker
            .post_message_with_transfer(&message, &transfer)
            .map(|()| true)
            .map_err(|e| format!("{e:?}"))
    })
}
