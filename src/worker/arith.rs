//! The checks an analysis could not decide in the engine, decided by
//! certscope-arith (issue 27): the engine has no signature arithmetic of
//! its own. The loader's `certscopeArith` starts that worker on the first
//! call and answers with its verdicts.

use certscope::inspect::signature::{Verdict, Wanted};
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::DedicatedWorkerGlobalScope;

/// The verdicts of `wanted`, in order. If certscope-arith cannot be had,
/// each says so: never a verdict that was not reached.
pub async fn decide(scope: &DedicatedWorkerGlobalScope, wanted: &[Wanted]) -> Vec<Verdict> {
    let failed = |why: String| {
        let words =
            format!("not checked: the page's signature arithmetic could not be loaded ({why})");
        vec![Verdict::Unsupported(words); wanted.len()]
    };
    let asked = Reflect::get(scope, &"certscopeArith".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| {
            f.call1(scope, &crate::arith_wire::write_checks(wanted))
                .ok()
        })
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(asked) = asked else {
        return failed("the engine's loader does not offer it".to_string());
    };
    match JsFuture::from(asked).await {
        Ok(verdicts) => crate::arith_wire::read_verdicts(
            &verdicts,
            wanted.len(),
            certscope::inspect::signature::NOT_DECIDED,
        ),
        Err(e) => failed(
            e.dyn_ref::<js_sys::Error>()
                .map_or_else(|| format!("{e:?}"), |e| String::from(e.message())),
        ),
    }
}
