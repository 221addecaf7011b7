#!/usr/bin/env bash
# tests/robust/run.sh ALRUN — bad input never crashes or hangs the parser.
#
# Generates hostile inputs (binary garbage, 10 MB lines, nesting 100,000
# deep, unterminated literals ...) into a temporary folder and checks that
# `alrun check` ends within the time limit with exit status 1 (or 0 where
# the input is valid), prints the expected diagnostic, and keeps its output
# short.  Every tests/robust/*.al file (fuzzer reproducers) runs as well.
set -u
shopt -s nullglob globstar
alrun=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C

n=0
results=()
# check NAME FILE WANT_RC PATTERN: PATTERN must appear in stderr ('' = any).
check() {
  local name=$1 file=$2 want=$3 pattern=$4
  n=$((n + 1))
  timeout 60 "$alrun" check --syntax-only "$file" >"$tmp/out" 2>"$tmp/err"
  local rc=$? size
  size=$(($(wc -c <"$tmp/out") + $(wc -c <"$tmp/err")))
  if [ $rc -ne "$want" ]; then
    results+=("not ok $n - $name (exit $rc, want $want)")
    results+=("$(head -c 2000 "$tmp/err" | sed 's/^/# /')")
  elif [ -n "$pattern" ] && ! grep -q -- "$pattern" "$tmp/err"; then
    results+=("not ok $n - $name (no diagnostic matching '$pattern')")
    results+=("$(head -c 2000 "$tmp/err" | sed 's/^/# /')")
  elif [ "$size" -gt 200000 ]; then
    results+=("not ok $n - $name (printed $size bytes)")
  else
    results+=("ok $n - $name")
  fi
}

# repeat STRING COUNT: STRING written COUNT times (no newline).
repeat() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

wrap() { printf 'codeunit 50100 R\n{\n    trigger OnRun()\n    var\n        x: Integer;\n    begin\n'; cat; printf '\n    end;\n}\n'; }

# --- garbage -------------------------------------------------------------
awk 'BEGIN { srand(42); for (i = 0; i < 300000; i++) printf "%c", int(rand() * 256) }' >"$tmp/garbage.al"
check "binary garbage (300 KB)" "$tmp/garbage.al" 1 "error:"
awk 'BEGIN { srand(7); for (i = 0; i < 200000; i++) { c = int(rand() * 95) + 32; printf "%c", c; if (rand() < 0.02) printf "\n" } }' >"$tmp/ascii.al"
check "printable garbage" "$tmp/ascii.al" 1 "error:"
printf 'codeunit 1 A\n{\n\0\0\0 trigger OnRun() begin end;\n}\n' >"$tmp/nul.al"
check "NUL bytes" "$tmp/nul.al" 1 "unexpected byte 0x00"

# --- huge lines ------------------------------------------------------------
{ printf 'x := x'; repeat ' + x' 2500000; printf ';'; } | wrap >"$tmp/longexpr.al"
check "10 MB expression line" "$tmp/longexpr.al" 1 "nested too deeply"
{ printf 'x := 1; // '; repeat 'abcdefghij' 1000000; } | wrap >"$tmp/longcomment.al"
check "10 MB comment line" "$tmp/longcomment.al" 0 ""
{ printf "Message('"; repeat 'abcdefghij' 1000000; printf "');"; } | wrap >"$tmp/longtext.al"
check "10 MB text literal" "$tmp/longtext.al" 0 ""
{ printf 'x := '; repeat 'abcdefghij' 1000000; printf ';'; } | wrap >"$tmp/longident.al"
check "10 MB identifier" "$tmp/longident.al" 0 ""
{ repeat 'x := 1; ' 1300000; } | wrap >"$tmp/longstmts.al"
check "10 MB line of statements" "$tmp/longstmts.al" 0 ""
{ printf "Message('"; repeat 'abcdefghij' 1000000; } | wrap >"$tmp/longunterminated.al"
check "10 MB unterminated text literal" "$tmp/longunterminated.al" 1 "unterminated text literal"

# --- deep nesting ----------------------------------------------------------
{ printf 'x := '; repeat '(' 100000; printf '1'; repeat ')' 100000; printf ';'; } | wrap >"$tmp/parens.al"
check "100,000 nested parentheses" "$tmp/parens.al" 1 "too deep"
{ repeat 'begin ' 100000; repeat 'end ' 100000; } | wrap >"$tmp/blocks.al"
check "100,000 nested begin/end" "$tmp/blocks.al" 1 "too deep"
{ repeat 'if x = 1 then ' 100000; printf 'x := 2;'; } | wrap >"$tmp/ifs.al"
check "100,000 nested ifs" "$tmp/ifs.al" 1 "too deep"
{ printf 'x := '; repeat 'not ' 100000; printf 'true;'; } | wrap >"$tmp/nots.al"
check "100,000 unary operators" "$tmp/nots.al" 1 "too deep"
{ printf 'x := '; repeat '[' 100000; printf '1'; repeat ']' 100000; printf ';'; } | wrap >"$tmp/lists.al"
check "100,000 nested list literals" "$tmp/lists.al" 1 "too deep"
{ printf 'x := a'; repeat '.b' 100000; printf ';'; } | wrap >"$tmp/members.al"
check "100,000 member accesses" "$tmp/members.al" 1 "nested too deeply"
{ printf 'table 1 T\n{\n'; repeat 'fields { ' 100000; repeat '} ' 100000; printf '}\n'; } >"$tmp/sections.al"
check "100,000 nested sections" "$tmp/sections.al" 1 "too deep"
{ printf 'x := 1;\n'; repeat '#if A\n' 100; repeat '#endif\n' 100; } | wrap >"$tmp/ppdeep.al"
check "#if nested 100 deep" "$tmp/ppdeep.al" 1 "nested too deeply"

# --- unterminated things at end of file ------------------------------------
printf "codeunit 1 A\n{\n    trigger OnRun()\n    begin\n        Message('abc" >"$tmp/eof-text.al"
check "text literal open at end of file" "$tmp/eof-text.al" 1 "unterminated text literal"
printf 'codeunit 1 A\n{\n /* never closed\n' >"$tmp/eof-comment.al"
check "comment open at end of file" "$tmp/eof-comment.al" 1 "unterminated comment"
printf 'codeunit 1 "A\n{\n}\n' >"$tmp/eof-qident.al"
check "quoted identifier open at line end" "$tmp/eof-qident.al" 1 "unterminated quoted identifier"
printf 'codeunit 1 A\n{\n#if X\n' >"$tmp/eof-if.al"
check "#if open at end of file" "$tmp/eof-if.al" 1 "#if without #endif"
printf 'codeunit 1 A\n{\n    trigger OnRun()\n    begin\n' >"$tmp/eof-block.al"
check "begin open at end of file" "$tmp/eof-block.al" 1 "unexpected end of file"

# --- degenerate but valid --------------------------------------------------
: >"$tmp/empty.al"
check "empty file" "$tmp/empty.al" 0 ""
printf '\xef\xbb\xbf' >"$tmp/bom.al"
check "byte order mark only" "$tmp/bom.al" 0 ""
printf '\n\n   \t\n// only a comment' >"$tmp/blank.al"
check "blank and comment only" "$tmp/blank.al" 0 ""

# --- the collector never frees a node still in use --------------------------
# Parse the whole corpus with a tiny heap that forces hundreds of collections
# mid-parse; the syntax trees must be identical to a normal run's.
n=$((n + 1))
corpus="$here/../corpus/valid"
"$alrun" check --syntax-only --dump-ast "$corpus" >"$tmp/dump-normal" 2>&1
GC_INITIAL_HEAP_SIZE=100000 GC_FREE_SPACE_DIVISOR=200 \
  "$alrun" check --syntax-only --dump-ast "$corpus" >"$tmp/dump-stress" 2>&1
if [ -s "$tmp/dump-normal" ] && cmp -s "$tmp/dump-normal" "$tmp/dump-stress"; then
  results+=("ok $n - syntax trees survive frequent garbage collections")
else
  results+=("not ok $n - syntax trees differ under frequent garbage collections")
fi

# The same for running AL: every tests/al program prints the same under a
# collector forced to run hundreds of times.
n=$((n + 1))
bad=""
for f in "$here"/../al/**/*.al; do
  read -r -a extra <<<"$(sed -n 's|^ *// args: *||p' "$f" | head -1)"
  "$alrun" run "${extra[@]}" "$f" >"$tmp/run-normal" 2>&1
  GC_INITIAL_HEAP_SIZE=100000 GC_FREE_SPACE_DIVISOR=200 \
    "$alrun" run "${extra[@]}" "$f" >"$tmp/run-stress" 2>&1
  cmp -s "$tmp/run-normal" "$tmp/run-stress" || bad="$bad $(basename "$f")"
done
if [ -z "$bad" ]; then results+=("ok $n - AL programs run the same under frequent garbage collections")
else results+=("not ok $n - AL programs differ under frequent garbage collections:$bad"); fi

# --- regression files (fuzzer reproducers) ---------------------------------
for f in "$here"/*.al; do
  n=$((n + 1))
  timeout 60 "$alrun" check --syntax-only "$f" >/dev/null 2>"$tmp/err"; rc=$?
  if [ $rc -le 1 ]; then results+=("ok $n - $(basename "$f")")
  else results+=("not ok $n - $(basename "$f") (exit $rc)"); fi
done

echo "1..$n"
printf '%s\n' "${results[@]}"
