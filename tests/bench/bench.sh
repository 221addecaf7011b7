#!/usr/bin/env bash
# tests/bench/bench.sh PARSE_BENCH GEN_AL DIR [LINES] — the meson benchmark.
# Writes the generated AL project into DIR on first use (or when gen_al.py
# changed), then runs parse_bench on it.  Kept out of `ninja all` so a normal
# build never spends time or disk on benchmark input.
set -eu
bench=$1 gen=$2 dir=$3 lines=${4:-1000000}
stamp=$dir/.stamp-$lines
if [ ! -f "$stamp" ] || [ "$gen" -nt "$stamp" ]; then
  rm -f "$dir"/.stamp-*
  python3 "$gen" --lines "$lines" --out "$dir" --stamp "$stamp" >&2
fi
exec "$bench" "$dir"
