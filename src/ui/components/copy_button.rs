//! A button that copies text (a command, a PEM bundle) to the clipboard.

use crate::services;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    /// What is copied, for screen readers ("Copy the curl command").
    pub label: AttrValue,
}

#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let onclick = {
        let text = props.text.to_string();
        let status = status.clone();
        Callback::from(move |_| {
            let status = status.clone();
            services::clipboard::copy(text.clone(), move |ok| {
                status.set(Some(if ok { "Copied" } else { "Copy failed" }))
            });
        })
    };
    html! {
        <>
            <button type="button" class="copy" aria-label={props.label.clone()} {onclick}>{"Copy"}</button>
            { for status.map(|s| html! { <span class="copy-status" role="status">{s}</span> }) }
        </>
    }
}
