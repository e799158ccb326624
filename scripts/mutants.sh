#!/usr/bin/env bash
# cargo-mutants on the verdict modules (issue 31): each mutant is a small
# bug put into a copy of the code (a function that returns a constant, a `<`
# turned to `<=`, a `&&` to `||`); the native tests must fail on it. A mutant
# the tests miss is a missing assertion, or code whose change nobody can see
# (then docs/mutants.md says why it is equivalent).
#
#   scripts/mutants.sh                    full mode, for a release: every verdict module
#   scripts/mutants.sh --in-diff [REF]    a change: only mutants on lines changed since REF (main)
#   scripts/mutants.sh --file GLOB ...    some modules only (repeatable)
#   scripts/mutants.sh --minutes N        stop after N minutes (default 40; 0: no limit);
#                                         what was not reached is listed as not run
#   scripts/mutants.sh --again            after adding assertions: re-test only the last run's
#                                         missed and not-run mutants, and merge with its results
#   scripts/mutants.sh ... -- ARGS        more arguments for cargo mutants
#
# scripts/mutants-equivalent.txt lists mutants no test can catch because the
# change is invisible (name, a tab, why); docs/mutants.md marks them so.
#
# Writes docs/mutants.md (caught / missed / timeouts / unviable per module, and
# each missed mutant) from cargo-mutants' own output in target/mutants/.
# On 2 cores one mutant costs about a minute (rebuild, relink, run the fast
# tests), so the full mode is hours: run it overnight, or module by module.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=27.1.0
# The modules whose verdicts users act on. The validation engine joins this
# list when it lands (src/inspect/validation*).
VERDICT_MODULES=(
  'src/inspect/signature.rs' 'src/inspect/signature/*.rs'
  'src/inspect/issuance.rs'
  'src/inspect/chain/diagnosis.rs'
  'src/inspect/staple/judge.rs'
  'src/inspect/crl.rs' 'src/inspect/crl/*.rs'
  'src/inspect/hosts.rs' 'src/inspect/hosts/*.rs'
)
# The fast native tests: the library's own and the integration suites that
# judge these modules' output. Left out: the oracle and the CRL/OpenSSL
# comparisons run hundreds of openssl processes (minutes per mutant), the
# architecture, fuzz-replay and share tests read no verdicts.
# hostile (100 MB of generated input) and cli (builds the binary too) cost
# more per mutant than the rest together.
TESTS=(--lib --test chain --test crl --test staple --test signature --test sigalgs
  --test trust --test trust_bundle --test names --test commands --test servers
  --test regression)

minutes=40
files=()
extra=()
again=""
diff_ref=""
while [ $# -gt 0 ]; do
  case "$1" in
    --in-diff) diff_ref="${2:-main}"; shift $(( $# > 1 ? 2 : 1 )) ;;
    --file) files+=("$2"); shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --again) again=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#files[@]} -gt 0 ] || files=("${VERDICT_MODULES[@]}")

# Installed here, not by scripts/setup.sh: only this script needs it, and
# building it costs minutes the ordinary test run should not pay.
if ! cargo mutants --version 2>/dev/null | grep -q " $VERSION\$"; then
  cargo install cargo-mutants --version "$VERSION" --locked
fi

# The copy starts from this tree's target/ (a fresh debug build there costs
# more than the copy); one job, for 2 cores.
args=(--test-tool cargo -j 1 --output target/mutants --timeout-multiplier 3 --no-shuffle
  --copy-target true ${extra[@]+"${extra[@]}"})
if [ -n "$diff_ref" ]; then
  git diff "$diff_ref" -- src/ > target/mutants.diff
  args+=(--in-diff target/mutants.diff)
fi
commit=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain -- src)" ] || commit="$commit + uncommitted changes in src/"
mkdir -p target/mutants

if [ -n "$again" ]; then
  # The last run's lists, kept; only what it missed or did not reach is run again.
  [ -d target/mutants/mutants.out ] || { echo "--again: no earlier run in target/mutants" >&2; exit 2; }
  rm -rf target/mutants/previous
  mv target/mutants/mutants.out target/mutants/previous
  cp target/mutants/all.txt target/mutants/previous/all.txt
  python3 - target/mutants/previous > target/mutants/again.txt <<'PY'
import re, sys
prev = sys.argv[1]
read = lambda n: [l.rstrip("\n") for l in open(f"{prev}/{n}") if l.strip()] if __import__("os").path.exists(f"{prev}/{n}") else []
tried = set(read("caught.txt") + read("timeout.txt") + read("unviable.txt"))
for line in read("all.txt"):
    if line not in tried:
        print(line)
PY
  [ -s target/mutants/again.txt ] || { echo "--again: nothing missed or left"; mv target/mutants/previous target/mutants/mutants.out; exit 0; }
  while IFS= read -r name; do
    args+=(--re "^$(python3 -c 'import re,sys; print(re.escape(sys.argv[1]))' "$name")\$")
  done < target/mutants/again.txt
  mapfile -t files < <(cut -d: -f1 target/mutants/again.txt | sort -u)
  for f in "${files[@]}"; do args+=(--file "$f"); done
  cp target/mutants/previous/all.txt target/mutants/all.txt
  echo "mutants to run again: $(wc -l < target/mutants/again.txt)"
else
  rm -rf target/mutants/previous
  for f in "${files[@]}"; do args+=(--file "$f"); done
  # Every mutant in scope, so the ones a time limit cut off can be named.
  cargo mutants "${args[@]}" --list > target/mutants/all.txt
  echo "mutants in scope: $(wc -l < target/mutants/all.txt)"
fi

status=0
if [ "$minutes" = 0 ]; then
  cargo mutants "${args[@]}" -- "${TESTS[@]}" || status=$?
else
  # SIGINT: cargo-mutants stops the mutant at hand and still writes its lists.
  timeout --signal=INT "${minutes}m" cargo mutants "${args[@]}" -- "${TESTS[@]}" || status=$?
fi

out=target/mutants/mutants.out
python3 - "$out" target/mutants/all.txt "$minutes" "${files[*]}" "$diff_ref" "$commit" "$again" <<'PY' > docs/mutants.md
import collections, os, sys
out, all_path, minutes, files, diff_ref, commit, again = sys.argv[1:8]
def lines(folder, name):
    try:
        with open(f"{folder}/{name}") as f:
            return [l.rstrip("\n") for l in f if l.strip()]
    except FileNotFoundError:
        return []
names = ("caught", "missed", "timeout", "unviable")
kinds = {k: lines(out, f"{k}.txt") for k in names}
if again:
    # The earlier outcomes, overridden by this run's for the mutants it ran.
    rerun = {l for ls in kinds.values() for l in ls}
    for k in names:
        kinds[k] = [l for l in lines("target/mutants/previous", f"{k}.txt") if l not in rerun] + kinds[k]
    files = "the earlier run's, then its missed and not-run mutants again"
equivalent = {}
if os.path.exists("scripts/mutants-equivalent.txt"):
    for l in open("scripts/mutants-equivalent.txt"):
        if l.strip() and not l.startswith("#") and "\t" in l:
            name, why = l.rstrip("\n").split("\t", 1)
            equivalent[name] = why
with open(all_path) as f:
    everything = [l.rstrip("\n") for l in f if l.strip()]
tried = {l for ls in kinds.values() for l in ls}
not_run = [l for l in everything if l not in tried]
module = lambda l: l.split(":", 1)[0]
table = collections.defaultdict(collections.Counter)
for kind, ls in kinds.items():
    for l in ls:
        table[module(l)][kind] += 1
for l in not_run:
    table[module(l)]["not run"] += 1
print("# Mutation testing of the verdict modules\n")
print("Written by `scripts/mutants.sh` (cargo-mutants 27.1.0) on the code of commit "
      f"`{commit}`; do not edit by hand. Mode: "
      + (f"`--in-diff {diff_ref}`" if diff_ref else "full")
      + f"; modules: `{files}`; time limit: "
      + ("none" if minutes == "0" else f"{minutes} minutes") + ".\n")
print("A mutant is *caught* when the fast native tests fail on it, *missed* when they pass, "
      "*unviable* when it does not compile (not counted), *timeout* when the tests hang "
      "(counted as caught by cargo-mutants; listed here). *Not run*: in scope, but the time "
      "limit came first.\n")
viable = lambda c: c["caught"] + c["missed"] + c["timeout"]
print("| module | caught | missed | timeouts | unviable | not run | caught of viable |")
print("|---|---:|---:|---:|---:|---:|---:|")
for m in sorted(table):
    c = table[m]
    v = viable(c)
    score = f"{100 * (c['caught'] + c['timeout']) / v:.0f}%" if v else "-"
    print(f"| `{m}` | {c['caught']} | {c['missed']} | {c['timeout']} | {c['unviable']} | {c['not run']} | {score} |")
total = sum((table[m] for m in table), collections.Counter())
v = viable(total)
score = f"{100 * (total['caught'] + total['timeout']) / v:.0f}%" if v else "-"
print(f"| **all** | {total['caught']} | {total['missed']} | {total['timeout']} | {total['unviable']} | {total['not run']} | {score} |")
if kinds["missed"]:
    print("\n## Missed\n")
    print("Each is a missing assertion, or equivalent (no behaviour changes; the reason from "
          "`scripts/mutants-equivalent.txt`).\n")
    for l in kinds["missed"]:
        why = equivalent.get(l)
        print(f"- `{l}`" + (f" — equivalent: {why}" if why else ""))
if kinds["timeout"]:
    print("\n## Timeouts\n")
    for l in kinds["timeout"]:
        print(f"- `{l}`")
if not_run:
    print(f"\n## Not run ({len(not_run)})\n")
    for l in not_run:
        print(f"- `{l}`")
PY
echo "wrote docs/mutants.md"
# 2: missed mutants (cargo-mutants' own code); 124/130: the time limit.
exit "$status"
