//! The page's effects: the share link in the address bar, and the engine
//! that analyses every change.

use crate::services;
use crate::state::{Action, State};
use std::{cell::RefCell, rc::Rc};
use yew::prelude::*;

/// Opens the link the page was loaded with, follows back/forward, and keeps
/// the fragment equal to the current inputs.
#[hook]
pub fn use_share_link(state: &UseReducerHandle<State>) {
    // The last fragment this page wrote or read: a navigation to it is our
    // own echo, not a new link (asn1js guards its hash the same way).
    let last_fragment = use_mut_ref(String::new);
    // The link opened last (see `open_link`).
    let opening = use_mut_ref(String::new);
    {
        let state = state.clone();
        let last_fragment = last_fragment.clone();
        use_effect_with((), move |()| {
            let open = move |fragment: String| {
                if *last_fragment.borrow() == fragment {
                    return;
                }
                *last_fragment.borrow_mut() = fragment.clone();
                open_link(&state, &fragment, &opening);
            };
            // Effects run only in the browser (never in native SSR tests).
            open(services::location::fragment());
            let listeners = services::location::on_navigate(open);
            move || drop(listeners)
        });
    }
    let push = state.push_history;
    let has_error = state.link_error.is_some();
    use_effect_with(state.link.fragment.clone(), move |fragment| {
        // A damaged link stays in the address bar until the inputs change,
        // so the user can see what was opened.
        if *last_fragment.borrow() != *fragment && !(has_error && fragment.is_empty()) {
            *last_fragment.borrow_mut() = fragment.clone();
            services::location::write(fragment, push);
        }
    });
}

/// Replaces the inputs with what `fragment` carries (none if it is empty).
///
/// The engine's decoded link is dropped when another was opened by the time
/// it arrives (`opening`, the link opened last): a second Back made while
/// the engine was decoding wins over it.
fn open_link(state: &UseReducerHandle<State>, fragment: &str, opening: &Rc<RefCell<String>>) {
    fragment.clone_into(&mut opening.borrow_mut());
    let now = services::clock::early_or_now();
    state.dispatch(Action::Tick(now));
    if fragment.is_empty() {
        state.dispatch(Action::Load(Default::default()));
        return;
    }
    // The engine decodes the link: the inflater stays out of the page's
    // first load.
    let loads = state.dispatcher();
    let current = opening.clone();
    let sent = services::analysis::decode(
        fragment,
        now,
        reply_to(state.dispatcher()),
        move |opened, decoded| {
            if *current.borrow() != opened {
                return;
            }
            loads.dispatch(match decoded {
                Ok(shared) => Action::Load(shared),
                Err(e) => Action::LinkError(e),
            });
        },
    );
    if let Err(e) = sent {
        state.dispatch(Action::LinkError(e));
    }
}

/// Where the engine's answers go.
fn reply_to(
    dispatcher: UseReducerDispatcher<State>,
) -> impl Fn(services::analysis::Reply) + 'static {
    move |reply| {
        dispatcher.dispatch(match reply {
            Ok((id, answer)) => Action::ReportReady(id, answer),
            Err(why) => Action::EngineError(why),
        });
    }
}

/// Brings the verdict into view and gives it the focus when the report for
/// added files arrives (`State::reveal`): on a narrow screen the report is
/// below the inputs.
#[hook]
pub fn use_reveal(state: &UseReducerHandle<State>) {
    let reveal = state.reveal;
    use_effect_with(state.analysed, move |&analysed| {
        if analysed == reveal {
            services::focus::verdict();
        }
    });
}

/// A person's first report paid for code run for the first time: the
/// page's wasm compiled function by function (lazily) and its JS glue,
/// 20-30 ms of a first render in a trace (issue 27). So, once the page has
/// rendered itself, a report (the first example's, `warm-view.json`) is
/// rendered in an element outside the document (nothing is shown, laid out
/// or announced), and dropped, until a report is on screen. It does not
/// wait for the engine's warm-up, as it did: a drop soon after opening
/// finds it done.
#[hook]
pub fn use_warm_up() {
    use_effect_with((), |()| {
        services::examples::warm_view(|view| render_out_of_sight(view.into(), WARM_RENDERS));
    });
}

/// Renders until a report is shown: V8 optimises a function only once it
/// has run enough (dynamic tiering), and after one render a first drop's
/// still took about twice a later drop's (issue 27).
const WARM_RENDERS: u32 = 4;
/// Between two of them, the page stays responsive.
const WARM_GAP_MS: u32 = 30;

fn report_shown() -> bool {
    let found = gloo::utils::document().query_selector(".report .summary");
    found.ok().flatten().is_some()
}

fn render_out_of_sight(view: std::rc::Rc<str>, left: u32) {
    // A report on screen paid the costs. An input given as the page opens
    // (a drop, a share link) goes on: the engine analyses it from
    // static/early.js on, and the page mostly waits for that report, whose
    // render the warm-up then halves (cold opens, A/B of 20: first render
    // 52-57 ms → 19-22 ms, answer -14 to -21 ms; issue 27).
    if report_shown() {
        return;
    }
    let (Ok(report), Ok(root)) = (
        serde_json::from_str::<certscope::Report>(&view),
        gloo::utils::document().create_element("div"),
    ) else {
        return;
    };
    let props = super::AppProps {
        now: None,
        warm: Some(std::rc::Rc::new(report)),
    };
    let app = yew::Renderer::<super::App>::with_root_and_props(root, props).render();
    // Rendered by now; dropped a task later, with its slices' timers. Again
    // while no report is shown.
    gloo::timers::callback::Timeout::new(0, move || {
        app.destroy();
        if left > 1 && !report_shown() {
            let again = move || render_out_of_sight(view, left - 1);
            gloo::timers::callback::Timeout::new(WARM_GAP_MS, again).forget();
        } else {
            // How many renders it took (tests/browser/first_drop.test.mjs).
            let renders = (WARM_RENDERS - left + 1).to_string();
            let _ = gloo::utils::document_element().set_attribute("data-warmed", &renders);
        }
    })
    .forget();
}

/// Sends every change to the analysis engine (a Web Worker), after the
/// render that shows it; `send_now` has usually sent it already.
#[hook]
pub fn use_engine(state: &UseReducerHandle<State>) {
    let current = state.clone();
    use_effect_with(state.generation, move |_| send_now(&current));
}

/// Sends the inputs to the engine if they changed since the last request.
/// Called right after a dispatch that changes them (a handle reads the
/// reduced state at once), the engine starts before the page renders the
/// change: about a millisecond and a half earlier on a drop (issue 16).
pub fn send_now(state: &UseReducerHandle<State>) {
    if !state.pending() {
        return;
    }
    let dispatcher = state.dispatcher();
    let sent = services::analysis::request(
        state.generation,
        &state.inputs(),
        state.link_at(),
        state.evaluated_at(),
        &state.options(),
        reply_to(dispatcher.clone()),
    );
    match sent {
        Ok(true) => {}
        // Sent already, with its timer.
        Ok(false) => return,
        Err(e) => {
            dispatcher.dispatch(Action::EngineError(e));
            return;
        }
    }
    // "Analysing…" only if the engine is still at it after a glance (see
    // `State::slow`); a timer that fires after the answer changes nothing.
    let generation = state.generation;
    gloo::timers::callback::Timeout::new(SLOW_MS, move || {
        dispatcher.dispatch(Action::Slow(generation));
    })
    .forget();
}

/// How long the engine may work before the status line says so. A chain
/// is analysed in a few milliseconds: "Analysing…" shown for those would
/// be a flash, and one more frame drawn before the report's (issue 16).
const SLOW_MS: u32 = 150;
