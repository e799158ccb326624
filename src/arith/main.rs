//! certscope-arith: the signature arithmetic (RSA, ECDSA, Ed25519, DSA) in
//! a worker of its own, which the engine starts only when WebCrypto could
//! not prove a signature valid: an invalid one, RSA-PSS, Ed25519, DSA
//! (issue 27; see `signature::with_known`). Most visitors never load it.
//!
//! Protocol: the engine posts `{ id, checks }` (src/arith_wire.rs) and gets
//! `{ id, verdicts }` back. Once loaded it posts `{ ready: true }`; the
//! engine's loader holds its checks until then.

fn main() {
    #[cfg(target_arch = "wasm32")]
    arith::start();
}

#[cfg(target_arch = "wasm32")]
#[path = "../arith_wire.rs"]
mod arith_wire;

#[cfg(target_arch = "wasm32")]
mod arith {
    use crate::arith_wire;
    use js_sys::{Object, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// `{ id, checks }` → `{ id, verdicts }`.
    fn answer(scope: &DedicatedWorkerGlobalScope, data: &JsValue) -> Result<(), JsValue> {
        let checks = arith_wire::read_checks(&Reflect::get(data, &"checks".into())?);
        let verdicts: Vec<_> = checks.iter().map(|check| check.verify()).collect();
        let reply = Object::new();
        Reflect::set(&reply, &"id".into(), &Reflect::get(data, &"id".into())?)?;
        Reflect::set(
            &reply,
            &"verdicts".into(),
            &arith_wire::write_verdicts(&verdicts),
        )?;
        scope.post_message(&reply)
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            if let Err(e) = answer(&replies, &data) {
                // Answered all the same, with no verdicts: the engine says
                // the checks were not done, and does not wait forever.
                web_sys::console::error_2(&"certscope-arith".into(), &e);
                let reply = Object::new();
                let _ = Reflect::set(
                    &reply,
                    &"id".into(),
                    &Reflect::get(&data, &"id".into()).unwrap_or_default(),
                );
                let _ = replies.post_message(&reply);
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        let ready = Object::new();
        let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }
}
