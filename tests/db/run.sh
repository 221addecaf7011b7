#!/usr/bin/env bash
# tests/db/run.sh ALRUN — the record store across runs (TAP): --db keeps
# committed rows, an unhandled error rolls back what was not committed, a
# table definition that would lose data is refused, a new field is added.
set -u
alrun=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
check() {   # check NAME EXPECTED ACTUAL
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok $n - $1"
  else echo "not ok $n - $1"; echo "# expected: $2"; echo "# actual:   $3"; failed=1; fi
}
table() {   # table EXTRA-FIELD-LINE
  cat <<AL
table 50300 Note
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Body; Text[50]) { }
        $1
    }
    keys { key(PK; Id) { } }
}
AL
}
cu() {      # cu BODY
  cat <<AL
codeunit 50300 Job
{
    trigger OnRun()
    var
        N: Record Note;
    begin
        $1
    end;
}
AL
}
echo "1..7"
db=$tmp/company.db
table "" >"$tmp/t.al"
cu "N.Id := 1; N.Body := 'first'; N.Insert(); Message('%1', N.Count());" >"$tmp/c.al"
check "first run inserts" "1" "$("$alrun" run --db "$db" "$tmp/t.al" "$tmp/c.al" 2>&1)"
cu "N.Id := 2; N.Insert(); Message('%1', N.Count());" >"$tmp/c.al"
check "second run sees the first run's row" "2" "$("$alrun" run --db "$db" "$tmp/t.al" "$tmp/c.al" 2>&1)"
cu "N.Id := 3; N.Insert(); Commit(); N.Id := 4; N.Insert(); Error('boom');" >"$tmp/c.al"
"$alrun" run --db "$db" "$tmp/t.al" "$tmp/c.al" >/dev/null 2>&1
check "an error exits 1" "1" "$?"
cu "Message('%1', N.Count());" >"$tmp/c.al"
check "the committed row stays, the uncommitted one is rolled back" "3" "$("$alrun" run --db "$db" "$tmp/t.al" "$tmp/c.al" 2>&1)"
table "field(3; Stars; Integer) { InitValue = 5; }" >"$tmp/t.al"
cu "N.Get(1); Message('%1 %2 %3', N.Body, N.Stars, N.Count());" >"$tmp/c.al"
check "a new field is added to the stored table" "first 0 3" "$("$alrun" run --db "$db" "$tmp/t.al" "$tmp/c.al" 2>&1)"
table "" >"$tmp/t.al"
cu "Message('%1', N.Count());" >"$tmp/c.al"
out=$("$alrun" run --db "$db" "$tmp/t.al" "$tmp/c.al" 2>&1)
check "dropping a stored field is refused" \
  "alrun: table \"Note\" in the database has a field \"Stars\" that its definition no longer has; alrun will not drop it (its data would be lost)" "$out"
table "field(3; Stars; Integer) { }" >"$tmp/t.al"
check "without --db every run starts empty" "0" "$("$alrun" run "$tmp/t.al" "$tmp/c.al" 2>&1)"
exit $failed
