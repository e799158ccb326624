#!/usr/bin/env bash
# Installs, once, everything certscope needs to build, serve and test, pinned.
# Idempotent: each step checks first and does nothing when the right version is
# already there. Only package registries are used (rustup, crates.io, Debian,
# npm): nothing here downloads a prebuilt binary.
set -euo pipefail
cd "$(dirname "$0")/.."

# trunk 0.22 needs a newer rustc than Debian's machines here have (TOOLCHAIN.md).
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, byte for byte
# of the version string, or the generated glue does not match the wasm.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf 'setup: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Trunk runs a tool from PATH only when its version matches Trunk.toml exactly,
# and otherwise tries to download one (which fails here): keep them in step.
grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml \
  || { say "Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (Cargo.lock)"; exit 1; }

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "building trunk $TRUNK_VERSION (about 14 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$WASM_BINDGEN_VERSION" ]; then
  say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v openssl >/dev/null || missing+=(openssl)
command -v python3 >/dev/null || missing+=(python3)
command -v curl >/dev/null || missing+=(curl)
command -v gzip >/dev/null || missing+=(gzip)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi

# npm packages (wasm-opt from binaryen, terser, playwright-core) from the lockfile; a
# stamp of the lockfile's hash says whether node_modules is already that.
stamp=node_modules/.certscope-lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# Trunk's --offline still runs `cargo metadata`, which wants every crate present.
cargo fetch --locked --quiet

# The real-server tests (tests/servers/) run Debian's nginx, HAProxy and Apache
# on loopback under a private config, and faketime to pin their clock. The
# packages' own services must not start (nor bind port 80): a policy-rc.d that
# refuses every start is put in place for the install when none is there, and
# nothing here or in the tests uses systemd.
servers=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || servers+=(nginx)
[ -x /usr/sbin/haproxy ] || servers+=(haproxy)
[ -x /usr/sbin/apache2 ] || servers+=(apache2)
command -v faketime >/dev/null || servers+=(faketime)
if [ ${#servers[@]} -gt 0 ]; then
  say "installing Debian packages for the real-server tests: ${servers[*]}"
  policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=1
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
  fi
  apt_install "${servers[@]}"
  if [ -n "$policy" ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi

# Debian's root bundle, for the OpenSSL oracle test (tests/oracle.rs).
if [ ! -s /etc/ssl/certs/ca-certificates.crt ]; then
  say "installing Debian package: ca-certificates"
  apt_install ca-certificates
fi
