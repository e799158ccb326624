#!/usr/bin/env bash
# The benchmark (issues 8 and 16): every row of issue 16's table in one run,
# side by side (tests/bench/bench.mjs): page weight per asset, page ready
# against asn1js's page on the same local server, drop-to-render timings in
# headless Chromium (median of 20), the longest task of a 10 MB paste, and
# `certscope inspect --json` against `openssl storeutl` on Debian's CA
# bundle (hyperfine, peak RSS). Prints the tables and writes
# docs/benchmark.md from them. About 5 minutes once both builds are cached.
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
node tests/bench/bench.mjs --write "$@"
