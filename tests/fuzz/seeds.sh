#!/usr/bin/env bash
# tests/fuzz/seeds.sh OUTDIR — builds the fuzzer's seed corpus.
#
# Copies every tests/corpus/valid/*.al, tests/corpus/invalid/*.al,
# tests/robust/*.al (earlier reproducers) and samples/**/*.al into OUTDIR,
# flattened to one folder; names keep their origin (valid--foo.al,
# samples--app--src--bar.al) so files with the same name do not collide.
# Adds five generated deep-nesting inputs (gen--deep-*.al).  Prints how
# many files it wrote.  See docs/fuzzing.md.
set -eu
shopt -s nullglob globstar
if [ $# -ne 1 ]; then echo "usage: $0 OUTDIR" >&2; exit 2; fi
out=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
n=0
for f in "$root"/tests/corpus/valid/*.al "$root"/tests/corpus/invalid/*.al \
         "$root"/tests/robust/*.al "$root"/samples/**/*.al; do
  [ -f "$f" ] || continue
  rel=${f#"$root"/}
  rel=${rel#tests/corpus/}
  rel=${rel#tests/}
  cp -- "$f" "$out/${rel//\//--}"
  n=$((n + 1))
done

# A few generated deep-nesting inputs: the fuzzer rarely builds nesting deep
# enough to grow bison's stack (past 200 states) or hit the depth limits.
wrap() { printf 'codeunit 50100 R\n{\n    trigger OnRun()\n    var\n        x: Integer;\n    begin\n'; cat; printf '\n    end;\n}\n'; }
rep() { local i; for ((i = 0; i < $2; i++)); do printf '%b' "$1"; done; }
{ rep 'begin ' 300; rep 'end; ' 300; } | wrap >"$out/gen--deep-begin.al"
{ printf 'x := '; rep '(' 2100; printf '1'; rep ')' 2100; printf ';'; } | wrap >"$out/gen--deep-parens.al"
{ rep 'if x = 1 then ' 300; printf 'x := 2;'; } | wrap >"$out/gen--deep-if.al"
{ printf 'x := a'; rep '.b' 2100; printf ';'; } | wrap >"$out/gen--deep-members.al"
{ printf 'x := 1;\n'; rep '#if A\n' 40; rep '#endif\n' 40; } | wrap >"$out/gen--deep-pp.al"
n=$((n + 5))
echo "seeds.sh: $n files in $out"
