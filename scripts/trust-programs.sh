#!/usr/bin/env bash
# Issue 29: the root programs of Apple, Microsoft, Android (AOSP) and Java
# (OpenJDK) as one compact table for the engine, src/inspect/trust/programs.bin.
#
# Source: the vendors' lists as the `sslyze` 6.3.1 source distribution on
# PyPI carries them (sslyze/plugins/certificate_info/trust_stores/pem_files:
# one PEM file and one YAML index per program, each with the date it was
# fetched). Only that data is read; none of sslyze's code is used or kept.
#
# The table holds each root once, with a bitmask of the programs that hold
# it. A root that is also in Mozilla's store as webpki-root-certs (pinned in
# Cargo.lock) ships already, so the table names it by SHA-256 only; any
# other root is kept as what a client uses of a trusted root, its subject,
# public key and name constraints (rustls-webpki's TrustAnchor), DER, so
# the engine grows by ~90 KB instead of ~190 KB for the full certificates.
# Java's blocked list (SHA-256 only: the index names none) goes in too.
#
# Writes, beside the table: programs.manifest (per program, the SHA-256 of
# every root, from the vendor's YAML index, checked here against the PEM
# file; tests/trust_programs.rs compares the table with it). Idempotent: the
# sdist is downloaded once into a cache; the same inputs write the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=6.3.1
CACHE="${CERTSCOPE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/certscope}/sslyze-$VERSION"
SDIST="$CACHE/sslyze-$VERSION.tar.gz"
OUT=src/inspect/trust
mkdir -p "$CACHE" "$OUT"
if [ ! -f "$SDIST" ]; then
  pip download --quiet --no-deps --no-binary :all: "sslyze==$VERSION" -d "$CACHE"
fi
PEMS="$CACHE/pem_files"
if [ ! -d "$PEMS" ]; then
  tmp=$(mktemp -d)
  tar -xzf "$SDIST" -C "$tmp" --wildcards "*/trust_stores/pem_files/*"
  mv "$tmp"/sslyze-$VERSION/sslyze/plugins/certificate_info/trust_stores/pem_files "$PEMS"
  rm -rf "$tmp"
fi
WEBPKI_VERSION=$(grep -A1 '^name = "webpki-root-certs"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
WEBPKI_SRC=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/webpki-root-certs-"$WEBPKI_VERSION" | head -1)
[ -f "$WEBPKI_SRC/src/lib.rs" ] || { echo "webpki-root-certs $WEBPKI_VERSION not in the cargo registry: run cargo fetch" >&2; exit 1; }
SHA=$(sha256sum "$SDIST" | cut -d' ' -f1)
# The vendors' PEM files unchanged, for tests/trust_programs.rs's comparison
# with `openssl verify -CAfile` (the table holds no full certificates).
FIXTURES=tests/fixtures/trust/programs
mkdir -p "$FIXTURES"
for pair in apple:apple microsoft:microsoft_windows android:google_aosp java:openjdk; do
  cp "$PEMS/${pair#*:}.pem" "$FIXTURES/${pair%%:*}.pem"
done

python3 - "$PEMS" "$WEBPKI_SRC/src/lib.rs" "$OUT" "$VERSION" "$SHA" <<'PY'
import ast, base64, hashlib, re, struct, sys, zlib

pems, webpki_rs, out, version, sdist_sha = sys.argv[1:6]
# (program in certscope's JSON, sslyze's file stem, bit in the table)
PROGRAMS = [("apple", "apple", 1), ("microsoft", "microsoft_windows", 2),
            ("android", "google_aosp", 4), ("java", "openjdk", 8)]

def tlv(data, i):
    """(tag, start of contents, end) of the DER element at data[i]."""
    tag, n = data[i], data[i + 1]
    i += 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(data[i:i + k], "big")
        i += k
    return tag, i, i + n

def anchor(der):
    """Subject, SPKI and name constraints (whole DER elements) of a certificate."""
    _, c, _ = tlv(der, 0)           # Certificate
    _, i, end = tlv(der, c)         # TBSCertificate contents
    if der[i] == 0xA0:              # [0] version
        i = tlv(der, i)[2]
    for _ in range(4):              # serial, signature, issuer, validity
        i = tlv(der, i)[2]
    s_end = tlv(der, i)[2]
    subject = der[i:s_end]
    k_end = tlv(der, s_end)[2]
    spki = der[s_end:k_end]
    nc = b""
    i = k_end
    while i < end:
        tag, c0, e = tlv(der, i)
        if tag == 0xA3:             # [3] extensions
            _, j, jend = tlv(der, c0)
            while j < jend:
                _, x, xend = tlv(der, j)
                _, oc, oe = tlv(der, x)
                if der[oc:oe] == bytes([0x55, 0x1D, 0x1E]):  # id-ce-nameConstraints
                    v = tlv(der, oe)
                    if der[oe] == 0x01:                      # critical BOOLEAN
                        v = tlv(der, v[2])
                    nc = der[v[1]:v[2]]
                j = xend
        i = e
    return subject, spki, nc

def pem_certs(path):
    text = open(path).read()
    blocks = re.findall(r"-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", text, re.S)
    return [base64.b64decode("".join(b.split())) for b in blocks]

def yaml_index(path):
    """The few fields of sslyze's index that matter: header values, and the
    fingerprints of the trusted and blocked lists."""
    head, lists, current = {}, {"trusted_certificates": [], "blocked_certificates": []}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\w+): ?(.*)$", line)
        if m:
            key, value = m.groups()
            current = key if key in lists else None
            if current is None:
                head[key] = value.strip().strip("'\"")
            continue
        m = re.match(r"^\s+fingerprint: ([0-9a-f]{64})\s*$", line)
        if m and current:
            lists[current].append(m.group(1))
    return head, lists

mozilla = set()
for lit in re.findall(r'from_slice\((b"(?:[^"\\]|\\.)*")\)', open(webpki_rs).read()):
    mozilla.add(hashlib.sha256(ast.literal_eval(lit)).hexdigest())

roots, masks, manifest, blocked = {}, {}, [], {}
for name, stem, bit in PROGRAMS:
    head, lists = yaml_index(f"{pems}/{stem}.yaml")
    ders = {hashlib.sha256(d).hexdigest(): d for d in pem_certs(f"{pems}/{stem}.pem")}
    index = lists["trusted_certificates"]
    if sorted(ders) != sorted(index) or len(index) != int(head["trusted_certificates_count"]):
        sys.exit(f"{stem}: the PEM file and its YAML index disagree")
    manifest.append(f"program {name} {head['date_fetched']} {len(index)} {stem} {head['version']} {head['url']}")
    manifest += [f"root {name} {h}" for h in sorted(index)]
    for h, d in ders.items():
        roots[h] = d
        masks[h] = masks.get(h, 0) | bit
    if name == "java":
        for h in sorted(lists["blocked_certificates"]):
            blocked[h] = blocked.get(h, 0) | bit
            manifest.append(f"blocked {name} {h}")

table = bytearray(b"CSTP\x01")
table += struct.pack(">H", len(roots))
in_mozilla = 0
for h in sorted(roots):
    table += bytes([masks[h]]) + bytes.fromhex(h)
    if h in mozilla:
        in_mozilla += 1
        table += b"\x00"
        continue
    table += b"\x01"
    for part in anchor(roots[h]):
        table += struct.pack(">H", len(part)) + part
table += struct.pack(">H", len(blocked))
for h in sorted(blocked):
    table += bytes([blocked[h]]) + bytes.fromhex(h)

packed = zlib.compress(bytes(table), 9)
open(f"{out}/programs.bin", "wb").write(packed)
open(f"{out}/programs.manifest", "w").write(
    f"# Written by scripts/trust-programs.sh from PyPI sslyze {version} (sdist sha256 {sdist_sha})\n"
    + "\n".join(manifest) + "\n")
print(f"{len(roots)} roots ({in_mozilla} also in webpki-root-certs), {len(blocked)} blocked; "
      f"table {len(table)} bytes, {len(packed)} compressed")
PY
