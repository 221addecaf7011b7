#!/usr/bin/env bash
# tests/bench/pbt/run.sh BUILD [RUNS] — what a page background task costs
# under the real clock (and the virtual one, for comparison): the latency
# of one task (enqueue -> completion trigger, an empty worker, 2,000 times
# in a row) and the throughput of 10,000 tasks through 5 slots.  Best of
# RUNS, wall time of the whole `alrun page` process.
set -eu
build=${1:-build} runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{ echo 'open "PBT Bench"'; for _ in $(seq 2000); do echo 'action One'; echo 'wait idle'; done; echo show; } >"$tmp/one.txt"
printf 'open "PBT Bench"\naction Many\nwait idle\nshow\n' >"$tmp/many.txt"
printf 'open "PBT Bench"\nshow\n' >"$tmp/none.txt"
best() {
  local b=999
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N); "$@" >"$tmp/out"; t1=$(date +%s.%N)
    b=$(echo "$t1 - $t0" | bc -l | awk -v b="$b" '{ print ($1 < b) ? $1 : b }')
  done
  echo "$b"
}
for clock in real virtual; do
  base=$(best "$build/alrun" page --no-base-app --clock $clock --script "$tmp/none.txt" "$here")
  one=$(best "$build/alrun" page --no-base-app --clock $clock --script "$tmp/one.txt" "$here")
  grep -q "Done *2000" "$tmp/out" || { echo "one: not every task completed"; exit 1; }
  many=$(best "$build/alrun" page --no-base-app --clock $clock --setting ChildSessionsMaxQueueLength=10000 --script "$tmp/many.txt" "$here")
  grep -q "Done *10000" "$tmp/out" || { echo "many: not every task completed"; exit 1; }
  printf '%-8s latency %6.1f us/task   throughput %6.1f us/task (%d tasks/s)\n' "$clock" \
    "$(echo "($one - $base) * 1000000 / 2000" | bc -l)" "$(echo "($many - $base) * 1000000 / 10000" | bc -l)" \
    "$(echo "10000 / ($many - $base)" | bc -l | cut -d. -f1)"
done
