#!/usr/bin/env bash
# README command 2 (and .ci/run): install what is missing, then every test:
# format, lints (native and wasm32), native tests, the release build, and the real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH:/usr/sbin:/sbin"
# setup.sh has installed every tool, so none may be missing from here on:
# the tests that would skip without one (the OpenSSL oracles, the hostile
# set, the real servers, Debian's bundle) fail instead. CI is set here, not
# left to the caller.
export CI=true

step() { printf '\n== %s\n' "$*"; }

step "tools the tests need"
missing=()
for tool in cargo rustc openssl python3 node trunk wasm-bindgen chromium faketime nginx haproxy apache2; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
[ -f /etc/ssl/certs/ca-certificates.crt ] || missing+=("/etc/ssl/certs/ca-certificates.crt (ca-certificates)")
[ -d node_modules/playwright-core ] || missing+=("node_modules/playwright-core (npm ci)")
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || missing+=("the wasm32-unknown-unknown target")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'missing after scripts/setup.sh: %s\n' "${missing[@]}" >&2
  exit 1
fi

step "cargo fmt --check"
cargo fmt --check
step "cargo clippy (lint policy in Cargo.toml)"
cargo clippy --locked --all-targets -- -D warnings
step "cargo clippy for wasm32 (the page's and the engine's browser code is cfg'd to it)"
cargo clippy --locked --target wasm32-unknown-unknown --bins -- -D warnings
step "cargo clippy for the engine as the page builds it: without the signature arithmetic (certscope-arith has it)"
cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --bin certscope-worker -- -D warnings
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
