#!/usr/bin/env bash
# tests/stress/run.sh ALRUN — page background tasks under the real clock
# (TAP): 10,000 tasks through 5 slots, 1,000 runaway tasks each ended by
# its timeout, 400 tasks cancelled mid-flight by navigation; no event is
# lost, and threads and memory do not grow from round to round.
set -u
alrun=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
check() {  # check NAME CONDITION-EXIT-STATUS DETAIL
  n=$((n + 1))
  if [ "$2" -eq 0 ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "# $3"; failed=1; fi
}
echo "1..6"
printf '{"Slot": [{"No": 1}, {"No": 2}]}' >"$tmp/data.json"
# 10 rounds of 1,000 empty tasks, stats after the first and the last
{ echo 'open "Stress Card"'; echo 'wait idle';
  for r in $(seq 10); do echo 'action Empty'; echo 'wait idle'; [ "$r" = 5 ] || [ "$r" = 10 ] && echo stats; done
  echo show; } >"$tmp/empty.txt"
"$alrun" page --clock real --data "$tmp/data.json" --setting ChildSessionsMaxQueueLength=1000 --script "$tmp/empty.txt" "$here" >"$tmp/out" 2>&1
completed=$(grep -c 'completed after' "$tmp/out")
check "10,000 tasks through 5 slots: every one completes and reports" "$([ "$completed" = 10001 ] && grep -q 'Done  *10001' "$tmp/out"; echo $?)" "completed: $completed"
stat() { grep '^stats:' "$tmp/out" | sed -n "$1p" | sed 's/.* \([0-9]*\) threads, \([0-9]*\) KB resident, [0-9]* KB heap, \([0-9]*\) KB live/\1 \2 \3/'; }
read -r t1 r1 l1 <<<"$(stat 1)"
read -r t2 r2 l2 <<<"$(stat 2)"
# at most 2 x 5 workers, the page's thread and the collector's marker threads
check "threads stay bounded ($t1 after 5,000 tasks, $t2 after 10,000; at most 14)" "$([ "$t2" -le 14 ]; echo $?)" "threads $t1 -> $t2"
if [ "$l1" = 0 ]; then
  n=$((n + 1)); echo "ok $n - no memory growth # SKIP built without the collector (nothing is freed)"
else
  check "no memory growth (live ${l1} KB / resident ${r1} KB after 5,000 tasks, ${l2} KB / ${r2} KB after 10,000)" \
    "$([ $((l2 - l1)) -lt 1024 ] && [ $((r2 - r1)) -lt 4096 ]; echo $?)" "live $l1 -> $l2 KB, resident $r1 -> $r2 KB"
fi
# 1,000 endless loops with a 10 ms timeout
printf 'open "Stress Card"\nwait idle\naction Runaway\nwait idle\nstats\nshow\n' >"$tmp/runaway.txt"
start=$(date +%s%N)
"$alrun" page --clock real --data "$tmp/data.json" --setting ChildSessionsMaxQueueLength=1000 --script "$tmp/runaway.txt" "$here" >"$tmp/out" 2>&1
ms=$(( ($(date +%s%N) - start) / 1000000 ))
timedout=$(grep -c 'timed out after' "$tmp/out")
check "1,000 runaway tasks all end by their timeout (${ms} ms)" "$([ "$timedout" = 1000 ] && grep -q 'Failed  *1000' "$tmp/out" && [ "$ms" -lt 30000 ]; echo $?)" "timed out: $timedout, ${ms} ms"
# navigation cancels the running task every time
{ echo 'open "Stress Card"'; for _ in $(seq 200); do echo next; echo previous; done; echo 'wait idle'; echo stats; echo show; } >"$tmp/nav.txt"
"$alrun" page --clock real --data "$tmp/data.json" --script "$tmp/nav.txt" "$here" >"$tmp/out" 2>&1
cancelled=$(grep -c "cancelled: the page's record changed" "$tmp/out")
check "400 tasks cancelled mid-flight by navigation, none reports" "$([ "$cancelled" = 400 ] && grep -q 'Done  *1$' "$tmp/out"; echo $?)" "cancelled: $cancelled; $(grep 'Done' "$tmp/out")"
check "nothing left running after the cancellations" "$(grep -q '^stats: 0 tasks pending' "$tmp/out"; echo $?)" "$(grep '^stats' "$tmp/out")"
exit $failed
