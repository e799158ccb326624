#!/usr/bin/env bash
# README command 2 (and .ci/run): install what is missing, then every test:
# format, lints (native and wasm32), native tests, the release build, and the real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check
step "cargo clippy (lint policy in Cargo.toml)"
cargo clippy --locked --all-targets -- -D warnings
step "cargo clippy for wasm32 (the page's and the engine's browser code is cfg'd to it)"
cargo clippy --locked --target wasm32-unknown-unknown --bins -- -D warnings
step "native tests"
cargo test --locked
step "CLI build for the browser tests' comparisons"
cargo build --locked --bin certscope
step "release web build"
trunk build --release --offline --locked
step "release web build for a sub-path (hosting under /certscope/)"
trunk build --release --offline --locked --public-url /certscope/ --dist dist-subpath
step "browser tests (Debian Chromium via playwright-core)"
node --test --test-concurrency=1 tests/browser/
step "real servers: Debian's nginx, HAProxy and Apache against certscope's verdicts"
python3 tests/servers/real_servers.py --certscope target/debug/certscope
