#!/usr/bin/env bash
# tests/testrun/run.sh ALRUN — `alrun test` itself (TAP): the lines it
# prints (times replaced by "N ms") for runner.al (the runner, dialog
# handlers), handlers.al (page and notification handlers), testrunner.al
# (a TestRunner codeunit), transactions.al and events.al (bindings in
# tests), its exit status, isolation modes, --filter, a progress line only at a terminal, and JUnit files that
# validate against the JUnit schema (junit.xsd).
set -u
alrun=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
check() {  # check NAME EXPECTED ACTUAL
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok $n - $1"
  else echo "not ok $n - $1"; diff <(echo "$2") <(echo "$3") | sed 's/^/# /'; failed=1; fi
}
norm() { sed 's/([0-9]* ms)/(N ms)/'; }
echo "1..16"
out=$("$alrun" test "$here/runner.al" 2>&1 | norm)
check "every test runs and reports; failures carry the text and the AL call stack" "$(cat "$here/runner.expected")" "$out"
"$alrun" test "$here/runner.al" >/dev/null 2>&1
check "exit status 1 when a test failed" 1 $?
out=$("$alrun" test --isolation function --filter '*Sees*' "$here/runner.al" 2>&1 | norm | head -2)
check "--isolation function: the next test does not see the last one's rows" \
  "$(printf 'FAIL  Codeunit 50700 "Widget Tests"  SeesNoWidgetFromTheOtherTestWithFunctionIsolation  (N ms)\n      Unhandled UI: Message widgets: 0, setups: 100')" "$out"
out=$("$alrun" test --filter 'Widget Tests::Asserterror*' "$here/runner.al" 2>&1 | norm)
check "--filter runs the matching tests only" "$(printf 'PASS  Codeunit 50700 "Widget Tests"  AssertErrorWorks  (N ms)\n1 passed, 0 failed')" "$out"
"$alrun" test --junit "$tmp/j.xml" "$here/runner.al" >/dev/null 2>&1
out=$(python3 - "$tmp/j.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
s = r.find("testsuite")
print(r.tag, r.get("tests"), r.get("failures"), s.get("name"), len(s.findall("testcase")), len(s.findall("testcase/failure")))
PY
)
check "--junit writes JUnit XML with one testsuite per codeunit" "testsuites 7 4 Widget Tests 7 4" "$out"
out=$("$alrun" test "$here/testrunner.al" 2>&1 | norm)
check "a TestRunner codeunit drives the run: OnBeforeTestRun/OnAfterTestRun, skipping, TestIsolation" "$(cat "$here/testrunner.expected")" "$out"
"$alrun" test --junit "$tmp/r.xml" "$here/testrunner.al" >/dev/null 2>&1
out=$(python3 - "$tmp/r.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
print(r.get("tests"), r.get("failures"), r.get("skipped"), [s.get("name") for s in r.findall("testsuite")], len(r.findall(".//skipped")))
PY
)
check "--junit marks the tests a runner skipped" "5 1 1 ['Gadget Tests', 'Gadget Tests 2'] 1" "$out"
out=$(for i in codeunit disabled function; do echo "== --isolation $i"; "$alrun" test --isolation $i "$here/transactions.al" 2>&1 | norm; done)
check "AutoRollback undoes a test's changes and refuses Commit; asserterror rolls back to the last commit" "$(cat "$here/transactions.expected")" "$out"
# the schema CI tools read (junit.xsd); xmllint is libxml2-utils, which .ci/run installs
out=$(xmllint --noout --schema "$here/junit.xsd" "$tmp/j.xml" "$tmp/r.xml" 2>&1)
check "the JUnit files validate against the JUnit schema" "$(printf '%s validates\n%s validates' "$tmp/j.xml" "$tmp/r.xml")" "$out"
out=$("$alrun" test "$here/handlers.al" 2>&1 | norm)
check "page, modal page and notification handlers; traps; unhandled UI and handlers not executed" "$(cat "$here/handlers.expected")" "$out"
out=$("$alrun" test --filter '*Trap*' "$here/handlers.al" 2>&1 | norm)
check "TestPage.Trap() under alrun test" "$(printf 'PASS  Codeunit 50712 "Handler Tests"  TrapComesBeforeTheHandler  (N ms)\nPASS  Codeunit 50712 "Handler Tests"  TrapWithoutHandlers  (N ms)\n2 passed, 0 failed')" "$out"
out=$("$alrun" test "$here/dialog_texts.al" 2>&1 | norm | tail -1)
check "a handler gets Option, Enum and Action values by name" "2 passed, 0 failed" "$out"
printf 'codeunit 50701 Nothing { Subtype = Test; }\n' >"$tmp/none.al"
printf 'codeunit 50702 OnlyOnRun { Subtype = Test; trigger OnRun() begin Error(%s); end; }\n' "'OnRun ran'" >"$tmp/onrun.al"
check "a test codeunit with only an OnRun runs it" "$(printf 'FAIL  Codeunit 50702 "OnlyOnRun"  OnRun\n      OnRun ran\n        "OnlyOnRun"(CodeUnit 50702).OnRun line 1\n0 passed, 1 failed')" "$("$alrun" test "$tmp/onrun.al" 2>&1)"
check "no tests: 0 passed, 0 failed" "0 passed, 0 failed" "$("$alrun" test "$tmp/none.al" 2>&1)"
# the progress line goes to a terminal only: under script(1) stderr is one
out=$("$alrun" test "$here/events.al" 2>&1 | norm)
check "events in tests: a mock bound in a test reaches the page; a local binding ends with its test, a global's stays" \
  "$(printf 'PASS  Codeunit 50742 "Ev Rate Tests"  %s  (N ms)\n' MockedRateReachesThePage TheLastTestsBindingHasEnded BindAGlobal TheGlobalIsStillBound; echo '4 passed, 0 failed')" "$out"
out=$(script -qec "$alrun test $here/runner.al" /dev/null 2>&1 | tr -d '\r' | grep -c $'\033\[K')
check "at a terminal the result lines erase the progress line" 1 "$([ "$out" -gt 0 ] && echo 1 || echo 0)"
exit $failed
