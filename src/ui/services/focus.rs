//! Taking the reader to the answer (issue 28).

use wasm_bindgen::JsCast;

/// Where the page is one column (style.css: under 72rem, 16 px each), the
/// report is below the inputs: the verdict is scrolled to the top of the
/// window. It gets the focus either way, so a screen reader reads it.
pub fn verdict() {
    // After the frame that shows the report: focusing and scrolling force
    // a layout, which would otherwise hold that first frame back (~3 ms on
    // a drop, scripts/bench.sh's warm row).
    super::after_paint(reveal);
}

fn reveal() {
    let Ok(Some(verdict)) = gloo::utils::document().query_selector(".summary") else {
        return;
    };
    let width = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64());
    if width.is_some_and(|w| w < 1152.0) {
        verdict.scroll_into_view();
    }
    if let Some(verdict) = verdict.dyn_ref::<web_sys::HtmlElement>() {
        let _ = verdict.focus();
    }
}
