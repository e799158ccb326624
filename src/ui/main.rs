//! The web app: a thin Yew skin over the analysis core.
//!
//! `state` holds the inputs and the report (a pure reducer); `components`
//! are small function components that render the report; `services` are the
//! only code that touches browser APIs (files, downloads, the clock).
// Natively this binary only exists so `cargo test` can render components.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod app;
mod components;
mod services;
mod state;
#[path = "../wire.rs"]
mod wire;

fn main() {
    // Into index.html's #app, not <body>: Yew empties its root first, and
    // the static page (#early) must stay in the document until
    // static/boot.js hands over, after any drag over it has ended (a drop
    // goes to the element under the last dragover; issue 27).
    #[cfg(target_arch = "wasm32")]
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
