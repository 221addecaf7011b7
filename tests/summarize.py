#!/usr/bin/env python3
"""tests/summarize.py LOG... — count test results from meson's testlog.json.

A TAP test (unit, golden, corpus, robust) counts each of its "ok"/"not ok"
lines — an "ok ... # SKIP" line is neither a pass nor a failure (it is
reported); any other test counts once.  A TAP test that crashed or timed out
counts one failure on top of its lines.  Prints per-log counts and, last,
the line CI reads:  N passed, N failed
"""
import json
import re
import sys

total_pass = total_fail = 0
for path in sys.argv[1:]:
    passed = failed = 0
    with open(path) as f:
        for line in f:
            t = json.loads(line)
            result = t.get("result", "")
            out = t.get("stdout") or ""
            tap = [l for l in out.splitlines() if re.match(r"^(not )?ok\b", l)]
            if t.get("protocol") == "tap" or tap:
                skip = [l for l in tap if l.startswith("ok") and re.search(r"#\s*SKIP", l, re.I)]
                p = sum(1 for l in tap if l.startswith("ok")) - len(skip)
                q = len(tap) - p - len(skip)
                passed += p
                failed += q
                for l in skip:
                    print(f"  {t['name']}: {l}")
                if result not in ("OK", "EXPECTEDFAIL", "SKIP") and q == 0:
                    failed += 1
                    print(f"  {path}: {t['name']}: {result}")
                for l in tap:
                    if l.startswith("not ok"):
                        print(f"  {t['name']}: {l}")
            elif result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result != "SKIP":
                failed += 1
                print(f"  {path}: {t['name']}: {result}")
    print(f"{path}: {passed} passed, {failed} failed")
    total_pass += passed
    total_fail += failed
print(f"{total_pass} passed, {total_fail} failed")
sys.exit(1 if total_fail else 0)
