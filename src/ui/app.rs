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

#[derive(Properties, Default)]
pub struct AppProps {
    /// A fixed "now" for native rendering tests; the browser reads its clock.
    #[prop_or_default]
    pub now: Option<certscope::Timestamp>,
    /// A report to render once, out of the document and with none of the
    /// page's effects (`hooks::use_warm_up`, issue 27).
    #[prop_or_default]
    pub warm: Option<std::rc::Rc<certscope::Report>>,
}

// The same report, not an equal one: comparing reports field by field
// would bring every type's comparison into the first load.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.warm, &other.warm) {
            (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        self.now == other.now && same
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.now;
    let warm = props.warm.clone();
    let state = use_reducer(move || {
        let mut state = State::new(start.unwrap_or_else(services::clock::now));
        if let Some(report) = warm {
            state.report = report;
        }
        state
    });
    // The warm-up's instance is the report alone; its props never change,
    // so it calls the same hooks at every render.
    if props.warm.is_some() {
        return report_view(&state);
    }
    hooks::use_share_link(&state);
    hooks::use_engine(&state);
    hooks::use_reveal(&state);
    hooks::use_warm_up();
    let app = use_node_ref();
    let copy_status = use_state(|| None::<AttrValue>);

    // Drops are taken by .app, which spans the whole window (the column
    // is inside it): a file dropped in the margins would otherwise replace
    // the page (issue 18). The highlight is a class set on it directly: as
    // state it re-rendered the whole page on entering and on dropping, and
    // the drop's render and frame came before the engine heard of the
    // files (issue 16: a drop's first frame 13-17 ms without, 18-23 with).
    let ondragover = {
        let app = app.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            highlight(&app, true);
        })
    };
    let ondragleave = {
        let app = app.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving to a child element fires dragleave too; only the page's
            // edge (no related target) ends the drag.
            if e.related_target().is_none() {
                highlight(&app, false);
            }
        })
    };
    let ondrop = {
        let app = app.clone();
        let add_files = workbench::add_files(&state);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            highlight(&app, false);
            if let Some(list) = e.data_transfer().and_then(|dt| dt.files()) {
                add_files.emit(gloo::file::FileList::from(list).iter().cloned().collect());
            }
        })
    };
    html! {
        <div class="app" ref={app}
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

/// Shows or hides the drop highlight (`.app.dragging`). Yew leaves the
/// class alone: the `class` it renders, "app", never changes. Written only
/// when it changes: dragover fires every few tens of milliseconds.
fn highlight(app: &NodeRef, on: bool) {
    let class = if on { "app dragging" } else { "app" };
    if let Some(app) = app.cast::<web_sys::Element>() {
        if app.class_name() != class {
            app.set_class_name(class);
        }
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

    /// The warm-up's instance (issue 27) is the report and nothing else:
    /// no input panel, toolbar or share link, whose effects would act on
    /// the page (hooks::use_warm_up renders it outside the document).
    #[test]
    fn the_warm_up_instance_renders_the_report_alone() {
        let read = |p: &str| {
            std::fs::read(format!("{}/tests/fixtures/{p}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        };
        let at = certscope::Timestamp(1_795_395_600);
        let inputs = [
            certscope::Input::new("fullchain.pem", read("chains/with-root.pem")),
            certscope::Input::new("staple.der", read("staples/good.der")),
        ];
        let report = certscope::analyze(&inputs, at).for_view().0;
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(AppProps {
                now: Some(at),
                warm: Some(std::rc::Rc::new(report)),
            })
            .render(),
        );
        assert!(
            html.contains("class=\"report\"") && html.contains("Staples (1)"),
            "{html}"
        );
        assert!(
            !html.contains("id=\"paste\"") && !html.contains("Copy share link"),
            "{html}"
        );
    }

    #[test]
    fn renders_the_empty_page() {
        let html = futures::executor::block_on(
            yew::LocalServerRenderer::<App>::with_props(AppProps {
                now: Some(certscope::Timestamp(1_795_395_600)),
                ..AppProps::default()
            })
            .render(),
        );
        assert!(html.contains("Start by adding a chain"), "{html}");
        // Issue 30: the page says it cannot connect, and what to paste.
        assert!(html.contains("A web page cannot open a TLS connection"));
        assert!(html.contains("-showcerts -status &lt;/dev/null"), "{html}");
        assert!(html.contains("id=\"paste\""));
        assert!(html.contains("2026-11-23T01:00:00"));
    }
}
