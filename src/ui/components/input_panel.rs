//! Where inputs come in: the paste area and the file picker (drag-drop is
//! handled by the app, anywhere on the page).

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub paste: AttrValue,
    pub on_paste: Callback<String>,
    pub on_files: Callback<Vec<gloo::file::File>>,
}

#[component]
pub fn InputPanel(props: &InputPanelProps) -> Html {
    let on_input = {
        let on_paste = props.on_paste.clone();
        Callback::from(move |e: InputEvent| {
            on_paste.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_change = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(list) = input.files() {
                on_files.emit(gloo::file::FileList::from(list).iter().cloned().collect());
            }
            // Let the same file be chosen again after removing it.
            input.set_value("");
        })
    };
    html! {
        <section class="input-panel" aria-label="Add inputs">
            <label for="paste">{"Paste PEM certificates, a chain, "}<code>{"openssl s_client -showcerts"}</code>{" output, or base64"}</label>
            <textarea id="paste" spellcheck="false" autocomplete="off" rows="10"
                placeholder="-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"
                value={props.paste.clone()} oninput={on_input} />
            <div class="file-row">
                <label class="file-button" for="files">{"Choose files…"}</label>
                <input id="files" type="file" multiple=true onchange={on_change} />
                <span class="help">{"or drop files anywhere on the page: .pem .crt .der .p7b .ocsp staple files"}</span>
            </div>
            <p class="privacy">{"Everything is analysed in this page. Nothing is uploaded. Never paste a private key."}</p>
        </section>
    }
}
