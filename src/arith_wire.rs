//! Signature checks as the engine hands them to certscope-arith and the
//! verdicts it sends back (issue 27). A check is
//! `[spki, message, algorithm, signature, unused_bits, inner_algorithm | null]`
//! (byte arrays and a number); a verdict is `"valid"`, `"invalid"` or
//! `"unsupported:"` and the reason. Both binaries include this file
//! (`#[path = "../arith_wire.rs"] mod arith_wire;`).

use certscope::inspect::signature::{CheckId, Verdict, Wanted};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsValue;

/// The checks, as one array.
#[allow(dead_code)] // the engine writes checks, certscope-arith reads them
pub fn write_checks(wanted: &[Wanted]) -> Array {
    wanted
        .iter()
        .map(|w| {
            let inner = w
                .inner_algorithm
                .as_deref()
                .map_or(JsValue::NULL, |i| Uint8Array::from(i).into());
            let parts: [JsValue; 6] = [
                Uint8Array::from(&w.spki[..]).into(),
                Uint8Array::from(&w.message[..]).into(),
                Uint8Array::from(&w.algorithm[..]).into(),
                Uint8Array::from(&w.signature[..]).into(),
                JsValue::from_f64(f64::from(w.unused_bits)),
                inner,
            ];
            JsValue::from(parts.iter().collect::<Array>())
        })
        .collect()
}

/// The checks again. The id is not sent: certscope-arith answers in order.
#[allow(dead_code)]
pub fn read_checks(checks: &JsValue) -> Vec<Wanted> {
    let bytes = |v: JsValue| Uint8Array::new(&v).to_vec();
    Array::from(checks)
        .iter()
        .map(|check| {
            let check = Array::from(&check);
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let unused_bits = check.get(4).as_f64().unwrap_or(0.0) as u8;
            let inner = check.get(5);
            Wanted {
                id: CheckId::default(),
                spki: bytes(check.get(0)),
                message: bytes(check.get(1)),
                algorithm: bytes(check.get(2)),
                signature: bytes(check.get(3)),
                unused_bits,
                inner_algorithm: (!inner.is_null() && !inner.is_undefined()).then(|| bytes(inner)),
            }
        })
        .collect()
}

/// The verdicts, in the checks' order.
#[allow(dead_code)]
pub fn write_verdicts(verdicts: &[Verdict]) -> Array {
    verdicts
        .iter()
        .map(|v| {
            JsValue::from_str(&match v {
                Verdict::Unsupported(why) => format!("unsupported:{why}"),
                other => other.word().to_string(),
            })
        })
        .collect()
}

/// The verdicts again; anything unreadable is not a verdict.
#[allow(dead_code)]
pub fn read_verdicts(verdicts: &JsValue, count: usize, failed: &str) -> Vec<Verdict> {
    let list = Array::from(verdicts);
    (0..count)
        .map(|i| {
            let word = u32::try_from(i)
                .ok()
                .and_then(|i| list.get(i).as_string())
                .unwrap_or_default();
            match word.as_str() {
                "valid" => Verdict::Valid,
                "invalid" => Verdict::Invalid,
                _ => Verdict::Unsupported(
                    word.strip_prefix("unsupported:")
                        .map_or_else(|| failed.to_string(), str::to_string),
                ),
            }
        })
        .collect()
}
