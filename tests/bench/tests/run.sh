#!/usr/bin/env bash
# tests/bench/tests/run.sh BUILD [N] — how long `alrun test` takes for a
# generated suite of N (1,000) small tests: records, a TestPage, a
# background task each.  Best of 3 wall times of the whole process.
set -eu
build=${1:-build} n=${2:-1000}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen.py" "$n" "$tmp/suite.al"
best=999
for _ in 1 2 3; do
  t0=$(date +%s.%N)
  "$build/alrun" test --no-base-app "$tmp/suite.al" >"$tmp/out" || { tail -5 "$tmp/out"; exit 1; }
  t1=$(date +%s.%N)
  best=$(echo "$t1 - $t0" | bc -l | awk -v b="$best" '{ print ($1 < b) ? $1 : b }')
done
tail -1 "$tmp/out"
printf '%d tests in %.3f s (%.0f us a test)\n' "$n" "$best" "$(echo "$best * 1000000 / $n" | bc -l)"
