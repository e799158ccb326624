#!/usr/bin/env bash
# README command 1: install what is missing, build the release app and serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "certscope: building, then serving at http://127.0.0.1:8080/ (Ctrl-C stops)"
# --no-autoreload: the reload snippet is an inline script, which the page's
# Content-Security-Policy (rightly) refuses.
exec trunk serve --release --offline --locked --no-autoreload --address 127.0.0.1 --port 8080
