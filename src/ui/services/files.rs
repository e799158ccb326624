//! Reading dropped or chosen files into inputs.

use certscope::inspect::input::MAX_INPUT_BYTES;
use certscope::Input;
use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Reads every file, all at once (issue 16: a chain and its staple read one
/// after the other cost a round trip each before the engine heard of them),
/// and hands the inputs to `done` in one batch, in order. A file too large
/// to analyse is not read at all: it becomes an input whose size alone
/// tells the analysis to refuse it with a worded error.
pub fn read_all(files: Vec<gloo::file::File>, done: impl FnOnce(Vec<Input>) + 'static) {
    let fits = |file: &gloo::file::File| {
        usize::try_from(file.size()).is_ok_and(|size| size <= MAX_INPUT_BYTES)
    };
    let reads: Array = files
        .iter()
        .map(|file| -> JsValue {
            if fits(file) {
                AsRef::<web_sys::Blob>::as_ref(file).array_buffer().into()
            } else {
                JsValue::NULL
            }
        })
        .collect();
    yew::platform::spawn_local(async move {
        let read = JsFuture::from(Promise::all_settled(&reads)).await;
        let results = read.map(|r| Array::from(&r)).unwrap_or_default();
        let inputs = files
            .into_iter()
            .enumerate()
            .map(|(i, file)| {
                let result = results.get(u32::try_from(i).unwrap_or(u32::MAX));
                let bytes = if !fits(&file) {
                    oversized_marker(file.size())
                } else {
                    let value = js_sys::Reflect::get(&result, &"value".into())
                        .ok()
                        .filter(|v| v.is_instance_of::<js_sys::ArrayBuffer>());
                    match value {
                        Some(buffer) => Uint8Array::new(&buffer).to_vec(),
                        None => format!("certscope could not read this file: {}", why(&result))
                            .into_bytes(),
                    }
                };
                Input::new(file.name(), bytes)
            })
            .collect();
        done(inputs);
    });
}

/// A rejected read's reason, in the browser's words.
fn why(result: &JsValue) -> String {
    let reason = js_sys::Reflect::get(result, &"reason".into()).unwrap_or(JsValue::UNDEFINED);
    reason
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| reason.as_string())
        .unwrap_or_else(|| "the browser gave no reason".to_string())
}

fn oversized_marker(size: u64) -> Vec<u8> {
    format!(
        "certscope did not read this file: it is {size} bytes, more than the {} MB limit",
        MAX_INPUT_BYTES / (1024 * 1024)
    )
    .into_bytes()
}
