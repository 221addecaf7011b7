# tests/golden/verdict.sh — sourced by the golden-file runners
# (tests/golden/run.sh, tests/explore/run.sh).
#
# golden_verdict N NAME BASE TMP UPDATE: a case has run and left its output
# in TMP/stdout, TMP/stderr and TMP/status; compare them with BASE.stdout,
# BASE.stderr and BASE.status (a missing file means empty, and status 0)
# and print the TAP line, with the differences under a failure.  With
# UPDATE = --update the expected files are rewritten first (then review
# the diff!).  Returns 1 when the case failed.
golden_verdict() {
  local n=$1 name=$2 base=$3 tmp=$4 update=$5 ok=1 k want
  if [ "$update" = --update ]; then
    cp "$tmp/stdout" "$base.stdout"; cp "$tmp/stderr" "$base.stderr"; cp "$tmp/status" "$base.status"
    for k in stdout stderr; do [ -s "$base.$k" ] || rm -f "$base.$k"; done
    [ "$(cat "$base.status")" = 0 ] && rm -f "$base.status"
  fi
  for k in stdout stderr status; do
    want="$base.$k"
    if [ ! -f "$want" ]; then
      want=$tmp/empty; : >"$want"
      [ $k = status ] && echo 0 >"$want"
    fi
    if ! diff -u "$want" "$tmp/$k" >"$tmp/diff"; then
      [ $ok = 1 ] && echo "not ok $n - $name"
      ok=0
      echo "# $k differs:"; sed 's/^/# /' "$tmp/diff" | head -60
    fi
  done
  [ $ok = 1 ] && echo "ok $n - $name"
  [ $ok = 1 ]
}
