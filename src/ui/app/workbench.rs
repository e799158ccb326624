//! The left column: the link's error, the examples, the inputs, the
//! evaluation time, the share link and the list of inputs.

use super::hooks::send_now;
use crate::components::examples_menu::ExamplesMenu;
use crate::components::input_list::{input_list, InputListProps};
use crate::components::input_panel::{input_panel, InputPanelProps};
use crate::components::share_panel::{share_panel, SharePanelProps};
use crate::components::toolbar::Toolbar;
use crate::services;
use crate::state::{Action, State};
use yew::prelude::*;

/// A callback that applies `action` to its value (and sends the inputs to
/// the engine at once if that changed them).
pub fn dispatch<T: 'static>(
    state: &UseReducerHandle<State>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| apply(&state, action(value)))
}

/// Applies `action`, and sends the inputs to the engine if that changed
/// them. Not generic: each `dispatch::<T>` would otherwise carry a copy.
fn apply(state: &UseReducerHandle<State>, action: Action) {
    state.dispatch(action);
    send_now(state);
}

/// The same for a change of inputs or time: "now" is read first.
fn dispatch_now<T: 'static>(
    state: &UseReducerHandle<State>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| {
        state.dispatch(Action::Tick(services::clock::now()));
        apply(&state, action(value));
    })
}

/// Reads dropped or chosen files and adds them as inputs.
pub fn add_files(state: &UseReducerHandle<State>) -> Callback<Vec<gloo::file::File>> {
    let state = state.clone();
    Callback::from(move |files: Vec<gloo::file::File>| {
        let state = state.clone();
        services::files::read_all(files, move |inputs| {
            state.dispatch(Action::Tick(services::clock::early_or_now()));
            apply(&state, Action::AddFiles(inputs));
        });
    })
}

/// Saves the engine's own JSON, byte for byte what `certscope inspect
/// --json` prints; the page never serialises a report itself.
fn download_report() {
    let asked = services::analysis::report_json(|json| {
        if let Err(e) =
            services::download::save_parts("certscope-report.json", "application/json", &json)
        {
            gloo::console::error!("download failed", e);
        }
    });
    if let Err(e) = asked {
        gloo::console::error!("download failed", e);
    }
}

/// The column; `copy_status` says how "Copy share link" went.
pub fn workbench(
    state: &UseReducerHandle<State>,
    copy_status: &UseStateHandle<Option<AttrValue>>,
) -> Html {
    let on_copy = {
        let copy_status = copy_status.clone();
        Callback::from(move |()| {
            let copy_status = copy_status.clone();
            services::clipboard::copy(services::location::href(), move |ok| {
                copy_status.set(Some(
                    if ok {
                        "Copied"
                    } else {
                        "Copy failed: select the address bar and copy it"
                    }
                    .into(),
                ));
            });
        })
    };
    #[cfg(target_arch = "wasm32")]
    let link_length = services::location::base().len() + 1 + state.link.fragment.len();
    #[cfg(not(target_arch = "wasm32"))]
    let link_length = state.link.fragment.len() + 1;
    let dismiss_link_error = dispatch(state, |_: MouseEvent| Action::DismissLinkError);
    let report = &state.report;
    let has_inputs = !report.inputs.is_empty();
    html! {
        <div class="workbench">
            { for state.link_error.iter().map(|message| html! {
                <div class="link-error" role="alert">
                    <p><strong>{"This link could not be opened: "}</strong>{message.clone()}{". The page still works: add inputs below."}</p>
                    <button type="button" onclick={dismiss_link_error.clone()}>{"Dismiss"}</button>
                </div>
            }) }
            <ExamplesMenu />
            {input_panel(&InputPanelProps { paste: state.paste.clone(), on_paste: dispatch_now(state, Action::SetPaste),
                on_pasted: dispatch_now(state, Action::PasteText),
                on_large_paste: dispatch_now(state, Action::AddLargePaste), on_files: add_files(state) })}
            <Toolbar at={state.at} evaluated_at={report.evaluated_at} on_at={dispatch_now(state, Action::SetAt)}
                server={state.server} on_server={dispatch_now(state, Action::SetServer)}
                on_download={Callback::from(|()| download_report())} on_clear={dispatch(state, |()| Action::Clear)} {has_inputs} />
            // `data-pending` says at once whether a report is on its way
            // (what tests wait on); the words only once it is slow.
            <p class="analysis-status" role="status" aria-live="polite" data-pending={if state.pending() { "true" } else { "false" }}>
                { if state.slow() { "Analysing…" } else { "" } }
            </p>
            { for state.engine_error.iter().map(|e| html! { <p class="input-error" role="alert">{e.clone()}</p> }) }
            if has_inputs {
                {share_panel(SharePanelProps { link: &state.link, length: link_length, pin_time: state.pin_time,
                    on_pin: dispatch(state, Action::SetPinTime), on_copy, copy_status: (**copy_status).clone() })}
                {input_list(&InputListProps { report: report.clone(), file_count: state.files.len(),
                    on_remove: dispatch(state, Action::RemoveFile) }, state.analysed.to_string())}
            }
        </div>
    }
}
