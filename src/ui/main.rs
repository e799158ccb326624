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
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<app::App>::new().render();
}
