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
#   scripts/mutants.sh --again            after adding assertions: re-test only the mutants
#                                         recorded as missed (less those listed as equivalent),
#                                         timed out or not run, in the modules chosen
#   scripts/mutants.sh --tests 'ARGS'     a first pass with fewer test targets than the
#                                         module's (e.g. '--lib --test=trust'): what they
#                                         catch, the module's targets catch too; what they
#                                         miss is not recorded (it stays not run), so that
#                                         --again re-tests it with the module's targets
#   scripts/mutants.sh --render           runs no mutant: writes docs/mutants.md again from
#                                         docs/mutants.tsv (after editing mutants-equivalent.txt)
#   scripts/mutants.sh ... -- ARGS        more arguments for cargo mutants
#
# Each run adds up with the earlier ones: docs/mutants.tsv keeps every
# mutant's last outcome and the commit it was taken at, a run replaces only
# the outcomes of the mutants it tested, and a mutant whose name no longer
# exists (its line moved) is dropped. So a full run can be spread over
# sessions, module by module (a run stopped midway, killed or cut off with
# its session, is merged when that module is next run). docs/mutants.md is
# written from it: per module the counts and the commits they were taken
# at; modules never run are listed as not run.
#
# scripts/mutants-equivalent.txt lists mutants no test can catch because the
# change is invisible (name, a tab, why); docs/mutants.md marks them so.
#
# Each module is tested by the test targets that judge it (MODULES below),
# not by all of them: cargo builds, links and runs only those for each
# mutant. The mutants are built in a target directory of their own
# (target/mutants-build), kept between runs so the dependencies are built
# once, and certscope's code without debug info. Run it under `nice -n 19`
# on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=27.1.0
# The modules whose verdicts users act on, smallest first (so that a time
# limit cuts off whole modules): a name for docs/mutants.md, their files,
# and the fast native test targets that judge them. Left out
# everywhere: the oracle and the CRL/OpenSSL comparisons run hundreds of
# openssl processes (minutes per mutant); the architecture, fuzz-replay and
# share tests read no verdicts; hostile (100 MB of generated input) and cli
# (the binary's text) cost more per mutant than the rest together.
MODULES=(
  'issuance|src/inspect/issuance.rs|--lib --test=chain --test=signature --test=staple'
  'diagnosis|src/inspect/chain/diagnosis.rs|--lib --test=chain --test=regression --test=names --test=trust_bundle --test=one_voice'
  'hosts|src/inspect/hosts.rs src/inspect/hosts/*.rs|--lib --test=trust --test=limbo'
  'crl|src/inspect/crl.rs src/inspect/crl/*.rs|--lib --test=crl --test=commands'
  'staple|src/inspect/staple/judge.rs|--lib --test=staple --test=servers --test=regression --test=names'
  'signature|src/inspect/signature.rs src/inspect/signature/*.rs|--lib --test=signature --test=sigalgs --test=chain --test=staple --test=limbo'
  'validation|src/inspect/validation.rs src/inspect/validation/*.rs|--lib --test=trust --test=limbo --test=one_voice --test=trust_programs'
)
# For a file outside these modules (--file): every fast target.
ALL_TESTS='--lib --test=chain --test=crl --test=staple --test=signature --test=sigalgs --test=trust --test=trust_bundle --test=names --test=commands --test=servers --test=regression --test=limbo --test=one_voice --test=trust_programs'

minutes=40
wanted=()
extra=()
again=""
diff_ref=""
quick=""
render=""
while [ $# -gt 0 ]; do
  case "$1" in
    --in-diff) diff_ref="${2:-main}"; shift $(( $# > 1 ? 2 : 1 )) ;;
    --file) wanted+=("$2"); shift 2 ;;
    --minutes) minutes="$2"; shift 2 ;;
    --again) again=1; shift ;;
    --tests) quick="$2"; shift 2 ;;
    --render) render=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# Installed here, not by scripts/setup.sh: only this script needs it, and
# building it costs minutes the ordinary test run should not pay.
if ! cargo mutants --version 2>/dev/null | grep -q " $VERSION\$"; then
  cargo install cargo-mutants --version "$VERSION" --locked
fi

# A target directory of its own, kept between runs: the mutants' builds
# neither invalidate the ordinary ones nor the other way round, and the
# dependencies are built once (seeded from target/debug when there is one;
# cp -a keeps the times cargo's fingerprints compare). cargo-mutants' own
# --copy-target copied target/ into every run's scratch tree without its
# times, so each run began by rebuilding 118 crates (6 minutes on 2 cores).
export CARGO_TARGET_DIR="$PWD/target/mutants-build"
if [ -z "$render" ] && [ ! -d "$CARGO_TARGET_DIR/debug" ] && [ -d target/debug ]; then
  mkdir -p "$CARGO_TARGET_DIR"
  cp -a target/debug "$CARGO_TARGET_DIR/"
fi
mkdir -p target/mutants
touch docs/mutants.tsv

# The code a module's mutants are made from: cargo-mutants copies the tree
# when it starts, so this is read again for each module.
code_commit() {
  local c
  c=$(git rev-parse --short HEAD)
  [ -z "$(git status --porcelain -- src tests)" ] || c="$c+uncommitted"
  echo "$c"
}

# Which module a file belongs to: the first whose globs match it.
module_of() {
  local entry name globs g
  for entry in "${MODULES[@]}"; do
    IFS='|' read -r name globs _ <<< "$entry"
    for g in $globs; do
      # shellcheck disable=SC2053 # the glob is meant to match
      [[ "$1" == $g ]] && { echo "$name"; return; }
    done
  done
  echo other
}
tests_of() {
  local entry name tests
  for entry in "${MODULES[@]}"; do
    IFS='|' read -r name _ tests <<< "$entry"
    [ "$name" = "$1" ] && { echo "$tests"; return; }
  done
  echo "$ALL_TESTS"
}

# The files in scope, each with its module, in MODULES' order.
verdict_files=()
for entry in "${MODULES[@]}"; do
  IFS='|' read -r _ globs _ <<< "$entry"
  for g in $globs; do while IFS= read -r f; do verdict_files+=("$f"); done < <(compgen -G "$g" || true); done
done
files=()
if [ ${#wanted[@]} -gt 0 ]; then
  for g in "${wanted[@]}"; do
    matched=$(compgen -G "$g" || true)
    [ -n "$matched" ] || { echo "--file $g: no such file" >&2; exit 2; }
    while IFS= read -r f; do files+=("$f"); done <<< "$matched"
  done
else
  files=("${verdict_files[@]}")
fi
declare -A group_files=()
order=()
for f in "${files[@]}"; do
  m=$(module_of "$f")
  [ -n "${group_files[$m]+x}" ] || order+=("$m")
  group_files[$m]="${group_files[$m]:-} $f"
done

# No debug info for certscope's own code in the mutants' builds (most of
# what a mutant's rebuild writes, and no one reads a mutant's backtrace);
# the dependencies keep theirs, so their builds stay fresh.
common=(--test-tool cargo -j 1 --timeout-multiplier 3 --no-shuffle
  --cargo-arg=--config=profile.dev.package.certscope.debug=0 ${extra[@]+"${extra[@]}"})
if [ -n "$diff_ref" ]; then
  git diff "$diff_ref" -- src/ > target/mutants.diff
  common+=(--in-diff target/mutants.diff)
fi

# Merges one module's run into docs/mutants.tsv: the outcomes it found
# replace the recorded ones, each with this commit. A --tests pass's misses
# are not outcomes: fewer targets than the module's judged them.
merge() {
  python3 - "$1" "$2" "${3:-}" <<'PY'
import sys
out, commit, quick = sys.argv[1:4]
records = {}
for l in open("docs/mutants.tsv"):
    if l.strip():
        name, outcome, at = l.rstrip("\n").split("\t")
        records[name] = (outcome, at)
for outcome in ("caught", "missed", "timeout", "unviable"):
    if quick and outcome == "missed":
        continue
    try:
        for l in open(f"{out}/{outcome}.txt"):
            if l.strip():
                records[l.rstrip("\n")] = (outcome, commit)
    except FileNotFoundError:
        pass
with open("docs/mutants.tsv", "w") as f:
    for name, (outcome, at) in sorted(records.items()):
        f.write(f"{name}\t{outcome}\t{at}\n")
PY
}

start=$(date +%s)
status=0
for m in "${order[@]}"; do
  [ -z "$render" ] || break
  read -r -a mfiles <<< "${group_files[$m]}"
  # A run stopped before it could record its outcomes (the script killed,
  # the session ended) left them here, with the commit it was made from.
  if [ -f "target/mutants/$m/commit" ] && [ -d "target/mutants/$m/mutants.out" ]; then
    merge "target/mutants/$m/mutants.out" "$(cat "target/mutants/$m/commit")" \
      "$(cat "target/mutants/$m/quick" 2>/dev/null || true)"
    rm -f "target/mutants/$m/commit" "target/mutants/$m/quick"
  fi
  args=("${common[@]}" --output "target/mutants/$m")
  for f in "${mfiles[@]}"; do args+=(--file "$f"); done
  tests=$(tests_of "$m")
  [ -z "$quick" ] || tests="$quick"
  for t in $tests; do args+=("--cargo-arg=$t"); done
  if [ -n "$again" ]; then
    # The recorded missed, timed-out (on a loaded machine a timeout may be
    # only that) and not-run mutants of these files, less the equivalent ones
    # already on record as missed.
    python3 - "${mfiles[@]}" > "target/mutants/$m.again" <<'PY'
import subprocess, sys
files = set(sys.argv[1:])
done = {}
for l in open("docs/mutants.tsv"):
    if l.strip():
        name, outcome, _ = l.rstrip("\n").split("\t")
        done[name] = outcome
equivalent = set()
try:
    for l in open("scripts/mutants-equivalent.txt"):
        if "\t" in l and not l.startswith("#"):
            equivalent.add(l.split("\t", 1)[0])
except FileNotFoundError:
    pass
listed = subprocess.run(["cargo", "mutants", "--list"] + [a for f in files for a in ("--file", f)],
                        check=True, capture_output=True, text=True).stdout.splitlines()
for name in listed:
    outcome = done.get(name, "not run")
    # An equivalent mutant is run once, so that it is on record as missed.
    if outcome in ("timeout", "not run") or outcome == "missed" and name not in equivalent:
        print(name)
PY
    [ -s "target/mutants/$m.again" ] || { echo "$m: nothing missed or left"; continue; }
    while IFS= read -r name; do
      args+=(--re "^$(python3 -c 'import re,sys; print(re.escape(sys.argv[1]))' "$name")\$")
    done < "target/mutants/$m.again"
  fi
  cargo mutants "${args[@]}" --list > "target/mutants/$m.all"
  [ -s "target/mutants/$m.all" ] || { echo "$m: no mutants in scope"; continue; }
  left=0
  if [ "$minutes" != 0 ]; then
    left=$(( start + minutes * 60 - $(date +%s) ))
    [ "$left" -gt 60 ] || { echo "$m: not run (time limit)"; status=124; continue; }
  fi
  echo "$m: $(wc -l < "target/mutants/$m.all") mutants, tests: $tests"
  rm -rf "target/mutants/$m/mutants.out"
  mkdir -p "target/mutants/$m"
  code_commit > "target/mutants/$m/commit"
  [ -z "$quick" ] || echo "$quick" > "target/mutants/$m/quick"
  code=0
  if [ "$left" = 0 ]; then
    cargo mutants "${args[@]}" || code=$?
  else
    # SIGINT: cargo-mutants stops the mutant at hand and still writes its lists.
    timeout --signal=INT "$left" cargo mutants "${args[@]}" || code=$?
  fi
  # 2: missed mutants (cargo-mutants' own code); 124/130: the time limit.
  [ "$code" = 0 ] || [ "$status" = 124 ] || status=$code
  if [ -d "target/mutants/$m/mutants.out" ]; then
    merge "target/mutants/$m/mutants.out" "$(cat "target/mutants/$m/commit")" "$quick"
  fi
  rm -f "target/mutants/$m/commit" "target/mutants/$m/quick"
done

# Every mutant of the verdict modules (and of the files this run named), so
# that what no run reached is named, and outcomes of names that no longer
# exist are dropped.
listing=()
for f in "${verdict_files[@]}" "${files[@]}"; do listing+=(--file "$f"); done
cargo mutants --list "${listing[@]}" > target/mutants/everything.txt
python3 - "$(code_commit)" "${MODULES[@]}" <<'PY' > docs/mutants.md
import collections, fnmatch, sys
commit, modules = sys.argv[1], sys.argv[2:]
records = {}
for l in open("docs/mutants.tsv"):
    if l.strip():
        name, outcome, at = l.rstrip("\n").split("\t")
        records[name] = (outcome, at)
everything = [l.rstrip("\n") for l in open("target/mutants/everything.txt") if l.strip()]
records = {n: records[n] for n in everything if n in records}
with open("docs/mutants.tsv", "w") as f:
    for name, (outcome, at) in sorted(records.items()):
        f.write(f"{name}\t{outcome}\t{at}\n")
equivalent = {}
for l in open("scripts/mutants-equivalent.txt"):
    if l.strip() and not l.startswith("#") and "\t" in l:
        name, why = l.rstrip("\n").split("\t", 1)
        equivalent[name] = why
groups = [m.split("|") for m in modules]
def module(name):
    path = name.split(":", 1)[0]
    for g, globs, tests in groups:
        if any(fnmatch.fnmatch(path, p) for p in globs.split()):
            return g
    return "other"
tests = {g: t for g, _, t in groups}
kinds = ("caught", "missed", "timeout", "unviable", "not run")
table = collections.defaultdict(collections.Counter)
commits = collections.defaultdict(collections.Counter)
files = collections.defaultdict(list)
by_kind = collections.defaultdict(list)
for name in everything:
    outcome, at = records.get(name, ("not run", None))
    path = name.split(":", 1)[0]
    if path not in files[module(name)]:
        files[module(name)].append(path)
    table[path][outcome] += 1
    if outcome == "missed" and name in equivalent:
        table[path]["equivalent"] += 1
    if at:
        commits[module(name)][at] += 1
    by_kind[outcome].append(name)
def score(c):
    # Rounded down, so that a miss never shows as 100%; of the mutants run
    # only, and said so, while some are not run.
    viable = c["caught"] + c["timeout"] + c["missed"] - c["equivalent"]
    if not viable:
        return "-"
    tenths = 1000 * (c["caught"] + c["timeout"]) // viable
    shown = f"{tenths // 10}.{tenths % 10}%"
    return f"{shown} of those run" if c["not run"] else shown
print("# Mutation testing of the verdict modules\n")
print("Written by `scripts/mutants.sh` (cargo-mutants 27.1.0); do not edit by hand. The mutant "
      f"names are those of the code at commit `{commit}`; each module's outcomes were taken at "
      "the commits named below (`docs/mutants.tsv` keeps each mutant's), so runs made module by "
      "module, over several sessions, add up here.\n")
print("A mutant is *caught* when the module's tests fail on it, *missed* when they pass "
      "(*equivalent*: listed in `scripts/mutants-equivalent.txt`, no behaviour changes), "
      "*unviable* when it does not compile (not counted), *timeout* when the tests hang "
      "(counted as caught). *Not run*: in scope, but no run has reached it yet. The score is "
      "caught and timeouts over the viable mutants that are not equivalent, rounded down; "
      "while some are not run, it is over those run, and an upper bound: a first pass "
      "(`--tests`) records its catches only, its misses stay not run.\n")
print("| module | file | caught | missed (equivalent) | timeouts | unviable | not run | score |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
total = collections.Counter()
order = [g for g, _, _ in groups] + ["other"]
for g in order:
    for path in files.get(g, []):
        c = table[path]
        total += c
        print(f"| {g} | `{path}` | {c['caught']} | {c['missed']} ({c['equivalent']}) | "
              f"{c['timeout']} | {c['unviable']} | {c['not run']} | {score(c)} |")
print(f"| **all** | | {total['caught']} | {total['missed']} ({total['equivalent']}) | "
      f"{total['timeout']} | {total['unviable']} | {total['not run']} | {score(total)} |")
print("\n## Where each module's figures come from\n")
print("| module | tests run on each mutant | outcomes taken at |")
print("|---|---|---|")
for g in order:
    if g not in files:
        continue
    at = ", ".join(f"`{c}` ({n})" for c, n in sorted(commits[g].items())) or "not run"
    print(f"| {g} | `{tests.get(g, 'all the fast targets')}` | {at} |")
if by_kind["missed"]:
    print("\n## Missed\n")
    print("Each is a missing assertion, or equivalent (the reason from "
          "`scripts/mutants-equivalent.txt`).\n")
    for l in by_kind["missed"]:
        why = equivalent.get(l)
        print(f"- `{l}`" + (f" — equivalent: {why}" if why else ""))
if by_kind["timeout"]:
    print("\n## Timeouts\n")
    for l in by_kind["timeout"]:
        print(f"- `{l}`")
if by_kind["not run"]:
    print(f"\n## Not run ({len(by_kind['not run'])})\n")
    untouched = {g for g in files if not commits[g]}
    for g in order:
        if g in untouched:
            n = sum(1 for l in by_kind["not run"] if module(l) == g)
            print(f"- {g}: all {n} mutants (no run has reached this module)")
    for l in by_kind["not run"]:
        if module(l) not in untouched:
            print(f"- `{l}`")
PY
echo "wrote docs/mutants.md and docs/mutants.tsv"
exit "$status"
