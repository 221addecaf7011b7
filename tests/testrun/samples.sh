#!/usr/bin/env bash
# tests/testrun/samples.sh ALRUN DIR [--update] — the samples whose golden
# output is a test run (TAP): each DIR/NAME/ with an expected.txt and no
# script.txt (a page sample has one) is run as `alrun test DIR/NAME`;
# its output, with the times "(12 ms)" written "(N ms)", must equal
# expected.txt (compared the same way), and the exit status 0.  With
# --update expected.txt is rewritten (review the diff).
set -u
alrun=$1 dir=$2 update=${3:-}
norm() { sed 's/([0-9]* ms)/(N ms)/'; }
cases=()
for d in "$dir"/*/; do
  [ -f "$d/expected.txt" ] && [ ! -f "$d/script.txt" ] && cases+=("${d%/}")
done
echo "1..${#cases[@]}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
for d in "${cases[@]}"; do
  n=$((n + 1))
  "$alrun" test "$d" 2>&1 | norm >"$tmp/out"
  rc=${PIPESTATUS[0]}
  [ "$update" = "--update" ] && cp "$tmp/out" "$d/expected.txt"
  if [ "$rc" -eq 0 ] && diff -u <(norm <"$d/expected.txt") "$tmp/out" >"$tmp/diff"; then
    echo "ok $n - $(basename "$d")"
  else
    echo "not ok $n - $(basename "$d") (exit $rc)"
    sed 's/^/# /' "$tmp/diff" | head -30
    failed=1
  fi
done
exit $failed
