//! Inputs as the page and its engine hand them to each other:
//! `[{ name, bytes: Uint8Array, pasted }]`, in an analysis request (page →
//! engine) and in a decoded share link (engine → page). Both binaries
//! include this file (`#[path = "../wire.rs"] mod wire;`): they share no
//! other module, and the library, the analysis core, holds no web types.

use certscope::inspect::share::SharedInput;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// One input, borrowed from whoever holds it.
#[derive(Clone, Copy)]
pub struct InputRef<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
    /// It was the paste area's text (a link puts it back there).
    pub pasted: bool,
}

impl<'a> From<&'a SharedInput> for InputRef<'a> {
    fn from(input: &'a SharedInput) -> Self {
        InputRef {
            name: &input.name,
            bytes: &input.bytes,
            pasted: input.pasted,
        }
    }
}

/// The list, and the buffers to transfer with it: the bytes leave wasm
/// memory in one copy and are moved, not copied again, by `postMessage`.
pub fn write<'a>(inputs: impl IntoIterator<Item = InputRef<'a>>) -> (Array, Array) {
    let list = Array::new();
    let transfer = Array::new();
    for input in inputs {
        let bytes = Uint8Array::from(input.bytes);
        let item = Object::new();
        let _ = Reflect::set(&item, &"name".into(), &JsValue::from_str(input.name));
        let _ = Reflect::set(&item, &"bytes".into(), &bytes);
        let _ = Reflect::set(&item, &"pasted".into(), &JsValue::from_bool(input.pasted));
        transfer.push(&bytes.buffer());
        list.push(&item);
    }
    (list, transfer)
}

/// A list `write` made; a field that is missing or of another type reads
/// as empty (the other side is our own code, but a message is untyped).
pub fn read(list: &JsValue) -> Vec<SharedInput> {
    let get = |object: &JsValue, name: &str| {
        Reflect::get(object, &name.into()).unwrap_or(JsValue::UNDEFINED)
    };
    Array::from(list)
        .iter()
        .map(|item| {
            let bytes = get(&item, "bytes");
            SharedInput {
                name: get(&item, "name").as_string().unwrap_or_default(),
                bytes: if bytes.is_instance_of::<Uint8Array>() {
                    Uint8Array::new(&bytes).to_vec()
                } else {
                    Vec::new()
                },
                pasted: get(&item, "pasted").as_bool().unwrap_or(false),
            }
        })
        .collect()
}
