#!/usr/bin/env bash
# tests/page/run.sh ALRUN DIR [--update] — golden tests of the page client
# (TAP).  Each DIR/NAME/ is an AL project with a script `script.txt`, run
# as `alrun page NAME/ --script NAME/script.txt [ARGS]` under the virtual
# clock; stdout must equal NAME/expected.txt, and the exit status 0.  An
# optional NAME/args holds extra arguments (e.g. --setting ...), an
# optional NAME/data.json rows to load.  With --update the expected
# outputs are rewritten (review the diff).
set -u
alrun=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") dir=$2 update=${3:-}
cases=()
for d in "$dir"/*/; do [ -f "$d/script.txt" ] && cases+=("${d%/}"); done
echo "1..${#cases[@]}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for d in "${cases[@]}"; do
  n=$((n + 1))
  name=$(basename "$d")
  extra=()
  [ -f "$d/args" ] && read -r -a extra <"$d/args"
  [ -f "$d/data.json" ] && extra+=(--data data.json)
  (cd "$d" && "$alrun" page "${extra[@]/#$d\//}" --script script.txt . >"$tmp/out" 2>"$tmp/err")
  rc=$?
  if [ "$update" = "--update" ]; then cp "$tmp/out" "$d/expected.txt"; fi
  if [ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && diff -u "$d/expected.txt" "$tmp/out" >"$tmp/diff"; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name (exit $rc)"
    sed 's/^/# /' "$tmp/diff" | head -30
    head -5 "$tmp/err" | sed 's/^/# stderr: /'
  fi
done
