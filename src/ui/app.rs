//! The page: inputs on the left, the report on the right (one column on a
//! narrow screen), the answer first; files dropped anywhere on the window.
//! `App` holds the state and the drop zone; the columns are `workbench` and
//! `report_view` (view functions, not components: a component type costs
//! the page's first load about half a kilobyte), and the effects (share
//! link, engine) are hooks.

mod hooks;
mod report_view;
mod workbench;

use crate::services;
use crate::state::State;
use report_view::report_view;
use workbench::workbench;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A fixed "now" for native rendering tests; the browser reads its clock.
    #[prop_or_default]
    pub now: Option<certscope::Timestamp>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.now;
    let state = use_reducer(move || State::new(start.unwrap_or_else(services::clock::now)));
    hooks::use_share_link(&state);
    hooks::use_engine(&state);
    let dragging = use_state(|| false);
    let copy_status = use_state(|| None::<AttrValue>);

    // Drops are taken by .app, which spans the whole window (the column
    // is inside it): a file dropped in the margins would otherwise replace
    // the page (issue 18).
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving to a child element fires dragleave too; only the page's
            // edge (no related target) ends the drag.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        let add_files = workbench::add_files(&state);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|dt| dt.files()) {
                add_files.emit(gloo::file::FileList::from(list).iter().cloned().collect());
            }
        })
    };
    html! {
        <div class={classes!("app", dragging.then_some("dragging"))}
            {ondragover} ondragenter={Callback::from(|e: DragEvent| e.prevent_default())} {ondragleave} {ondrop}>
            { masthead() }
            <main>
                { workbench(&state, &copy_status) }
                { report_view(&state) }
            </main>
            <div class="drop-overlay" aria-hidden="true">{"Drop files to inspect them"}</div>
        </div>
    }
}

/// The title, and the theme switch.
fn masthead() -> Html {
    let on_theme = Callback::from(|e: Event| {
        services::theme::set(
            &e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        )
    });
    html! {
        <header class="masthead">
            <div>
                <h1>{"certscope"}</h1>
                <p>{"Certificate chains and OCSP staples, inspected in your browser. Nothing you add leaves this page."}</p>
            </div>
            <label class="theme">{"Theme "}
                <select id="theme" onchange={on_theme}>
                    <option value="auto" selected=true>{"System"}</option>
                    <option value="light">{"Light"}</option>
                    <option value="dark">{"Dark"}</option>
                </select>
            </label>
        </header>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_empty_page() {
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(AppProps {
                now: Some(certscope::Timestamp(1_795_395_600)),
            })
            .render(),
        );
        assert!(html.contains("Start by adding a chain"), "{html}");
        assert!(html.contains("id=\"paste\""));
        assert!(html.contains("2026-11-23T01:00:00"));
    }
}
