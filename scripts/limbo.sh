#!/usr/bin/env bash
# Regenerates tests/fixtures/limbo/limbo-server.json from a checkout of
# C2SP/x509-limbo (its generator, `python -m limbo compile`), keeping the
# SERVER cases and the fields tests/limbo.rs reads. Its Python dependencies
# come from PyPI into a private virtualenv; the limbo package itself is run
# from the checkout (its git-only dependency serves a harness we do not use).
# The bettertls and online cases are skipped: see tests/fixtures/limbo/SOURCE.md.
set -euo pipefail
src=${1:?usage: scripts/limbo.sh X509_LIMBO_CHECKOUT}
here=$(cd "$(dirname "$0")/.." && pwd)
venv=${LIMBO_VENV:-$here/target/limbo-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q "pydantic~=2.13" "cryptography~=46.0" "pyyaml~=6.0" pyOpenSSL certifi "requests~=2.33" Jinja2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/." "$work/"
# Without the large assets, register only the generated cases.
sed -i 's/^    bettertls.register_testcases()$/    pass/; s/^    online.register_testcases()$/    pass/' "$work/limbo/_cli.py"
(cd "$work" && "$venv/bin/python" -m limbo compile -o "$work/limbo.json")
"$venv/bin/python" - "$work/limbo.json" "$here/tests/fixtures/limbo/limbo-server.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
keep = ['id', 'features', 'conflicts_with', 'description', 'trusted_certs',
        'untrusted_intermediates', 'peer_certificate', 'validation_time',
        'expected_result', 'expected_peer_name', 'extended_key_usage',
        'key_usage', 'max_chain_depth', 'crls']
cases = [{k: t[k] for k in keep} for t in d['testcases'] if t['validation_kind'] == 'SERVER']
json.dump({'version': d['version'], 'testcases': cases}, open(sys.argv[2], 'w'), indent=1)
print(f"{len(cases)} SERVER cases")
PY
git -C "$src" rev-parse HEAD 2>/dev/null | sed 's/^/x509-limbo commit: /' || true
