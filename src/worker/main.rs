//! The analysis engine as a Web Worker: the page's own wasm holds only the
//! interface, so it loads fast, and a big paste is analysed off the main
//! thread, so the tab never freezes.
//!
//! Protocol: the page posts `{ id, at, inputs: [{ name, bytes: Uint8Array }] }`
//! (`at` in seconds since the epoch); the worker answers `{ id, json }` with
//! the report, the same JSON as `certscope inspect --json`. Once loaded it
//! posts `{ ready: true }`: messages sent before that would be lost.

fn main() {
    #[cfg(target_arch = "wasm32")]
    engine::start();
}

#[cfg(target_arch = "wasm32")]
mod engine {
    use certscope::{analyze, Input, Timestamp};
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn field(object: &JsValue, name: &str) -> JsValue {
        Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    }

    fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<(), JsValue> {
        #[allow(clippy::cast_possible_truncation)]
        let at = Timestamp(field(data, "at").as_f64().unwrap_or(0.0) as i64);
        let inputs: Vec<Input> = Array::from(&field(data, "inputs"))
            .iter()
            .map(|item| {
                let name = field(&item, "name").as_string().unwrap_or_default();
                Input::new(name, Uint8Array::new(&field(&item, "bytes")).to_vec())
            })
            .collect();
        let reply = Object::new();
        Reflect::set(&reply, &"id".into(), &field(data, "id"))?;
        Reflect::set(
            &reply,
            &"json".into(),
            &JsValue::from_str(&analyze(&inputs, at).to_json()),
        )?;
        scope.post_message(&reply)
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Err(e) = answer(&replies, &event.data()) {
                web_sys::console::error_2(&"certscope worker".into(), &e);
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        // Messages that arrived while the wasm was loading found no handler;
        // the page holds its request until it hears this.
        let ready = Object::new();
        let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }
}
