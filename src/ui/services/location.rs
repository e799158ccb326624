//! The URL fragment that carries the share link, and back/forward.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

/// The fragment without its `#` (empty when there is none).
pub fn fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The whole address, for the copy button.
pub fn href() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// The address without its fragment, to measure a link's length.
pub fn base() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Writes the fragment: a new history entry (`push`) for discrete changes,
/// in place while typing. Neither fires `hashchange`, so writing never loops
/// back into reading.
pub fn write(fragment: &str, push: bool) {
    let url = if fragment.is_empty() {
        let location = gloo::utils::window().location();
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    if let Ok(history) = gloo::utils::window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `changed` with the new fragment when the user goes back or forward
/// or edits the address.
pub fn on_navigate(changed: impl Fn(String) + Clone + 'static) -> [EventListener; 2] {
    let window = gloo::utils::window();
    let on_hash = changed.clone();
    [
        EventListener::new(&window, "hashchange", move |_| on_hash(fragment())),
        EventListener::new(&window, "popstate", move |_| changed(fragment())),
    ]
}
