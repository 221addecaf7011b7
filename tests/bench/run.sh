#!/usr/bin/env bash
# tests/bench/run.sh [BUILD_DIR] [LINES] — alrun's parser next to a peer.
#
# Generates (once, under $ALRUN_BENCH_DIR, default /tmp/alrun-bench; never
# inside the repository) a Base App-like AL project of LINES lines (default
# 1,000,000) and one Lua file of the same size and density, then times:
#   wc -l                          the I/O floor: read every byte, count '\n'
#   parse_bench                    in-process, lexing only and full parsing
#   alrun check --syntax-only      end to end (process start, reading, parsing)
#   luac5.4 -p                     Lua 5.4's parser, the peer
# Wall times are the best of $ALRUN_BENCH_RUNS runs (default 5; bash `time`,
# after a warm-up run so every input is in the page cache); parse_bench takes
# its own best of as many.  Run it on an otherwise idle machine: on a small
# VM other busy processes, and the host's, show in every number.
# Prints one table.  Needs python3 and BUILD_DIR (default: build) built;
# luac5.4 comes from Debian's lua5.4 package (apt-get install lua5.4).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
lines=${2:-1000000}
work=${ALRUN_BENCH_DIR:-/tmp/alrun-bench}
case $(cd "$(dirname "$work")" 2>/dev/null && pwd)/ in
  "$root"/*) echo "run.sh: $work is inside the repository; use a folder outside it" >&2; exit 2 ;;
esac

alrun=$build/alrun
bench=$build/tests/bench/parse_bench
for f in "$alrun" "$bench"; do
  [ -x "$f" ] || { echo "run.sh: $f not found; build first (meson compile -C $build)" >&2; exit 2; }
done

al=$work/al-$lines
lua=$work/peer-$lines.lua
mkdir -p "$work"
if [ ! -f "$al/.stamp" ] || [ "$here/gen_al.py" -nt "$al/.stamp" ]; then
  rm -f "$al/.stamp"
  python3 "$here/gen_al.py" --lines "$lines" --out "$al" --stamp "$al/.stamp"
fi
if [ ! -f "$lua" ] || [ "$here/gen_al.py" -nt "$lua" ]; then
  python3 "$here/gen_al.py" --lines "$lines" --lua "$lua"
fi

mapfile -d '' al_files < <(find "$al" -name '*.al' -print0 | sort -z)
al_lines=$(cat "${al_files[@]}" | wc -l)
al_bytes=$(cat "${al_files[@]}" | wc -c)
lua_lines=$(wc -l < "$lua")
lua_bytes=$(wc -c < "$lua")

runs=${ALRUN_BENCH_RUNS:-5}

# best_of CMD... — prints the least wall time of $runs runs, in seconds.
# A first untimed run warms the page cache.
best_of() {
  local best="" t i
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    t=$( { TIMEFORMAT=%R; time "$@" >/dev/null 2>&1; } 2>&1 ) || true
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$t; fi
  done
  echo "$best"
}

# The AL input must parse cleanly, or the times would not measure a full parse.
check_out=$("$alrun" check --syntax-only "$al" 2>&1 | tail -1) || true
case $check_out in
  *", 0 errors") ;;
  *) echo "run.sh: alrun check reports errors on the generated project: $check_out" >&2; exit 1 ;;
esac

echo "run.sh: measuring (this takes about a minute for 1 M lines)..." >&2
t_wc_al=$(best_of wc -l "${al_files[@]}")
t_wc_lua=$(best_of wc -l "$lua")
t_check=$(best_of "$alrun" check --syntax-only "$al")
# The collector may mark on a second thread; pinned to one CPU, everything
# (marker threads included) shares one core: the honest "one core" figure.
t_pinned=
if command -v taskset >/dev/null 2>&1; then
  t_pinned=$(best_of taskset -c "${ALRUN_BENCH_CPU:-0}" "$alrun" check --syntax-only "$al")
fi
pb=$("$bench" --runs "$runs" "$al")
pb_field() { printf '%s\n' "$pb" | awk -v m="$1" -v k="$2" '$1 == m { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }'; }
t_lex=$(pb_field lex-only seconds)
t_parse=$(pb_field full-parse seconds)

have_luac=1
command -v luac5.4 >/dev/null 2>&1 || have_luac=0
if [ $have_luac = 1 ]; then
  luac5.4 -p "$lua" || { echo "run.sh: luac5.4 rejects the generated Lua" >&2; exit 1; }
  t_luac=$(best_of luac5.4 -p "$lua")
else
  echo "run.sh: luac5.4 not found (apt-get install lua5.4); the peer row is skipped" >&2
fi

row() {  # label lines bytes seconds
  awk -v l="$1" -v n="$2" -v b="$3" -v t="$4" 'BEGIN {
    if (t <= 0) t = 0.0005
    printf "%-38s %9d %7.1f %8.3f %12.0f %8.1f\n", l, n, b / 1e6, t, n / t, b / t / 1e6 }'
}

echo
echo "alrun parser benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "AL:  $al (${#al_files[@]} files); Lua: $lua; best of $runs runs"
echo
printf "%-38s %9s %7s %8s %12s %8s\n" "what" "lines" "MB" "seconds" "lines/s" "MB/s"
row "wc -l, AL files (I/O floor)" "$al_lines" "$al_bytes" "$t_wc_al"
row "alrun lex only, in-process" "$al_lines" "$al_bytes" "$t_lex"
row "alrun full parse, in-process" "$al_lines" "$al_bytes" "$t_parse"
row "alrun check --syntax-only, end to end" "$al_lines" "$al_bytes" "$t_check"
[ -n "$t_pinned" ] && row "  the same, pinned to one CPU" "$al_lines" "$al_bytes" "$t_pinned"
row "wc -l, Lua file (I/O floor)" "$lua_lines" "$lua_bytes" "$t_wc_lua"
if [ $have_luac = 1 ]; then
  row "luac5.4 -p, end to end" "$lua_lines" "$lua_bytes" "$t_luac"
  echo
  awk -v al="$al_lines" -v lu="$lua_lines" -v c="$t_check" -v p="$t_parse" -v q="$t_luac" 'BEGIN {
    printf "ratio alrun/luac (lines/s): check end to end %.2f, full parse in-process %.2f\n", (al / c) / (lu / q), (al / p) / (lu / q) }'
fi
awk -v al="$al_lines" -v c="$t_check" 'BEGIN {
  r = al / c
  printf "target 1,000,000 lines/s for alrun check --syntax-only: %s (%.0f lines/s)\n", (r >= 1e6 ? "met" : "NOT met"), r }'
echo
echo "parse_bench output:"
printf '%s\n' "$pb" | sed 's/^/  /'
