//! Where inputs come in: the paste area and the file picker (drag-drop is
//! handled by the app, anywhere on the page).

use crate::state::LARGE_PASTE_CHARS;
use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{ClipboardEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    pub paste: AttrValue,
    pub on_paste: Callback<String>,
    /// The same for text the browser pasted (not typed) in.
    pub on_pasted: Callback<String>,
    /// A paste over `LARGE_PASTE_BYTES`, kept out of the paste area.
    pub on_large_paste: Callback<Vec<u8>>,
    pub on_files: Callback<Vec<gloo::file::File>>,
}

#[wasm_bindgen]
extern "C" {
    /// A `DataTransfer` whose `getData` keeps the JS string a JS string.
    #[wasm_bindgen(js_name = DataTransfer)]
    type Transfer;
    #[wasm_bindgen(method, js_name = getData)]
    fn text_of(this: &Transfer, format: &str) -> JsString;

    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsString) -> Uint8Array;
}

/// The pasted text as UTF-8, if it is too large for the paste area.
/// `TextEncoder` encodes in native code; handing the JS string to wasm as a
/// `String` copies ASCII a character at a time in JS (30 ms for 10 MB).
fn large_paste(e: &Event) -> Option<Vec<u8>> {
    let data = e.dyn_ref::<ClipboardEvent>()?.clipboard_data()?;
    let text = data.unchecked_into::<Transfer>().text_of("text/plain");
    (text.length() as usize > LARGE_PASTE_CHARS).then(|| TextEncoder::new().encode(&text).to_vec())
}

/// The panel. A function, not a component (see `input_list`).
pub fn input_panel(props: &InputPanelProps) -> Html {
    let on_input = {
        let (on_paste, on_pasted) = (props.on_paste.clone(), props.on_pasted.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            if e.input_type() == "insertFromPaste" {
                on_pasted.emit(text);
            } else {
                on_paste.emit(text);
            }
        })
    };
    // Catch a large paste before the browser puts it in the textarea: laying
    // out megabytes of text there freezes the tab for seconds.
    let on_paste_event = {
        let on_large_paste = props.on_large_paste.clone();
        Callback::from(move |e: Event| {
            if let Some(bytes) = large_paste(&e) {
                e.prevent_default();
                on_large_paste.emit(bytes);
            }
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
                value={props.paste.clone()} oninput={on_input} onpaste={on_paste_event} />
            <div class="file-row">
                <label class="file-button" for="files">{"Choose files…"}</label>
                <input id="files" type="file" multiple=true onchange={on_change} />
                <span class="help">{"or drop files anywhere on the page: .pem .crt .der .p7b .ocsp staple files"}</span>
            </div>
            <p class="help">{"A paste over 256 K characters becomes an input of its own below, instead of text in this box."}</p>
            <p class="privacy">{"Everything is analysed in this page. Nothing is uploaded. Never paste a private key."}</p>
        </section>
    }
}
