//! A `<details>` whose body is made only when it is first opened, and kept
//! from then on. Closed, it costs its summary alone: the closed extension
//! tables and code blocks were about a third of the ~700 elements a drop
//! made before its first frame (issue 16: nothing the user did not open is
//! rendered).

use yew::prelude::*;

#[derive(Properties)]
pub struct FoldProps {
    #[prop_or_default]
    pub class: Option<&'static str>,
    /// A command card's `data-purpose`.
    #[prop_or_default]
    pub purpose: Option<&'static str>,
    /// A server configuration's `data-server`.
    #[prop_or_default]
    pub server: Option<&'static str>,
    /// The `<summary>`'s content: what the closed details shows.
    pub summary: Html,
    /// Makes the body; called only once the details has been opened.
    pub body: Callback<(), Html>,
}

/// Never equal: the body is a new callback at every render of the parent
/// anyway, and comparing the summary's markup would cost first-load bytes.
impl PartialEq for FoldProps {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let opened = use_state(|| false);
    // The body is made on the summary's click (or Enter/Space), before the
    // details opens: `toggle` comes in a task of its own, after the open
    // details may already have been painted empty for a frame. A details
    // opened otherwise (find in page, a script) is caught by `toggle`.
    let open = {
        let opened = opened.clone();
        move || {
            if !*opened {
                opened.set(true);
            }
        }
    };
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open())
    };
    let ontoggle = Callback::from(move |_: Event| open());
    html! {
        <details class={props.class} data-purpose={props.purpose} data-server={props.server} {ontoggle}>
            <summary {onclick}>{props.summary.clone()}</summary>
            if *opened { {props.body.emit(())} }
        </details>
    }
}
