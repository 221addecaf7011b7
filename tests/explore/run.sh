#!/usr/bin/env bash
# tests/explore/run.sh ALRUN DIR [--update] — golden tests of alrun
# explore, --seed and --inject (TAP).
#
# Each case is DIR/cases/NAME.args: the arguments given to alrun, ONE PER
# LINE (specs have blanks), run in DIR.  Beside it the expected results:
#   NAME.stdout  NAME.stderr   (missing = must be empty)
#   NAME.status                (missing = 0)
# Times that differ between runs are replaced before comparing: with
# --clock real "[   123 ms]" and "after 123 ms", and the "(12 ms)" of
# alrun test.  With --update the expected files are rewritten (review the
# diff!).
#
# Then, for every explore case that succeeds, each outcome's "replay:" command is run
# (as `alrun page ... --seed S`) and its timeline must show what the
# report says of that outcome: every task's end, every notification, and
# the lines of the pages it printed.
set -u
. "$(dirname "$0")/../golden/verdict.sh"
alrun=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") dir=$2 update=${3:-}
cd "$dir" || exit 1
cases=(cases/*.args)
explores=()
for c in "${cases[@]}"; do [ "$(head -1 "$c")" = explore ] && [ ! -f "${c%.args}.status" ] && explores+=("$c"); done
echo "1..$((${#cases[@]} + ${#explores[@]}))"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
norm() {
  if grep -qx real "$1" || [ "$(head -1 "$1")" = test ]; then
    sed -E 's/^\[ *[0-9]+ ms\]/[N ms]/; s/after [0-9]+ ms/after N ms/; s/\([0-9]+ ms\)$/(N ms)/'
  else
    cat
  fi
}
for c in "${cases[@]}"; do
  n=$((n + 1))
  base=${c%.args}
  name=$(basename "$base")
  mapfile -t args <"$c"
  "$alrun" "${args[@]}" 2>"$tmp/stderr" | norm "$c" >"$tmp/stdout"
  echo "${PIPESTATUS[0]}" >"$tmp/status"
  golden_verdict "$n" "$name" "$base" "$tmp" "$update"
done

# Replaying the seeds an explore report gives.
for c in "${explores[@]}"; do
  n=$((n + 1))
  name=$(basename "${c%.args}")
  mapfile -t args <"$c"
  "$alrun" "${args[@]}" >"$tmp/report" 2>/dev/null
  if python3 - "$alrun" "$tmp/report" >"$tmp/why" 2>&1 <<'PY'
import re, shlex, subprocess, sys
alrun, report = sys.argv[1], open(sys.argv[2]).read()
# the outcomes, and what every outcome shares
parts = re.split(r"\n(?=outcome \d+:|in every outcome:)", report)
common = [p for p in parts if p.startswith("in every outcome:")]
common = common[0] if common else ""
outcomes = [p for p in parts if p.startswith("outcome ")]
if not outcomes:
    print("no outcomes in the report"); sys.exit(1)

def expectations(text):
    """What a timeline must contain for the blocks in [text]."""
    want, task = [], None
    for line in text.splitlines():
        m = re.match(r"  task (\d+): ", line)
        if m:
            task = m.group(1); continue
        if not line.startswith("    "):
            task = None
            continue
        fact = re.sub(r"   \(the time differs between its runs\)$", "", line[4:])
        if task and fact == "completed":
            want.append(f"task {task} completed after")
        elif task and fact.startswith("timed out"):
            want.append(f"task {task} timed out after")
        elif task and fact.startswith("failed ("):
            want.append(f"task {task} failed after")
            want.append(fact.split("): ", 1)[1])
        elif task and fact in ("cancelled",):
            want.append(f"task {task} cancelled")
        elif fact.startswith("notification ("):
            want.append(fact)
        elif not task and not fact.startswith("+--") and not fact.startswith("message:") and not fact.startswith("error:"):
            want.append(fact)          # a line of a page shown
    return want

bad = 0
for o in outcomes:
    m = re.search(r"^  replay: (.*)$", o, re.M)
    cmd = shlex.split(m.group(1))
    timeline = subprocess.run([alrun] + cmd[1:], capture_output=True, text=True).stdout
    lines = [l.rstrip() for l in timeline.splitlines()]
    for w in expectations(o + "\n" + common):
        if not any(w in l for l in lines):
            print(f"{o.splitlines()[0]}: the replay ({' '.join(cmd[-2:])}) does not show: {w}")
            bad = 1
sys.exit(bad)
PY
  then echo "ok $n - $name: each reported seed replays its outcome with alrun page --seed"
  else echo "not ok $n - $name: a reported seed does not replay its outcome"; sed 's/^/# /' "$tmp/why" | head -20
  fi
done
