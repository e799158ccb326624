//! The URL fragment that carries the share link, and back/forward.

use gloo::events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// The fragment waiting for the next paint, and whether it is a new
    /// history entry.
    static PENDING: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
}

/// The fragment without its `#` (empty when there is none).
pub fn fragment() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The whole address, for the copy button (a pending write is made first).
pub fn href() -> String {
    flush();
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
///
/// The write waits until the frame is painted: `pushState` took 2.4-3.5 ms
/// of a drop's main thread in a Chrome trace, and a report's first frame
/// should not wait for the address bar (issue 16). Writes made before then
/// become one, a new entry if any of them was.
pub fn write(fragment: &str, push: bool) {
    let waiting = PENDING.with_borrow_mut(|pending| {
        let waiting = pending.take();
        let push = push || waiting.as_ref().is_some_and(|&(_, push)| push);
        *pending = Some((fragment.to_string(), push));
        waiting.is_some()
    });
    if waiting {
        return;
    }
    // (A hidden tab paints no frames: its write waits until it is shown,
    // or until `href` reads the address.)
    if !super::after_paint(flush) {
        flush();
    }
}

/// Makes the pending write, if there is one.
fn flush() {
    let Some((fragment, push)) = PENDING.with_borrow_mut(Option::take) else {
        return;
    };
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
/// or edits the address. A write still waiting for its frame is dropped: the
/// user's navigation wins over it.
pub fn on_navigate(changed: impl Fn(String) + Clone + 'static) -> [EventListener; 2] {
    let window = gloo::utils::window();
    let changed = move |_: &web_sys::Event| {
        PENDING.with_borrow_mut(|pending| *pending = None);
        changed(fragment());
    };
    [
        EventListener::new(&window, "hashchange", changed.clone()),
        EventListener::new(&window, "popstate", changed),
    ]
}
