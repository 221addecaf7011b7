#!/usr/bin/env bash
# tests/trace/run.sh ALRUN [--update] — --trace and --timeline (TAP;
# docs/trace.md).  Run from the repository root.
#
#   * golden files under the virtual clock (expected/): the .jsonl and the
#     text lanes of samples 01 and 02 in the page client, of `alrun test`
#     and of `alrun run` on sample 01; the SVG of sample 01 is
#     docs/trace-01-wait-task.svg (the picture docs/trace.md shows), and
#     docs/tutorial-*.svg (samples 05 and 06, in docs/tutorial.md);
#   * the same run twice gives the same files, byte for byte;
#   * every .jsonl line is a JSON object with time, session, task, event,
#     in time order; the SVG and the SVG inside the HTML parse as XML;
#   * under --clock real the events are the same kinds (times differ);
#   * bad --trace arguments are errors with a clear text, never a crash;
#   * the pictures in headless Chromium (tests/trace/picture.py): bars and
#     markers painted in their colours where the SVG puts them.  Skipped
#     (TAP "# SKIP") when no chromium is installed (or CHROMIUM= is set
#     empty); .ci/run installs it.  ALRUN_TRACE_PNG=FILE keeps the
#     screenshot of sample 01.
# With --update the golden files are rewritten (review the diff).
set -u
alrun=$1 update=${2:-}
here=tests/trace
exp=$here/expected
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; [ -f "$tmp/why" ] && sed 's/^/# /' "$tmp/why" | head -40; rm -f "$tmp/why"; }
# golden NAME FILE: FILE must equal $exp/NAME (or DEST when given as $3)
golden() {
  local want=${3:-$exp/$1}
  [ "$update" = --update ] && cp "$2" "$want"
  if diff -u "$want" "$2" >"$tmp/why" 2>&1; then ok "$1 is as expected"; rm -f "$tmp/why"; else notok "$1 differs"; fi
}
timeline() { sed -n '/^Timeline (/,$p'; }   # the text lanes at the end of stdout

s1=samples/01-wait-task s2=samples/02-sum-concat
page01=(page "$s1" --data "$s1/data.json" --script "$s1/script.txt")
page02=(page "$s2" --data "$s2/data.json" --script "$s2/script.txt")

echo "1..22"

# ---- page client, virtual clock
"$alrun" "${page01[@]}" --trace "$tmp/p01.html" --timeline >"$tmp/p01.out" 2>"$tmp/p01.err"
golden page-01.jsonl "$tmp/p01.jsonl"
timeline <"$tmp/p01.out" >"$tmp/p01.timeline"
golden page-01.timeline "$tmp/p01.timeline"
"$alrun" "${page01[@]}" --trace "$tmp/p01.svg" >/dev/null 2>&1
golden "docs/trace-01-wait-task.svg" "$tmp/p01.svg" docs/trace-01-wait-task.svg
# the pictures docs/tutorial.md shows
for s in 05-cancellation 06-concurrency; do
  "$alrun" page samples/$s --data samples/$s/data.json --script samples/$s/script.txt --trace "$tmp/t$s.svg" >/dev/null 2>&1
  golden "docs/tutorial-$s.svg" "$tmp/t$s.svg" docs/tutorial-$s.svg
done
"$alrun" "${page02[@]}" --trace "$tmp/p02.html" --timeline >"$tmp/p02.out" 2>&1
golden page-02.jsonl "$tmp/p02.jsonl"
timeline <"$tmp/p02.out" >"$tmp/p02.timeline"
golden page-02.timeline "$tmp/p02.timeline"

# the script's own output is unchanged by --trace / --timeline
"$alrun" "${page01[@]}" >"$tmp/plain.out" 2>&1
if diff <(sed '/^Timeline (/,$d' "$tmp/p01.out" | sed '$d') "$tmp/plain.out" >"$tmp/why"; then
  ok "--timeline adds the lanes after the script's output and changes nothing else"
else notok "--timeline changed the script's output"; fi

# the same run twice: the same files, byte for byte
mkdir "$tmp/again"
"$alrun" "${page01[@]}" --trace "$tmp/again/p01.html" --timeline >"$tmp/again/p01.out" 2>&1
if cmp -s "$tmp/p01.html" "$tmp/again/p01.html" && cmp -s "$tmp/p01.jsonl" "$tmp/again/p01.jsonl" \
   && cmp -s "$tmp/p01.out" "$tmp/again/p01.out"; then
  ok "the virtual clock gives the same .jsonl, .html and lanes on every run"
else notok "two runs under the virtual clock differ"; fi

# ---- alrun test and alrun run (TestPages: tasks run synchronously)
# (--filter: the tests of wait-test only, not the sample's own MyPBTCodeunit)
"$alrun" test "$s1" $here/wait-test --filter 'Trace Wait Test' --data "$s1/data.json" --trace "$tmp/test.jsonl" \
  --timeline >"$tmp/test.out" 2>&1
golden test.jsonl "$tmp/test.jsonl"
timeline <"$tmp/test.out" >"$tmp/test.timeline"
golden test.timeline "$tmp/test.timeline"
"$alrun" run "$s1" $here/wait-run --codeunit 50191 --clock virtual --data "$s1/data.json" --trace "$tmp/run.svg" \
  >"$tmp/run.out" 2>&1
golden run.jsonl "$tmp/run.jsonl"

# ---- the files are what they say
if python3 - "$tmp/p01.jsonl" "$tmp/p02.jsonl" "$tmp/test.jsonl" "$tmp/run.jsonl" >"$tmp/why" 2>&1 <<'PY'
import json, sys
for path in sys.argv[1:]:
    last = None
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        e = json.loads(line)
        assert isinstance(e, dict), f"{path}:{i}: not an object"
        for k in ("time", "session", "task", "event"):
            assert k in e, f"{path}:{i}: no {k}"
        assert isinstance(e["time"], int) and isinstance(e["session"], int), f"{path}:{i}"
        assert e["task"] is None or isinstance(e["task"], int), f"{path}:{i}"
        assert last is None or e["time"] >= last, f"{path}:{i}: time goes back"
        last = e["time"]
    first, end = json.loads(open(path).readline()), json.loads(line)
    assert first["event"] == "trace-start" and end["event"] == "trace-end", path
PY
then ok "every .jsonl line is an object with time, session, task and event, in time order"
else notok "a .jsonl file is not well-formed"; fi
if python3 - "$tmp/p01.svg" "$tmp/run.svg" "$tmp/p01.html" "$tmp/p02.html" >"$tmp/why" 2>&1 <<'PY'
import re, sys, xml.etree.ElementTree as ET
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        assert text.startswith("<!DOCTYPE html>") and "</html>" in text, path
        assert "<script" not in text and "http://" not in text.replace('xmlns="http://www.w3.org/2000/svg"', ""), \
            f"{path}: needs nothing from outside"
        text = re.search(r"<svg\b.*</svg>", text, re.S).group(0)
    ET.fromstring(text.encode())
PY
then ok "the SVG files and the SVG in the HTML parse as XML; the HTML needs nothing from outside"
else notok "an SVG does not parse"; fi

# ---- the real clock: worker threads record too
"$alrun" "${page01[@]}" --clock real --trace "$tmp/real.jsonl" >/dev/null 2>&1
if python3 - "$tmp/real.jsonl" >"$tmp/why" 2>&1 <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
kinds = [(e["event"], e["task"]) for e in ev if e["session"] != 0]
for want in [("started", 1), ("sleep-begin", 1), ("sleep-end", 1), ("cancelled", 2), ("started", 3), ("sleep-begin", 3)]:
    assert want in kinds, f"no {want} in {kinds}"
# Sleep(1000) under a 1000 ms timeout: on a real clock the worker may just
# make it, so either end will do — but each task ends once
for task in (1, 3):
    ends = [k for k in kinds if k[1] == task and k[0] in ("timeout", "completed", "error", "cancelled")]
    assert len(ends) == 1 and ends[0][0] in ("timeout", "completed"), ends
assert ev[0]["clock"] == "real"
assert all(a["time"] <= b["time"] for a, b in zip(ev, ev[1:])), "time goes back"
t = next(e for e in ev if e["event"] in ("timeout", "completed") and e["task"] == 1)
assert 990 <= t["time"] <= 1500, t
PY
then ok "under --clock real the worker threads' events are there, in time order"
else notok "the real clock's trace is wrong"; fi

# ---- bad arguments
"$alrun" "${page01[@]}" --trace "$tmp/run.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
if [ $rc = 2 ] && grep -q "needs a file name ending in .jsonl, .svg or .html" "$tmp/err" && [ ! -s "$tmp/out" ]; then
  ok "--trace with another extension: a command-line error (exit 2)"
else echo "exit $rc: $(cat "$tmp/err")" >"$tmp/why"; notok "--trace FILE.txt"; fi
"$alrun" "${page01[@]}" --trace >"$tmp/out" 2>"$tmp/err"; rc=$?
if [ $rc = 2 ] && grep -q "needs a file name" "$tmp/err"; then ok "--trace without a file: exit 2"
else echo "exit $rc: $(cat "$tmp/err")" >"$tmp/why"; notok "--trace without a file"; fi
"$alrun" "${page01[@]}" --trace "$tmp/no/such/dir/t.html" >"$tmp/out" 2>"$tmp/err"; rc=$?
if [ $rc = 1 ] && grep -q "cannot write the trace $tmp/no/such/dir/t.jsonl: No such file or directory" "$tmp/err" \
   && [ ! -s "$tmp/out" ]; then
  ok "an unwritable --trace path: a clear error before the run (exit 1)"
else echo "exit $rc: $(cat "$tmp/err")" >"$tmp/why"; notok "unwritable --trace path"; fi
mkdir "$tmp/dir.svg"
"$alrun" test "$s1" $here/wait-test --trace "$tmp/dir.svg" >"$tmp/out" 2>"$tmp/err"; rc=$?
if [ $rc = 1 ] && grep -q "cannot write the trace $tmp/dir.svg: Is a directory" "$tmp/err" && [ ! -e "$tmp/dir.jsonl" ]; then
  ok "a --trace path that is a folder: a clear error, nothing left behind"
else echo "exit $rc: $(cat "$tmp/err")" >"$tmp/why"; notok "--trace on a folder"; fi

# ---- the pictures in a browser
# CHROMIUM=path picks the browser; CHROMIUM= (empty) skips the pictures
chromium=${CHROMIUM-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
shoot() {  # shoot FILE PNG: a screenshot as large as the picture
  local size
  size=$(python3 -c 'import re,sys; t=open(sys.argv[1]).read(); m=re.search(r"<svg[^>]* width=\"(\d+)\" height=\"(\d+)\"",t); print(int(m.group(1))+60, int(m.group(2))+(110 if sys.argv[1].endswith(".html") else 20), sep=",")' "$1")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$tmp/chromium" --window-size="$size" --screenshot="$2" "file://$1" >"$tmp/chromium.log" 2>&1
}
want_p01="sleeps=3 bars=7 timeout=2 cancelled=1" want_p02="sleeps=0 bars=4 completed=2"
for pic in p01.html p01.svg p02.html; do
  want=want_${pic%%.*}
  name="the picture of $pic in headless Chromium: bars and markers where the SVG puts them"
  if [ -z "$chromium" ]; then
    n=$((n + 1))
    if [ -n "${CHROMIUM+set}" ]; then echo "ok $n - $name # SKIP CHROMIUM is set empty (tests/run: sanitizer builds)"
    else echo "ok $n - $name # SKIP chromium is not installed"; fi
    continue
  fi
  rm -f "$tmp/shot.png"
  if ! shoot "$tmp/$pic" "$tmp/shot.png" || [ ! -s "$tmp/shot.png" ]; then
    tail -5 "$tmp/chromium.log" >"$tmp/why"; notok "$name (no screenshot)"; continue
  fi
  [ "$pic" = p01.html ] && [ -n "${ALRUN_TRACE_PNG:-}" ] && cp "$tmp/shot.png" "$ALRUN_TRACE_PNG"
  # shellcheck disable=SC2086
  if python3 $here/picture.py "$tmp/$pic" "$tmp/shot.png" ${!want} >"$tmp/why" 2>&1; then
    n=$((n + 1)); echo "ok $n - $name"; sed 's/^/  /' "$tmp/why" | sed 's/^  #/#/'
  else notok "$name"; fi
done
