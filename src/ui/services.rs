//! The only code that touches browser APIs: reading files, saving
//! downloads, the clipboard, the address bar, the clock.

pub mod analysis;
pub mod clipboard;
pub mod clock;
pub mod download;
pub mod examples;
pub mod files;
pub mod focus;
pub mod location;
pub mod theme;

/// Runs `f` after the next paint: an animation frame callback runs just
/// before the paint, a timeout set from it runs after. False when the
/// window would not take the callback (`f` is then not run).
pub fn after_paint(f: impl FnOnce() + 'static) -> bool {
    use wasm_bindgen::JsCast;
    let after = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    gloo::utils::window()
        .request_animation_frame(after.unchecked_ref())
        .is_ok()
}
