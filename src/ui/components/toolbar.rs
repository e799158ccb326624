//! Evaluation time, the web server the advice is for, and report download.

use certscope::inspect::commands::config::Server;
use certscope::Timestamp;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The fixed evaluation time, or `None` for now.
    pub at: Option<Timestamp>,
    pub evaluated_at: Timestamp,
    pub on_at: Callback<Option<Timestamp>>,
    /// The web server chosen (issue 32), or `None` for any.
    pub server: Option<Server>,
    pub on_server: Callback<Option<Server>>,
    pub on_download: Callback<()>,
    pub on_clear: Callback<()>,
    pub has_inputs: bool,
}

/// `datetime-local` shows `YYYY-MM-DDTHH:MM:SS`; certscope reads it as UTC.
fn local_value(t: Timestamp) -> String {
    t.rfc3339().trim_end_matches('Z').to_string()
}

pub fn parse_local(value: &str) -> Option<Timestamp> {
    match value.len() {
        16 => Timestamp::parse_rfc3339(&format!("{value}:00Z")),
        _ => Timestamp::parse_rfc3339(&format!("{value}Z")),
    }
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let invalid = use_state(|| false);
    let on_input = {
        let on_at = props.on_at.clone();
        let invalid = invalid.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_local(&value) {
                Some(t) => {
                    invalid.set(false);
                    on_at.emit(Some(t));
                }
                None => invalid.set(!value.is_empty()),
            }
        })
    };
    let now = {
        let on_at = props.on_at.clone();
        move |_| on_at.emit(None)
    };
    // The option's value is the server's `--server` word; "" is any server.
    let on_server = props.on_server.reform(|e: Event| {
        Server::from_word(&e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    // `selected` marks only the initial choice: once a person has picked one
    // the browser keeps theirs, so a link opened later sets it here.
    let select = use_node_ref();
    {
        let select = select.clone();
        use_effect_with(props.server, move |server| {
            if let Some(select) = select.cast::<HtmlSelectElement>() {
                select.set_value(server.map_or("", |s| s.word()));
            }
        });
    }
    let download = props.on_download.reform(|_| ());
    let clear = props.on_clear.reform(|_| ());
    html! {
        <div class="toolbar">
            <label for="evaluate-at">{"Evaluate at (UTC)"}</label>
            <input id="evaluate-at" type="datetime-local" step="1"
                value={local_value(props.evaluated_at)} oninput={on_input}
                aria-describedby="evaluate-at-help" />
            <button type="button" onclick={now} disabled={props.at.is_none()}>{"Now"}</button>
            <span id="evaluate-at-help" class="help">
                { if props.at.is_none() { "evaluating at the current time" } else { "evaluating at a fixed time" } }
            </span>
            { for invalid.then(|| html! { <span class="input-error" role="alert">{"not a date and time"}</span> }) }
            <label for="server">{"Web server"}</label>
            <select id="server" ref={select} onchange={on_server}>
                <option value="" selected={props.server.is_none()}>{"any server"}</option>
                { for Server::ALL.iter().map(|&s| html! {
                    <option value={s.word()} selected={props.server == Some(s)}>{s.name()}</option>
                }) }
            </select>
            <span class="spacer"></span>
            <button id="download-report" type="button" onclick={download} disabled={!props.has_inputs}>{"Download report (JSON)"}</button>
            <button id="clear" type="button" onclick={clear} disabled={!props.has_inputs}>{"Clear all"}</button>
        </div>
    }
}
