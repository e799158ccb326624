//! The "Load an example" menu: fetched from the page's own origin only when
//! the menu is opened, so it costs nothing at first paint.

use serde::Deserialize;
use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Example {
    pub title: String,
    pub description: String,
    /// The fragment (`v1=…`): each example is itself a share link.
    pub link: String,
}

/// Fetches `examples.json` next to the page.
pub fn load(done: impl FnOnce(Result<Vec<Example>, String>) + 'static) {
    yew::platform::spawn_local(async move {
        done(fetch().await);
    });
}

async fn fetch() -> Result<Vec<Example>, String> {
    let failed = |e: wasm_bindgen::JsValue| format!("could not load the examples: {e:?}");
    let response =
        wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str("examples.json"))
            .await
            .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!(
            "could not load the examples (HTTP {})",
            response.status()
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    serde_json::from_str(&text.as_string().unwrap_or_default())
        .map_err(|e| format!("the examples file is damaged: {e}"))
}
