//! "Load an example": realistic samples, each a share link, fetched from
//! static/examples.json when the menu is first opened.

use crate::services::examples::{self, Example};
use yew::prelude::*;

#[component]
pub fn ExamplesMenu() -> Html {
    let examples = use_state(|| None::<Result<Vec<Example>, String>>);
    let ontoggle = {
        let examples = examples.clone();
        Callback::from(move |_: Event| {
            if examples.is_none() {
                let examples = examples.clone();
                examples::load(move |loaded| examples.set(Some(loaded)));
            }
        })
    };
    html! {
        <details class="examples" {ontoggle}>
            <summary>{"Load an example"}</summary>
            {
                match &*examples {
                    None => html! { <p>{"Loading…"}</p> },
                    Some(Err(message)) => html! { <p class="input-error">{message.clone()}</p> },
                    Some(Ok(list)) => html! {
                        <ul>
                        { for list.iter().map(|e| html! {
                            <li><a href={format!("#{}", e.link)}>{e.title.clone()}</a>{" — "}<span class="help">{e.description.clone()}</span></li>
                        }) }
                        </ul>
                    },
                }
            }
        </details>
    }
}
