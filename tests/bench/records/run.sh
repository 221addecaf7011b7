#!/usr/bin/env bash
# tests/bench/records/run.sh BUILD [RUNS] — the record store against SQLite
# used directly from C (the floor), in the same run: 100,000 inserts, a
# FindSet over a filter with Modify on each row, CalcSums.  Prints best-of
# wall times and the ratio.
set -eu
build=${1:-build} runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/floor" "$here/floor.c" $(pkg-config --cflags --libs sqlite3)
best() {  # best CMD... — the best wall time of $runs runs, in seconds
  local b=999
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
    b=$(echo "$t1 - $t0" | bc -l | awk -v b="$b" '{ print ($1 < b) ? $1 : b }')
  done
  echo "$b"
}
a=$(best "$build/alrun" run "$here/bench.al")
f=$(best "$tmp/floor")
printf '%-28s %8.3f s\n' "alrun (bench.al)" "$a" "SQLite from C (floor.c)" "$f"
printf 'ratio alrun / floor: %.2f\n' "$(echo "$a / $f" | bc -l)"
