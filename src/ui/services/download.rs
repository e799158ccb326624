//! Saving bytes as a file download, from a Blob URL: nothing leaves the page.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `bytes` as a download named `name`.
pub fn save(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    save_parts(name, mime, &js_sys::Uint8Array::from(bytes))
}

/// Offers a JS string or buffer (one Blob part) as a download named `name`,
/// without copying it through the wasm memory.
pub fn save_parts(name: &str, mime: &str, part: &JsValue) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement =
        gloo::utils::document().create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
