//! "Now", from the browser's clock (or the system's when rendered natively).

use certscope::Timestamp;

pub fn now() -> Timestamp {
    #[cfg(target_arch = "wasm32")]
    {
        // Date.now() is milliseconds since the epoch, always finite.
        #[allow(clippy::cast_possible_truncation)]
        Timestamp((js_sys::Date::now() / 1000.0).floor() as i64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        Timestamp(secs)
    }
}

/// The second static/early.js sent the engine with what it was given while
/// the page loaded (the share link it opened with, files dropped), taken
/// once: the app's request for those inputs, evaluated at it, is answered
/// by the analysis the engine started then (issue 27). Otherwise now.
pub fn early_or_now() -> Timestamp {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::Reflect;
        let early = Reflect::get(&js_sys::global(), &"certscopeEarly".into());
        if let Some(early) = early.ok().filter(wasm_bindgen::JsValue::is_object) {
            let at = Reflect::get(&early, &"at".into())
                .ok()
                .and_then(|v| v.as_f64());
            let _ = Reflect::set(&early, &"at".into(), &wasm_bindgen::JsValue::NULL);
            if let Some(at) = at.filter(|at| at.is_finite()) {
                #[allow(clippy::cast_possible_truncation)]
                return Timestamp(at as i64);
            }
        }
    }
    now()
}
