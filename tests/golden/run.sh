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
. "$(dirname "$0")/verdict.sh"
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
  golden_verdict "$n" "$name" "$base" "$tmp" "$update"
done
