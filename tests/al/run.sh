#!/usr/bin/env bash
# tests/al/run.sh ALRUN DIR — golden tests written in AL (TAP).
#
# Each DIR/**/NAME.al is run with `alrun run`; its comments say what must
# happen (in the style of Wren's and clox's test suites):
#   // expect: TEXT                 a line of stdout, in order
#   // expect runtime error: TEXT   the first line of stderr; exit status 1
#   // expect error: MESSAGE        a compile diagnostic on THIS line
#                                   ("file:LINE:COL: error: MESSAGE"); exit 1
#   // args: ...                    extra arguments for alrun run
# A file with no "expect error"/"expect runtime error" must exit 0 with
# nothing on stderr.
set -u
shopt -s nullglob globstar
alrun=$1 dir=$2
files=("$dir"/**/*.al)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..${#files[@]}"
n=0
for f in "${files[@]}"; do
  n=$((n + 1))
  name=${f#"$dir"/}
  read -r -a extra <<<"$(sed -n 's|^ *// args: *||p' "$f" | head -1)"
  "$alrun" run "${extra[@]}" "$f" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  sed -n 's|^.*// expect: \{0,1\}||p' "$f" >"$tmp/want-out"
  rt=$(sed -n 's|^.*// expect runtime error: *||p' "$f" | head -1)
  ce=$(grep -n '// expect error: ' "$f" | sed 's|^\([0-9]*\):.*// expect error: *|\1: |')
  problems=()
  if ! diff -u "$tmp/want-out" "$tmp/out" >"$tmp/diff"; then problems+=("stdout differs"); fi
  if [ -n "$rt" ]; then
    [ $rc -eq 1 ] || problems+=("exit status $rc, expected 1")
    [ "$(head -1 "$tmp/err")" = "$rt" ] || problems+=("stderr starts '$(head -1 "$tmp/err")', expected '$rt'")
  elif [ -n "$ce" ]; then
    [ $rc -eq 1 ] || problems+=("exit status $rc, expected 1")
    got=$(sed -n 's|^[^:]*:\([0-9]*\):[0-9]*: error: \(.*\)$|\1: \2|p' "$tmp/err")
    [ "$got" = "$ce" ] || problems+=("diagnostics differ: got [$got], expected [$ce]")
  else
    [ $rc -eq 0 ] || problems+=("exit status $rc")
    [ -s "$tmp/err" ] && problems+=("stderr not empty")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name: ${problems[*]}"
    sed 's/^/# /' "$tmp/diff" | head -20
    head -5 "$tmp/err" | sed 's/^/# stderr: /'
  fi
done
