//! The "Load an example" menu: fetched from the page's own origin only when
//! the menu is opened, so it costs nothing at first paint. And the first
//! example's report, for the page's warm-up.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Debug, PartialEq)]
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

/// Fetches `warm-view.json` next to the page (the first example's report
/// as the engine sends it, written by tests/examples.rs) and hands it to
/// `done`; nothing if it cannot be had.
pub fn warm_view(done: impl FnOnce(String) + 'static) {
    yew::platform::spawn_local(async move {
        if let Ok(view) = text("warm-view.json").await {
            done(view);
        }
    });
}

/// A file next to the page, as text.
async fn text(name: &str) -> Result<String, String> {
    let failed = |e: wasm_bindgen::JsValue| format!("could not load {name}: {e:?}");
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(name))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(failed)?;
    if !response.ok() {
        return Err(format!(
            "could not load {name} (HTTP {})",
            response.status()
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}

async fn fetch() -> Result<Vec<Example>, String> {
    let text = text("examples.json")
        .await
        .map_err(|_| "could not load the examples".to_string())?;
    // The browser's JSON parser: no JSON decoder of our own for this.
    let parsed =
        js_sys::JSON::parse(&text).map_err(|_| "the examples file is damaged".to_string())?;
    let word = |item: &JsValue, name: &str| {
        Reflect::get(item, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    Ok(js_sys::Array::from(&parsed)
        .iter()
        .map(|item| Example {
            title: word(&item, "title"),
            description: word(&item, "description"),
            link: word(&item, "link"),
        })
        .filter(|e| !e.link.is_empty())
        .collect())
}
