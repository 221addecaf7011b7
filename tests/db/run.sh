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
echo "1..13"
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
# --data: rows before the run, from JSON and CSV
table "field(3; Stars; Integer) { } field(4; Due; Date) { } field(5; Price; Decimal) { }" >"$tmp/t.al"
cat >"$tmp/rows.json" <<'JSON'
{ "Note": [ {"Id": 1, "Body": "one \"quoted\"", "Due": "2024-01-31", "Price": "1,234.5"},
            {"Id": "2", "Body": "two", "Stars": 3, "Price": 0.25} ],
  "50300": [ {"1": 7, "2": "by number"} ] }
JSON
printf 'Id,Body,Stars\n10,"ten, with comma",1\n11,eleven,2\n' >"$tmp/Note.csv"
cu "N.FindSet(); repeat Message('%1|%2|%3|%4|%5', N.Id, N.Body, N.Stars, N.Due, N.Price); until N.Next() = 0;" >"$tmp/c.al"
check "--data loads JSON and CSV rows" \
  "$(printf '1|one "quoted"|0|01/31/24|1,234.5\n2|two|3||0.25\n7|by number|0||0\n10|ten, with comma|1||0\n11|eleven|2||0')" \
  "$("$alrun" run --data "$tmp/rows.json" --data "$tmp/Note.csv" "$tmp/t.al" "$tmp/c.al" 2>&1)"
printf 'Id,Stars\n1,lots\n' >"$tmp/Note.csv"
check "--data names the file, row and field of a bad value" \
  "alrun: $tmp/Note.csv: row 2: field \"Stars\": The value \"lots\" can't be evaluated into type Integer." \
  "$("$alrun" run --data "$tmp/Note.csv" "$tmp/t.al" "$tmp/c.al" 2>&1)"
printf 'Id,Colour\n1,red\n' >"$tmp/Note.csv"
check "--data: an unknown field" "alrun: $tmp/Note.csv: row 1: table \"Note\" has no field \"Colour\"" \
  "$("$alrun" run --data "$tmp/Note.csv" "$tmp/t.al" "$tmp/c.al" 2>&1)"
printf 'Id\n1\n1\n' >"$tmp/Note.csv"
check "--data: a duplicate key" "alrun: $tmp/Note.csv: row 3: a record with this primary key is already in table \"Note\"" \
  "$("$alrun" run --data "$tmp/Note.csv" "$tmp/t.al" "$tmp/c.al" 2>&1)"
echo '{ "Nope": [] }' >"$tmp/bad.json"
check "--data: an unknown table" "alrun: $tmp/bad.json: table \"Nope\" is not defined" \
  "$("$alrun" run --data "$tmp/bad.json" "$tmp/t.al" "$tmp/c.al" 2>&1)"
cu "Message('%1', N.Count());" >"$tmp/c.al"
printf 'Id\n5\n' >"$tmp/Note.csv"
check "--data works for a read-only run" "1" "$("$alrun" run --read-only --data "$tmp/Note.csv" "$tmp/t.al" "$tmp/c.al" 2>&1)"
exit $failed
