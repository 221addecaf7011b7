#!/usr/bin/env bash
# tests/golden/run.sh ALRUN DIR — golden tests of the command line (TAP).
#
# Each case is DIR/NAME.args: one line, the arguments given to alrun (run
# from the repository root).  The expected results sit beside it:
#   NAME.stdout  NAME.stderr   (missing = must be empty)
#   NAME.status                (missing = 0)
# To accept new output after a deliberate change: tests/golden/run.sh
# build/alrun tests/golden --update   (then review the diff!)
set -u
shopt -s nullglob
alrun=$1 dir=$2 update=${3:-}
cases=("$dir"/*.args)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..${#cases[@]}"
n=0
for c in "${cases[@]}"; do
  n=$((n + 1))
  base=${c%.args}
  name=$(basename "$base")
  read -r -a args <"$c"
  "$alrun" "${args[@]}" >"$tmp/stdout" 2>"$tmp/stderr"
  echo $? >"$tmp/status"
  if [ "$update" = --update ]; then
    cp "$tmp/stdout" "$base.stdout"; cp "$tmp/stderr" "$base.stderr"; cp "$tmp/status" "$base.status"
    for k in stdout stderr; do [ -s "$base.$k" ] || rm -f "$base.$k"; done
    [ "$(cat "$base.status")" = 0 ] && rm -f "$base.status"
  fi
  ok=1
  for k in stdout stderr status; do
    want="$base.$k"
    if [ ! -f "$want" ]; then
      want=$tmp/empty; : >"$want"
      [ $k = status ] && echo 0 >"$want"
    fi
    if ! diff -u "$want" "$tmp/$k" >"$tmp/diff"; then
      [ $ok = 1 ] && echo "not ok $n - $name"
      ok=0
      echo "# $k differs:"; sed 's/^/# /' "$tmp/diff"
    fi
  done
  [ $ok = 1 ] && echo "ok $n - $name"
done
