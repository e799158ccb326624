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
