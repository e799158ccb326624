//! The engine's signature checks done by the browser's own verifier,
//! `crypto.subtle` (issue 16): natively fast where RSA in wasm costs about
//! 1.5 ms a signature. Only a "valid" is used (see `signature::web`);
//! anything else is left to the Rust arithmetic.

use certscope::inspect::signature::web::WebCheck;
use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto, WorkerGlobalScope};

/// `crypto.subtle`, where the page has it (a secure context: https or
/// loopback).
fn subtle(scope: &WorkerGlobalScope) -> Option<SubtleCrypto> {
    let crypto = scope.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    subtle.is_object().then(|| subtle.unchecked_into())
}

fn object(fields: &[(&str, Option<&str>)]) -> Object {
    let out = Object::new();
    for (name, value) in fields {
        if let Some(value) = value {
            let _ = Reflect::set(&out, &(*name).into(), &(*value).into());
        }
    }
    out
}

/// `importKey("spki", …)` for the check's algorithm.
fn import(subtle: &SubtleCrypto, check: &WebCheck) -> Option<Promise> {
    let algorithm = object(&[
        ("name", Some(check.name)),
        ("hash", Some(check.hash)),
        ("namedCurve", check.curve),
    ]);
    let usages = Array::of1(&"verify".into());
    let key = Uint8Array::from(&check.spki[..]);
    subtle
        .import_key_with_object("spki", &key, &algorithm, false, &usages)
        .ok()
}

fn verify(subtle: &SubtleCrypto, check: &WebCheck, key: &CryptoKey) -> Option<Promise> {
    // ECDSA names its hash here; RSASSA-PKCS1-v1_5 took it with the key.
    let hash = (check.name == "ECDSA").then_some(check.hash);
    let params = object(&[("name", Some(check.name)), ("hash", hash)]);
    subtle
        .verify_with_object_and_js_u8_array_and_js_u8_array(
            &params,
            key,
            &Uint8Array::from(&check.signature[..]),
            &Uint8Array::from(&check.message[..]),
        )
        .ok()
}

/// A key as WebCrypto imports it: the SPKI with the algorithm it is for.
type KeyId<'a> = (&'a [u8], &'a str, &'a str, Option<&'a str>);

fn key_id(check: &WebCheck) -> KeyId<'_> {
    (&check.spki, check.name, check.hash, check.curve)
}

/// The ids of the checks WebCrypto found valid. Every key is imported once
/// and every check started before any is awaited, so they run together.
pub async fn prove(scope: &WorkerGlobalScope, checks: &[WebCheck]) -> Vec<[u8; 32]> {
    let Some(subtle) = subtle(scope) else {
        return Vec::new();
    };
    let mut keys: HashMap<KeyId<'_>, Option<Promise>> = HashMap::new();
    for check in checks {
        keys.entry(key_id(check))
            .or_insert_with(|| import(&subtle, check));
    }
    let mut imported: HashMap<KeyId<'_>, Option<CryptoKey>> = HashMap::new();
    for (id, promise) in keys {
        let key = match promise {
            Some(p) => JsFuture::from(p).await.ok().map(JsCast::unchecked_into),
            None => None,
        };
        imported.insert(id, key);
    }
    let started: Vec<(&WebCheck, Option<Promise>)> = checks
        .iter()
        .map(|check| {
            let key = imported.get(&key_id(check)).and_then(Option::as_ref);
            (check, key.and_then(|key| verify(&subtle, check, key)))
        })
        .collect();
    let mut proven = Vec::new();
    for (check, promise) in started {
        let Some(promise) = promise else { continue };
        if JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            proven.push(check.id);
        }
    }
    proven
}
