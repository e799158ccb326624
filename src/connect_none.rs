//! `--connect` where there is no socket: the CLI is built for wasm32 only so
//! that `cargo clippy --target wasm32-unknown-unknown --bins` checks the
//! page's code; this build of it cannot connect and says so.

use certscope::inspect::connection::Connection;
use std::time::Duration;

pub struct Target {
    pub server_name: Option<String>,
}

impl Target {
    pub fn parse(_text: &str) -> Result<Target, String> {
        Err("--connect needs the native certscope (this is a WebAssembly build)".to_string())
    }
}

pub struct Read {
    pub connection: Connection,
    pub chain: Vec<Vec<u8>>,
    pub staple: Option<Vec<u8>>,
}

pub fn read(_target: &Target, _timeout: Duration, _once: bool) -> Read {
    Read {
        connection: Connection::default(),
        chain: Vec::new(),
        staple: None,
    }
}
