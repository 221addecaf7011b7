#!/usr/bin/env bash
# tests/corpus/run.sh ALRUN DIR — TAP test over the AL corpus.
#   DIR/valid/*.al    must parse with no diagnostics (exit 0)
#   DIR/invalid/*.al  must fail (exit 1) with the first error on the line
#                     named by the file's "// error-line: N" comment
set -u
shopt -s nullglob
alrun=$1 dir=$2
files=("$dir"/valid/*.al "$dir"/invalid/*.al)
echo "1..${#files[@]}"
n=0
for f in "${files[@]}"; do
  n=$((n + 1))
  name=${f#"$dir"/}
  err=$("$alrun" check --syntax-only "$f" 2>&1 >/dev/null); rc=$?
  case $name in
    valid/*)
      if [ $rc -eq 0 ] && [ -z "$err" ]; then echo "ok $n - $name"
      else echo "not ok $n - $name (exit $rc)"; printf '%s\n' "$err" | head -20 | sed 's/^/# /'; fi ;;
    invalid/*)
      want=$(sed -n 's|^// error-line: *\([0-9][0-9]*\).*|\1|p' "$f" | head -1)
      got=$(printf '%s\n' "$err" | sed -n 's|^[^:]*:\([0-9][0-9]*\):[0-9]*: error:.*|\1|p' | head -1)
      if [ $rc -eq 1 ] && [ -n "$want" ] && [ "$got" = "$want" ]; then echo "ok $n - $name"
      else echo "not ok $n - $name (exit $rc, first error on line '${got}', expected line '${want}')"
           printf '%s\n' "$err" | head -10 | sed 's/^/# /'; fi ;;
  esac
done
