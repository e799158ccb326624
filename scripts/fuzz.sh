#!/usr/bin/env bash
# Fuzzes every public entry point of the analysis core, one after another
# (issue 7). The targets are in fuzz/fuzz_targets/, one line each.
#
#   scripts/fuzz.sh MINUTES   fuzz each target for MINUTES (decimals work: 0.5),
#                             then print the executions per target
#   scripts/fuzz.sh --save    keep the 16 inputs per target that cover the most
#                             edges in the committed tests/fuzz-corpus/<target>/,
#                             which `cargo test` replays (tests/fuzz_replay.rs)
#
# Needs nightly Rust (cargo-fuzz builds with -Zsanitizer=address and
# SanitizerCoverage, which stable does not offer): `rustup toolchain install
# nightly`. cargo-fuzz itself is installed from crates.io the first time only.
#
# Each run starts from fuzz/corpus/<target>/ (seeded from tests/fixtures/ and
# kept between runs) plus the committed tests/fuzz-corpus/<target>/ and
# tests/fuzz-corpus/crashes/, writes new inputs to fuzz/corpus/<target>/, and
# crashes, hangs (> 10 s per input) and out-of-memory inputs to
# fuzz/artifacts/<target>/; full logs go to fuzz/target/logs/<target>.log.
# The exit status is 1 if any target failed.
# Builds use fuzz/target, never the main target directory, and one build runs
# at a time (the targets share one `cargo fuzz build`).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '5,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -eq 1 ] || usage
mode=run
case "$1" in
  --save) mode=save ;;
  -h | --help) usage ;;
  *)
    [[ "$1" =~ ^[0-9]+([.][0-9]+)?$ ]] || usage
    seconds=$(awk -v m="$1" 'BEGIN { s = int(m * 60); print (s < 1 ? 1 : s) }')
    ;;
esac

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz.sh: needs the nightly toolchain: rustup toolchain install nightly" >&2
  exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz (once)"
  cargo install cargo-fuzz --locked
fi

fuzz() { cargo +nightly fuzz "$@"; }
# The fuzz build's own target dir: never the main one, so a fuzz build (ASan,
# coverage instrumentation) does not invalidate the ordinary builds.
export CARGO_TARGET_DIR="$PWD/fuzz/target"
mapfile -t targets < <(fuzz list --fuzz-dir fuzz)
bin_dir=fuzz/target/x86_64-unknown-linux-gnu/release

echo "== building ${#targets[@]} fuzz targets"
fuzz build --fuzz-dir fuzz

if [ "$mode" = save ]; then
  # `cargo fuzz cmin` keeps every input that adds an edge: after two minutes
  # per target that is 2,600 files, 670 for analyze alone. The committed
  # corpus is a quick replay and a floor, not a copy. So: libFuzzer's merge
  # (what cmin runs) over what the runs found plus what is committed, hit
  # counts off (-use_counters=0), then, per target, the PER_TARGET inputs
  # that cover the most edges, chosen greedily from the merge's own
  # per-input coverage. 16 per target keeps the whole corpus near 200 small
  # files, yet covers 40-99% of the edges the runs reached.
  PER_TARGET=16
  for t in "${targets[@]}"; do
    saved="tests/fuzz-corpus/$t" work="fuzz/target/save/$t"
    rm -rf "$work"
    mkdir -p "$work/merged" "$saved"
    inputs=()
    [ -d "fuzz/corpus/$t" ] && inputs+=("fuzz/corpus/$t")
    inputs+=("$saved")
    "$bin_dir/$t" -merge=1 -use_counters=0 -merge_control_file="$work/control" \
      "$work/merged" "${inputs[@]}" >"$work/merge.log" 2>&1 || {
      echo "fuzz.sh: merging $t failed; see $work/merge.log" >&2
      exit 1
    }
    python3 - "$work/control" "$PER_TARGET" "$saved" "$t" <<'EOF'
import hashlib, pathlib, shutil, sys

control, cap, saved, target = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4]
# libFuzzer's merge control file: the input count, the count already in the
# output, the input paths, then per input "STARTED i size" and "COV i pc...".
lines = pathlib.Path(control).read_text().splitlines()
count = int(lines[0])
paths = lines[2 : 2 + count]
cover, size = {}, {}
for line in lines[2 + count :]:
    word, *rest = line.split() or [""]
    if word == "STARTED":
        size[int(rest[0])] = int(rest[1])
    elif word == "COV":
        cover[int(rest[0])] = set(map(int, rest[1:]))
edges = set().union(*cover.values()) if cover else set()
kept, have = {}, set()
while len(kept) < cap and cover:
    # The input adding the most edges; the smaller one on a tie.
    best = max(cover, key=lambda i: (len(cover[i] - have), -size.get(i, 0)))
    if not cover[best] - have:
        break
    have |= cover.pop(best)
    data = pathlib.Path(paths[best]).read_bytes()
    kept[hashlib.sha1(data).hexdigest()] = data
shutil.rmtree(saved)
saved.mkdir(parents=True)
for name, data in kept.items():
    (saved / name).write_bytes(data)
total = sum(len(d) for d in kept.values())
share = 100 * len(have) // max(len(edges), 1)
print(f"{target:<22} {len(kept):3} files {total:>8} bytes  {len(have)}/{len(edges)} edges ({share}%)")
EOF
  done
  exit 0
fi

# Seeds: every fixture (they are small, real and varied) for the targets that
# read whole inputs; certificate DER for the certificate and signature
# targets; staples, DER and text, for the staple decoders; the text captures
# for the text readers; share links of a few fixtures, built per the format
# in src/inspect/share.rs, for the link decoder; every log message
# troubleshoot.rs knows, for the log explainer; a few host names; times as
# the page and --at give them for the time parser.
seed() {
  local t="$1" dir="fuzz/corpus/$1"
  mkdir -p "$dir" "fuzz/artifacts/$t"
  case "$t" in
    input_scan | analyze | redact_private_keys)
      find tests/fixtures/inputs tests/fixtures/chains tests/fixtures/staples tests/fixtures/pki \
        -type f -size -64k -exec cp -n -t "$dir" {} + ;;
    certificate_from_der | signature_verify)
      cp -n tests/fixtures/inputs/leaf.der tests/fixtures/inputs/hostile/*.der "$dir/"
      for pem in tests/fixtures/pki/*.pem; do
        b=$(basename "$pem" .pem)
        [ -e "$dir/$b.der" ] || openssl x509 -in "$pem" -outform DER -out "$dir/$b.der"
      done ;;
    staple_decode)
      cp -n tests/fixtures/staples/*.der "$dir/" ;;
    staple_text | s_client_sent)
      find tests/fixtures -name '*.txt' -size -64k -exec cp -n -t "$dir" {} + ;;
    explain_log)
      python3 - "$dir" <<'EOF'
import pathlib, re, sys

# Every message troubleshoot.rs recognises, as a server would log it.
src = pathlib.Path("src/inspect/commands/troubleshoot.rs").read_text()
out = pathlib.Path(sys.argv[1])
for i, block in enumerate(re.findall(r"any_of: (&\[.*?\]),\n\s*\}", src, re.S)):
    for j, phrase in enumerate(re.findall(r'"((?:[^"\\]|\\.)*)"', block)):
        line = '2026/11/23 01:00:00 [warn] 1#1: ' + phrase.replace('\\"', '"')
        (out / f"message-{i}-{j}").write_text(line + ' for certificate "/etc/nginx/ssl/fullchain.pem"\n')
EOF
      ;;
    commands_host)
      printf 'www.example.test' >"$dir/host"
      printf 'example.test:8443' >"$dir/port"
      printf '[2001:db8::1]:443' >"$dir/ipv6"
      printf "a'b\"c\$(id)\`x\`;rm -rf / #" >"$dir/shell" ;;
    time_parse)
      cp -n tests/fixtures/EVALUATION_TIME "$dir/"
      printf '2026-11-23T03:00:00.123+02:00' >"$dir/offset"
      printf '2026-11-23' >"$dir/date"
      printf '2026-11-23 01:00' >"$dir/page-field" ;;
    share_decode)
      python3 - "$dir" <<'EOF'
import base64, pathlib, sys, zlib

def varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)

def link(inputs, at=None):
    payload = bytearray([1 if at is not None else 0])
    if at is not None:
        payload += varint((at << 1) ^ (at >> 63))
    payload += varint(len(inputs))
    for name, body in inputs:
        payload += bytes([0]) + varint(len(name)) + name + varint(len(body)) + body
    data = base64.urlsafe_b64encode(zlib.compress(bytes(payload), 9)).rstrip(b"=")
    return b"#v1=" + data

fix = pathlib.Path("tests/fixtures")
files = ["inputs/leaf.der", "inputs/chain-crlf.pem", "staples/good.der", "inputs/hostile/truncated.der"]
out = pathlib.Path(sys.argv[1])
for f in files:
    (out / ("link-" + f.replace("/", "-"))).write_bytes(link([(f.encode(), (fix / f).read_bytes())]))
both = [(f.encode(), (fix / f).read_bytes()) for f in files[:3]]
(out / "link-three-inputs-pinned").write_bytes(link(both, at=1795395600))
EOF
      ;;
  esac
}

mkdir -p fuzz/target/logs
declare -A execs result
failed=0
for t in "${targets[@]}"; do
  seed "$t"
  corpora=("fuzz/corpus/$t")
  # The committed corpus, and every crash ever found: good seeds both.
  for saved in "tests/fuzz-corpus/$t" tests/fuzz-corpus/crashes; do
    [ -d "$saved" ] && corpora+=("$saved")
  done
  log="fuzz/target/logs/$t.log"
  echo "== $t: ${seconds}s"
  status=0
  # -timeout: one input running 10 s (the page's whole budget many times
  # over) is a hang. -rss_limit_mb: libFuzzer's default, stated. -max_len:
  # above the largest seed, so pasted chains and s_client output fit.
  "$bin_dir/$t" "${corpora[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1 || status=$?
  # libFuzzer's final stats, else its last "#N DONE/pulse" status line.
  n=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  [ -n "$n" ] || n=$(sed -n 's/^#\([0-9][0-9]*\)[[:space:]].*/\1/p' "$log" | tail -n1)
  execs[$t]=${n:-?}
  if [ "$status" -eq 0 ]; then
    result[$t]=ok
  else
    failed=1
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n1)
    result[$t]="FAILED (exit $status) ${artifact:-see $log}"
  fi
done

echo
row() { printf '| %-22s | %7s | %12s | %8s | %s |\n' "$@"; }
row target seconds executions "exec/s" result
row ------ ------- ---------- ------ ------
for t in "${targets[@]}"; do
  rate='?'
  [[ "${execs[$t]}" =~ ^[0-9]+$ ]] && rate=$((execs[$t] / seconds))
  row "$t" "$seconds" "${execs[$t]}" "$rate" "${result[$t]}"
done
if [ "$failed" -ne 0 ]; then
  echo
  echo "Reproduce one with: cargo +nightly fuzz run --fuzz-dir fuzz <target> <artifact>;"
  echo "copy it to tests/fuzz-corpus/crashes/ so cargo test replays it."
  exit 1
fi
