#!/usr/bin/env bash
# tests/bench/interp/run.sh [BUILD] [NAME...] — alrun's interpreter next to
# Lua 5.4 and CPython 3 doing the same work.
#
# BUILD is a build folder (default: build) or the alrun executable itself.
# Every NAME.al here has twins NAME.lua and NAME.py that do the same work on
# the same data and print the same one checksum line:
#   fib           recursive fib(30), about 1.35 M calls
#   loop          the sum of 1..10^7 (into a BigInteger in AL)
#   text_builder  10^5 TextBuilder.Append (Lua: table + table.concat;
#                 Python: list + ''.join)
#   text_concat   10^5 += on a Text (Lua: s = s .. x; Python: s += x)
#   dict          10^6 inserts into a Dictionary of [Integer, Integer], then
#                 10^6 lookups in another order
#   sort          the same recursive quicksort of 100,000 Integers from the
#                 same generator (AL has no List.Sort)
# NAMEs pick some of them (default: all).  Each program is run once first and
# its output and exit status checked against its twins (any difference stops
# the script); then each is timed, wall clock, best of $ALRUN_BENCH_RUNS runs
# (default 3), the three of a pair taking turns.  Start-up: `alrun run
# hello.al` (a one-line codeunit) and `alrun --version` (the process floor),
# best of $ALRUN_BENCH_STARTUP_RUNS (default 20), with `lua5.4 -e ''` and
# `python3 -c ''` for reference.
#
# Targets (the issue): fib and loop within 1.5x Lua 5.4; nothing slower than
# CPython; start-up under 5 ms.  Prints one table.  Outputs go to a temporary
# folder under $ALRUN_BENCH_DIR (default /tmp/alrun-bench), never into the
# repository.  lua5.4 is installed with apt-get when missing (Debian package
# lua5.4); Python is /usr/bin/python3 (Debian's python3) when it exists,
# else python3 from PATH, or $ALRUN_BENCH_PYTHON.  Run it on an otherwise
# idle machine: other load shows in every number.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-build}
[ $# -gt 0 ] && shift
case $build in /*) ;; *) build=$PWD/$build ;; esac
if [ -d "$build" ]; then alrun=$build/alrun; else alrun=$build; fi
[ -x "$alrun" ] || { echo "run.sh: $alrun not found; build first (meson compile -C build)" >&2; exit 2; }
alrun=$(cd "$(dirname "$alrun")" && pwd)/$(basename "$alrun")

names=("$@")
if [ ${#names[@]} -eq 0 ]; then names=(fib loop text_builder text_concat dict sort); fi
for n in "${names[@]}"; do
  for x in al lua py; do
    [ -f "$here/$n.$x" ] || { echo "run.sh: no benchmark $here/$n.$x" >&2; exit 2; }
  done
done

if ! command -v lua5.4 >/dev/null 2>&1; then
  echo "run.sh: lua5.4 not found; installing Debian's lua5.4" >&2
  if [ "$(id -u)" = 0 ]; then
    { apt-get install -y -q lua5.4 || { apt-get update -q && apt-get install -y -q lua5.4; }; } >&2
  else
    { sudo apt-get install -y -q lua5.4 || { sudo apt-get update -q && sudo apt-get install -y -q lua5.4; }; } >&2
  fi
fi
lua=$(command -v lua5.4) || { echo "run.sh: could not install lua5.4" >&2; exit 2; }
if [ -n "${ALRUN_BENCH_PYTHON:-}" ]; then python=$ALRUN_BENCH_PYTHON
elif [ -x /usr/bin/python3 ]; then python=/usr/bin/python3
else python=$(command -v python3) || { echo "run.sh: python3 not found (apt-get install python3)" >&2; exit 2; }
fi

base=${ALRUN_BENCH_DIR:-/tmp/alrun-bench}
case $(cd "$(dirname "$base")" 2>/dev/null && pwd)/$(basename "$base")/ in
  "$root"/*) echo "run.sh: $base is inside the repository; use a folder outside it" >&2; exit 2 ;;
esac
mkdir -p "$base"
work=$(mktemp -d "$base/interp.XXXXXX")
trap 'rm -rf "$work"' EXIT

runs=${ALRUN_BENCH_RUNS:-3}
startup_runs=${ALRUN_BENCH_STARTUP_RUNS:-20}

# wall CMD... — runs CMD (output discarded) and prints its wall time in
# seconds, from bash's microsecond clock; fails if CMD fails.
wall() {
  local t0 t1
  t0=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || return 1
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
}

# best_of N CMD... — the least wall time of N runs, in seconds.
best_of() {
  local n=$1 best="" t i
  shift
  for ((i = 0; i < n; i++)); do
    t=$(wall "$@") || { echo "run.sh: failed: $*" >&2; return 1; }
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
  done
  echo "$best"
}

# least A B — the smaller of two times (A may be empty).
least() {
  if [ -z "$1" ] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi
}

# The three programs of a pair must succeed and print the same thing; this
# run also warms the page cache.
check() {  # name
  local n=$1 x
  "$alrun" run "$here/$n.al" >"$work/$n.al.out" 2>"$work/$n.al.err" ||
    { echo "run.sh: alrun run $n.al failed:" >&2; cat "$work/$n.al.err" >&2; exit 1; }
  [ -s "$work/$n.al.err" ] && { echo "run.sh: alrun run $n.al wrote to stderr:" >&2; cat "$work/$n.al.err" >&2; exit 1; }
  "$lua" "$here/$n.lua" >"$work/$n.lua.out" || { echo "run.sh: lua5.4 $n.lua failed" >&2; exit 1; }
  "$python" "$here/$n.py" >"$work/$n.py.out" || { echo "run.sh: python3 $n.py failed" >&2; exit 1; }
  for x in lua py; do
    if ! cmp -s "$work/$n.al.out" "$work/$n.$x.out"; then
      echo "run.sh: $n: the outputs of $n.al and $n.$x differ:" >&2
      diff "$work/$n.al.out" "$work/$n.$x.out" >&2 || true
      exit 1
    fi
  done
}

echo "run.sh: checking outputs and timing (best of $runs; about a minute)..." >&2
# The three of a pair take turns (alrun, lua, python, alrun, ...), so that a
# burst of other load on the machine hits all three alike.
declare -A t_al t_lua t_py out
for n in "${names[@]}"; do
  check "$n"
  out[$n]=$(cat "$work/$n.al.out")
  t_al[$n]="" t_lua[$n]="" t_py[$n]=""
  for ((r = 0; r < runs; r++)); do
    t_al[$n]=$(least "${t_al[$n]}" "$(best_of 1 "$alrun" run "$here/$n.al")")
    t_lua[$n]=$(least "${t_lua[$n]}" "$(best_of 1 "$lua" "$here/$n.lua")")
    t_py[$n]=$(least "${t_py[$n]}" "$(best_of 1 "$python" "$here/$n.py")")
  done
done

hello_out=$("$alrun" run "$here/hello.al")
[ "$hello_out" = hello ] || { echo "run.sh: alrun run hello.al printed '$hello_out'" >&2; exit 1; }
"$alrun" --version >/dev/null
t_hello=$(best_of "$startup_runs" "$alrun" run "$here/hello.al")
t_version=$(best_of "$startup_runs" "$alrun" --version)
t_lua0=$(best_of "$startup_runs" "$lua" -e '')
t_py0=$(best_of "$startup_runs" "$python" -c '')

echo
echo "alrun interpreter benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "alrun: $alrun ($("$alrun" --version | head -1)); $("$lua" -v 2>&1 | cut -d' ' -f1-2); $("$python" --version 2>&1) ($python)"
echo "wall seconds, best of $runs runs; start-up best of $startup_runs"
echo
fmt="%-13s %8s %8s %8s %9s %9s  %-22s %s\n"
# shellcheck disable=SC2059  # one format for the header and the rows
printf "$fmt" benchmark "alrun s" "lua s" "python s" alrun/lua alrun/py target holds
met_all=1
for n in "${names[@]}"; do
  case $n in
    fib | loop) target="<= 1.5x lua, <= 1x py"; lmax=1.5 ;;
    *) target="<= 1x py"; lmax=0 ;;
  esac
  line=$(awk -v n="$n" -v a="${t_al[$n]}" -v l="${t_lua[$n]}" -v p="${t_py[$n]}" -v lmax="$lmax" -v tg="$target" -v f="$fmt" 'BEGIN {
    rl = a / l; rp = a / p
    ok = (rp <= 1) && (lmax == 0 || rl <= lmax)
    printf f, n, sprintf("%.3f", a), sprintf("%.3f", l), sprintf("%.3f", p), sprintf("%.2f", rl), sprintf("%.2f", rp), tg, (ok ? "yes" : "NO") }')
  printf '%s\n' "$line"
  case $line in *" NO") met_all=0 ;; esac
done
echo
awk -v h="$t_hello" -v v="$t_version" -v l="$t_lua0" -v p="$t_py0" 'BEGIN {
  printf "start-up: alrun run hello.al %.2f ms (target < 5 ms: %s); alrun --version %.2f ms (process floor)\n", h * 1000, (h < 0.005 ? "yes" : "NO"), v * 1000
  printf "          for reference: lua5.4 -e %s %.2f ms; python3 -c %s %.2f ms\n", "\047\047", l * 1000, "\047\047", p * 1000 }'
awk -v h="$t_hello" 'BEGIN { exit !(h >= 0.005) }' && met_all=0
echo "all targets met: $([ $met_all = 1 ] && echo yes || echo no)"
echo
echo "checksums (identical for alrun, lua5.4 and python3):"
for n in "${names[@]}"; do printf '  %-13s %s\n' "$n" "${out[$n]}"; done
