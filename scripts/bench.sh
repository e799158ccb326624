#!/usr/bin/env bash
# The benchmark (issue 8): page weight per asset, drop-to-render timings in
# headless Chromium (median of 20), and `certscope inspect --json` against
# `openssl storeutl` on Debian's CA bundle (hyperfine, peak RSS).
# Prints a table with the targets and writes docs/benchmark.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
[ -f /etc/ssl/certs/ca-certificates.crt ] || need+=(ca-certificates)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${need[@]}" >/dev/null; fi
fi
cargo build --release --locked --bin certscope
trunk build --release --offline --locked
[ -f tests/hostile/out/manifest.json ] || python3 tests/hostile/generate.py
node tests/bench/bench.mjs "$@"
