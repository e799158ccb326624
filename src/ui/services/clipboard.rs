//! Copying text (commands, share links, PEM bundles) to the clipboard.

/// Copies `text`; `done` learns whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    yew::platform::spawn_local(async move {
        let promise = gloo::utils::window()
            .navigator()
            .clipboard()
            .write_text(&text);
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
