#!/usr/bin/env python3
"""tests/al/coverage.py [ALRUN] — which builtins, statements and operators
the AL golden tests (tests/al/**/*.al) never use.  Run by hand:

    python3 tests/al/coverage.py build/alrun          # summary + gaps
    python3 tests/al/coverage.py build/alrun -v       # every item and its files

What is counted, each read from the source so the list cannot go stale:
  * builtins: every entry of every table in stdlib/lib_*.c (name, signature,
    receiver type: global, Text, TextBuilder, List, Dictionary, Enum,
    Variant ...) and each of its arities (an optional parameter passed and
    not passed); an entry flagged AL_BF_TRY also in both forms, its result
    used (`if not Evaluate(...)`) and not used (`Evaluate(...);`);
  * statements: every statement kind of grammar/ast_kinds.def, split into
    its forms (for / for-downto, exit / exit(value), if / if-else, case /
    case-else, := += -= *= /= ...);
  * operators: every operator of grammar/ast.c's op_names.
A test file is read through `alrun check --dump-ast`, so calls are found in
the syntax tree (not by grepping); a method's receiver type comes from the
declarations (locals, parameters, globals) or from the builtin whose result
it is.  Exit status 1 when something is not covered, so the script can guard
a CI step later.
"""
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

RECEIVERS = {"AL_TY_NONE": "global", "AL_TY_TEXT": "Text", "AL_TY_TEXTBUILDER": "TextBuilder",
             "AL_TY_LIST": "List", "AL_TY_DICT": "Dictionary", "AL_TY_ENUM": "Enum",
             "AL_TY_VARIANT": "Variant", "AL_TY_RECORD": "Record", "AL_TY_CODEUNIT": "Codeunit",
             "AL_TY_PAGE": "Page", "AL_TY_NOTIFICATION": "Notification", "AL_TY_RECORDID": "RecordId",
             "AL_TY_RECORDREF": "RecordRef", "AL_TY_FIELDREF": "FieldRef", "AL_TY_KEYREF": "KeyRef",
             "AL_TY_TESTPAGE": "TestPage"}

# A TestPage's members are the page's controls: `TP.Name.Value` is a field's
# method, `TP.Post.Invoke` an action's, `TP.Lines.Name` a part's field.  The
# control names of every page in the files read (page layout and actions)
# tell which; `OK`, `Cancel` ... are system actions and `Filter` the filter.
PAGE_FIELDS, PAGE_ACTIONS, PAGE_PARTS = set(), set(), set()
SYSTEM_ACTIONS = {"ok", "cancel", "yes", "no", "edit", "view"}

# Forms that cannot be written in AL that alrun runs today, with the reason.
EXEMPT = {
}


# ------------------------------------------------------------ the tables

class Builtin:
    def __init__(self, recv, name, sig, flags, table):
        self.recv, self.name, self.sig, self.flags, self.table = recv, name, sig, flags, table
        params = sig.split(":")[0]
        self.result = sig.split(":")[1] if ":" in sig else "-"
        self.star = "*" in params
        letters = [c for c in params if c not in "|&*"]
        req = params.split("|")[0]
        self.min = len([c for c in req if c not in "&*"])
        self.max = len(letters)
        self.try_ = "AL_BF_TRY" in flags
        self.arities = defaultdict(set)      # arity -> files
        self.used = defaultdict(set)         # 'used'/'unused' -> files

    def accepts(self, n):
        return n >= self.min and (self.star or n <= self.max)

    def label(self):
        where = "" if self.recv == "global" else self.recv + "."
        return f"{where}{self.name}({self.sig})"

    def forms(self):
        """(key, description) of every form a test should use."""
        out = []
        for n in range(self.min, self.max + 1):
            if self.min == self.max and not self.star:
                out.append((("arity", n), None))
            else:
                out.append((("arity", n), f"{n}{'+' if self.star and n == self.max else ''} argument{'s' if n != 1 else ''}"))
        if self.try_:
            out.append((("used",), "result used ([Ok :=] form)"))
            out.append((("unused",), "result not used (error raised)"))
        return out

    def covered(self, key):
        if key[0] == "arity":
            n = key[1]
            if self.star and n == self.max:
                return any(a >= n for a in self.arities)
            return n in self.arities
        return bool(self.used[key[0]])


def read_tables():
    builtins = []
    for fn in sorted(os.listdir(os.path.join(ROOT, "stdlib"))):
        if not fn.endswith(".c"):
            continue
        src = open(os.path.join(ROOT, "stdlib", fn)).read()
        bind = {m.group(2): RECEIVERS.get(m.group(1), m.group(1))
                for m in re.finditer(r"const al_builtin_lib \w+ = \{(AL_TY_\w+), (\w+)\}", src)}
        for m in re.finditer(r"static const al_builtin (\w+)\[\] = \{(.*?)\n\};", src, re.S):
            recv = bind.get(m.group(1), "?")
            for e in re.finditer(r'\{"([^"]+)", "([^"]*)", \w+, ([^,]+),', m.group(2)):
                builtins.append(Builtin(recv, e.group(1), e.group(2), e.group(3), f"{fn}:{m.group(1)}"))
    return builtins


def statement_kinds():
    src = open(os.path.join(ROOT, "grammar", "ast_kinds.def")).read()
    section = src.split("/* statements */")[1].split("/* expressions */")[0]
    return re.findall(r"X\((\w+),", section)


def operators():
    src = open(os.path.join(ROOT, "grammar", "ast.c")).read()
    return [n for n in re.findall(r'\[AL_OP_\w+\] = "([^"]+)"', src) if n != "?"]


# The forms of each statement kind (AST kind -> [(form, description)]).
STMT_FORMS = {
    "BLOCK": [("begin", "begin ... end")],
    "ASSIGN": [(op, f"assignment {op}") for op in (":=", "+=", "-=", "*=", "/=")],
    "EXPR_STMT": [("call-stmt", "a call as a statement")],
    "IF": [("if", "if ... then"), ("if-else", "if ... then ... else")],
    "CASE": [("case", "case ... of"), ("case-else", "case ... else")],
    "CASE_BRANCH": [("when-1", "case branch with one value"), ("when-n", "case branch with several values"),
                    ("when-range", "case branch with a range a..b")],
    "WHILE": [("while", "while ... do")],
    "REPEAT": [("repeat", "repeat ... until")],
    "FOR": [("for", "for ... to"), ("for-downto", "for ... downto")],
    "FOREACH": [("foreach-list", "foreach over a List"), ("foreach-other", "foreach over a Text or Dictionary method result")],
    "EXIT": [("exit", "exit without a value"), ("exit-value", "exit(value)")],
    "BREAK": [("break", "break")],
    "CONTINUE": [("continue", "continue")],
    "ASSERTERROR": [("asserterror", "asserterror statement")],
    "WITH": [("with", "with ... do")],
}


# ------------------------------------------------------------ s-expressions

TOKEN = re.compile(r"""\s*(?:(\()|(\))|('(?:[^']|'')*')|("(?:[^"]|"")*")|([^\s()'"]+))""")


def parse_sexpr(text):
    stack, cur = [], []
    pos = 0
    while True:
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):
            stack.append(cur)
            cur = []
        elif m.group(2):
            done = cur
            cur = stack.pop()
            cur.append(done)
        elif m.group(3):
            cur.append(("text", m.group(3)[1:-1].replace("''", "'")))
        elif m.group(4):
            cur.append(("name", m.group(4)[1:-1]))
        else:
            cur.append(m.group(5))
    return cur


def atom(x):
    """A name as a lower-case string (quoted or not), else None."""
    if isinstance(x, str):
        return x.lower()
    if isinstance(x, tuple) and x[0] == "name":
        return x[1].lower()
    return None


# ------------------------------------------------------------ types

def type_of_decl(t):
    """(type Name words... [size] of (type..)...) -> a small type tuple."""
    if not isinstance(t, list) or not t or t[0] != "type":
        return ("other",)
    name = atom(t[1]) or ""
    rest = t[2:]
    of = []
    if "of" in rest:
        of = [type_of_decl(x) for x in rest[rest.index("of") + 1:] if isinstance(x, list)]
    if name in ("text", "code", "label"):
        return ("Text",)
    if name == "textbuilder":
        return ("TextBuilder",)
    if name == "list":
        return ("List", of[0] if of else ("other",))
    if name == "dictionary":
        return ("Dictionary", of[0] if of else ("other",), of[1] if len(of) > 1 else ("other",))
    if name == "enum":
        return ("Enum",)
    if name == "variant":
        return ("Variant",)
    if name == "record":
        return ("Record",)
    if name == "notification":
        return ("Notification",)
    if name == "recordid":
        return ("RecordId",)
    if name in ("recordref", "fieldref", "keyref"):
        return ({"recordref": "RecordRef", "fieldref": "FieldRef", "keyref": "KeyRef"}[name],)
    if name == "page":
        return ("Page",)
    if name == "testpage":
        return ("TestPage",)
    if name == "codeunit":
        return ("Codeunit",)
    if name == "array":
        return ("array", of[0] if of else ("other",))
    simple = {"integer": "Integer", "biginteger": "BigInteger", "decimal": "Decimal", "boolean": "Boolean",
              "char": "Char", "date": "Date", "time": "Time", "datetime": "DateTime",
              "duration": "Duration", "guid": "Guid", "option": "Option"}
    return (simple.get(name, "other"),)


RESULT_LETTER = {"t": ("Text",), "i": ("Integer",), "b": ("Boolean",), "d": ("Decimal",),
                 "D": ("Date",), "T": ("Time",), "C": ("DateTime",), "g": ("Guid",),
                 "S": ("List", ("Text",)), "N": ("List", ("Integer",)),
                 "Q": ("RecordRef",), "H": ("FieldRef",), "J": ("KeyRef",), "W": ("Variant",)}


class Walker:
    def __init__(self, builtins, fname):
        self.by_recv = defaultdict(list)
        for b in builtins:
            self.by_recv[b.recv].append(b)
        self.fname = fname
        self.stmts = set()
        self.ops = set()

    def find(self, recv, name, n):
        for b in self.by_recv.get(recv, []):
            if b.name.lower() == name.lower() and b.accepts(n):
                return b
        return None

    # -- declarations
    def decls(self, node, env):
        for d in node[1:]:
            if isinstance(d, list) and d and d[0] == "decl":
                t = type_of_decl(d[-1])
                for nm in d[1:-1]:
                    if atom(nm):
                        env[atom(nm)] = t

    def params(self, node, env):
        for p in node[1:]:
            if isinstance(p, list) and p and p[0] in ("param", "var-param") and len(p) >= 3:
                env[atom(p[1])] = type_of_decl(p[2])

    def unit(self, tree):
        for obj in tree:
            if not isinstance(obj, list):
                continue
            for top in obj:
                if isinstance(top, list) and top and top[0] == "unit":
                    self.unit(top[1:])
                elif isinstance(top, list) and top and top[0] in ("codeunit", "table", "page", "report", "pageextension", "tableextension"):
                    self.object(top)

    def object(self, obj):
        env, procs = {}, {}
        self.in_table = obj[0] == "table"        # bare record methods work on Rec
        self.in_page = obj[0] in ("page", "pageextension")
        for m in obj:
            if isinstance(m, list) and m and m[0] == "var":
                self.decls(m, env)
            if isinstance(m, list) and m and m[0] in ("procedure", "trigger"):
                names = [x for x in m[1:] if not isinstance(x, list)]
                names = [atom(x) for x in names if atom(x) not in ("local", "internal", "protected")]
                ret = next((x for x in m if isinstance(x, list) and x and x[0] == "returns"), None)
                if names:
                    procs[names[0]] = type_of_decl(ret[-1]) if ret else ("none",)
        self.procs = procs
        for m in routines(obj):
            if True:
                local = dict(env)
                body = None
                for x in m:
                    if isinstance(x, list) and x:
                        if x[0] == "params":
                            self.params(x, local)
                        elif x[0] == "locals":
                            self.decls(x, local)
                        elif x[0] == "returns" and len(x) > 2:
                            local[atom(x[1])] = type_of_decl(x[2])
                        elif x[0] == "begin":
                            body = x
                if body:
                    self.env = local
                    self.stmt(body)

    # -- statements
    def stmt(self, s):
        if not isinstance(s, list) or not s:
            return
        h = s[0]
        if h == "begin":
            self.stmts.add("begin")
            for x in s[1:]:
                self.stmt(x)
        elif h in (":=", "+=", "-=", "*=", "/="):
            self.stmts.add(h)
            self.ops.add(h)
            self.expr(s[1])
            self.expr(s[2])
        elif h == "if":
            self.expr(s[1])
            self.stmt(s[2])
            if len(s) > 3 and isinstance(s[3], list) and s[3][:1] == ["else"]:
                self.stmts.add("if-else")
                self.stmt(s[3][1])
            else:
                self.stmts.add("if")
        elif h == "case":
            self.stmts.add("case")
            self.expr(s[1])
            for br in s[2:]:
                if isinstance(br, list) and br[:1] == ["when"]:
                    vals = br[1:-1]
                    self.stmts.add("when-1" if len(vals) == 1 else "when-n")
                    if any(isinstance(v, list) and v[:1] == [".."] for v in vals):
                        self.stmts.add("when-range")
                    for v in vals:
                        self.expr(v)
                    self.stmt(br[-1])
                elif isinstance(br, list) and br[:1] == ["else"]:
                    self.stmts.add("case-else")
                    for x in br[1:]:
                        self.stmt(x)
        elif h in ("while", "with"):
            self.stmts.add(h)
            self.expr(s[1])
            self.stmt(s[2])
        elif h == "repeat":
            self.stmts.add("repeat")
            for x in s[1:]:
                if isinstance(x, list) and x[:1] == ["until"]:
                    self.expr(x[1])
                else:
                    self.stmt(x)
        elif h in ("for", "for-downto"):
            self.stmts.add(h)
            for x in s[1:4]:
                self.expr(x)
            self.stmt(s[4])
        elif h == "foreach":
            t = self.expr(s[2])
            self.stmts.add("foreach-list" if t and t[0] == "List" else "foreach-other")
            self.stmt(s[3])
        elif h == "exit":
            self.stmts.add("exit-value" if len(s) > 1 else "exit")
            if len(s) > 1:
                self.expr(s[1])
        elif h in ("break", "continue"):
            self.stmts.add(h)
        elif h == "asserterror":
            self.stmts.add("asserterror")
            self.stmt(s[1])
        elif h == "empty":
            pass
        elif h in ("call", "."):
            self.stmts.add("call-stmt")
            self.expr(s, consumed=False)
        else:
            self.expr(s)

    # -- expressions: returns the inferred type tuple (or None)
    def expr(self, e, consumed=True):
        if isinstance(e, tuple):
            if e[0] == "text":
                return ("Text",)
            return self.env.get(e[1].lower())
        if isinstance(e, str):
            if e.lower() == "currpage" and getattr(self, "in_page", False):
                return ("Page",)
            if e.lower() == "rec" and getattr(self, "in_page", False):
                return ("Record",)
            if e.lower() not in self.env and getattr(self, "in_table", False):
                b = self.find("Record", e, 0)         # a bare method of the table's own record: CurrFieldNo
                if b:
                    self.hit(b, 0, True)
                    return self.result(b, ("Record",), [])
            return self.env.get(e.lower())
        if not isinstance(e, list) or not e:
            return None
        h = e[0]
        if h == "call":
            return self.call(e[1], e[2:], consumed)
        if h == ".":
            return self.call(e, [], consumed, bare=True)
        if h == "index":
            t = self.expr(e[1])
            for a in e[2:]:
                self.expr(a)
            if t and t[0] == "array":
                return t[1]
            if t and t[0] == "Text":
                return ("Char",)
            return None
        if h == "::":
            if atom(e[1]) == "enum":
                return ("EnumType",)
            t = self.expr(e[1]) if atom(e[1]) not in ("codeunit",) else None
            return ("Enum",) if t and t[0] == "Enum" else None
        if h in ("?:",):
            self.ops.add("?:")
            self.expr(e[1])
            t = self.expr(e[2])
            self.expr(e[3])
            return t
        if isinstance(h, str) and h in OPS:
            self.ops.add(h)
            ts = [self.expr(a) for a in e[1:]]
            if h in ("+",) and ts and ts[0] and ts[0][0] == "Text":
                return ("Text",)
            return None
        for a in e[1:]:
            self.expr(a)
        return None

    def call(self, callee, args, consumed, bare=False):
        arg_types = [self.expr(a) for a in args]
        n = len(args)
        if not isinstance(callee, list):                   # a global function or a procedure
            name = atom(callee) or ""
            if name in self.procs:
                return self.procs[name]
            b = self.find("global", name, n)
            if not b and getattr(self, "in_table", False):
                b = self.find("Record", name, n)
            if b:
                self.hit(b, n, consumed)
                return self.result(b, None, arg_types)
            return None
        if callee[:1] != ["."]:
            self.expr(callee)
            return None
        obj, method = callee[1], atom(callee[2]) or ""
        oname = atom(obj) if not isinstance(obj, list) else None
        if oname in NAMESPACES and oname not in self.env:
            full = method if oname == "system" else f"{oname}.{method}"
            b = self.find("global", full, n)
            if b:
                self.hit(b, n, consumed)
                return self.result(b, None, arg_types)
            return None
        rt = self.expr(obj)
        if rt is None:
            return None
        if rt[0] == "TestPage":
            return self.testpage_member(method, n, consumed, arg_types)
        if rt[0] == "TestPageControl":
            return self.testpage_control(rt[1], method, n, consumed, arg_types)
        if rt[0] == "Page" and method in PAGE_PARTS and not self.find("Page", method, n):
            part = self.find("Page", "$Part", 1)      # CurrPage.Lines: the part (then .Page)
            if part:
                self.hit(part, 1, consumed)
            return ("PagePart",)
        if rt[0] == "PagePart":
            return ("Page",) if method == "page" else None
        recv = {"EnumType": "Enum"}.get(rt[0], rt[0])
        b = self.find(recv, method, n)
        if not b:
            return None
        self.hit(b, n, consumed)
        return self.result(b, rt, arg_types)

    def testpage_member(self, method, n, consumed, arg_types):
        """TP.Method(...) or TP.Control / TP.Part (then a control's method)."""
        if method in ("findfirstfield", "findnextfield", "findpreviousfield"):
            n -= 1                      # the control is compiled away; the table entry takes the value
        b = self.find("TestPage", method, n)
        if b and not b.name.startswith("$"):
            self.hit(b, n, consumed)
            return self.result(b, ("TestPage",), arg_types)
        if method in PAGE_PARTS and method not in PAGE_FIELDS:
            part = self.find("TestPage", "$Part", 0)
            if part:
                self.hit(part, 0, consumed)
            return ("TestPage",)
        return ("TestPageControl", method)

    def testpage_control(self, control, method, n, consumed, arg_types):
        if control in SYSTEM_ACTIONS:
            kind = "SysAction"
        elif control == "filter":
            kind = "Filter"
        elif control in PAGE_ACTIONS and control not in PAGE_FIELDS:
            kind = "Action"
        else:
            kind = "Field"
        b = self.find("TestPage", f"{kind}.{method}", n)
        if not b:
            return None
        self.hit(b, n, consumed)
        return self.result(b, None, arg_types)

    def hit(self, b, n, consumed):
        b.arities[n].add(self.fname)
        if b.try_:
            b.used["used" if consumed else "unused"].add(self.fname)

    def result(self, b, rt, arg_types):
        r = b.result
        if r in RESULT_LETTER:
            return RESULT_LETTER[r]
        if r == "K" and rt and rt[0] == "Dictionary":
            return ("List", rt[1])
        if r == "V" and rt and rt[0] == "Dictionary":
            return ("List", rt[2])
        if r == "e" and rt and rt[0] == "List":
            return rt[1]
        if r == "e" and rt and rt[0] == "Dictionary":
            return rt[2]
        if r == "x":
            return ("Enum",) if rt and rt[0] == "EnumType" else rt
        return None


def routines(node):
    """An object's procedures and triggers, also those of its fields,
    controls and actions (OnValidate, OnAction ...)."""
    for m in node:
        if isinstance(m, list) and m:
            if m[0] in ("procedure", "trigger"):
                yield m
            elif m[0] in ("section", "element"):
                yield from routines(m)


def page_controls(node, in_page):
    """Collects the control names of page objects (PAGE_FIELDS ...)."""
    if not isinstance(node, list) or not node:
        return
    if node[0] in ("page", "pageextension"):
        in_page = True
    if in_page and node[0] == "element" and len(node) > 2 and isinstance(node[2], list) and node[2][:1] == ["args"]:
        name = atom(node[2][1]) if len(node[2]) > 1 else None
        kind = atom(node[1])
        if name:
            {"field": PAGE_FIELDS, "action": PAGE_ACTIONS, "part": PAGE_PARTS}.get(kind, set()).add(name)
    for x in node:
        page_controls(x, in_page)


NAMESPACES = {"system", "codeunit", "session", "page", "report", "database", "taskscheduler"}
OPS = set()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    alrun = args[0] if args else os.path.join(ROOT, "build", "alrun")
    builtins = read_tables()
    OPS.update(operators())
    OPS.update(["..", "neg", "pos"])
    kinds = statement_kinds()
    stmt_files, op_files = defaultdict(set), defaultdict(set)
    # the AL golden tests, and the page client's (tests/page, samples): the
    # page and background-task builtins are exercised there
    tests_dir = ROOT
    files = []
    for sub_dir in (("tests", "al"), ("tests", "page"), ("tests", "testrun"), ("samples",)):
        for d, _, fs in os.walk(os.path.join(ROOT, *sub_dir)):
            files += [os.path.join(d, f) for f in fs if f.endswith(".al")]
    trees = {}
    for f in sorted(files):
        out = subprocess.run([alrun, "check", "--dump-ast", f], capture_output=True, text=True).stdout
        trees[f] = parse_sexpr(out.split("\nalrun check:")[0])
        page_controls(trees[f], False)
    for f in sorted(files):
        rel = os.path.relpath(f, tests_dir)
        tree = trees[f]
        w = Walker(builtins, rel)
        w.env, w.procs = {}, {}
        w.unit(tree)
        for s in w.stmts:
            stmt_files[s].add(rel)
        for o in w.ops:
            op_files[o].add(rel)

    missing = 0
    total_b = covered_b = total_f = covered_f = 0
    print("== builtins")
    for b in builtins:
        total_b += 1
        any_use = bool(b.arities)
        covered_b += any_use
        gaps = []
        for key, desc in b.forms():
            if key[0] == "arity" and (b.recv, b.name, key[1]) in EXEMPT:
                if verbose:
                    print(f"   exempt {b.label()} {desc}: {EXEMPT[(b.recv, b.name, key[1])]}")
                continue
            total_f += 1
            if b.covered(key):
                covered_f += 1
            elif desc:
                gaps.append(desc)
        files_used = set().union(*b.arities.values()) if b.arities else set()
        if not any_use:
            print(f"   NOT CALLED   {b.label()}")
            missing += 1
        elif gaps:
            print(f"   partly       {b.label()}: no test with {', '.join(gaps)}")
            missing += 1
        elif verbose:
            print(f"   ok           {b.label()}: {', '.join(sorted(files_used))}")
    print("== statements")
    total_s = covered_s = 0
    for k in kinds:
        forms = STMT_FORMS.get(k)
        if forms is None:
            print(f"   NO DETECTOR  statement kind {k} (add it to STMT_FORMS)")
            missing += 1
            continue
        for form, desc in forms:
            total_s += 1
            if stmt_files[form]:
                covered_s += 1
                if verbose:
                    print(f"   ok           {desc}: {', '.join(sorted(stmt_files[form]))}")
            else:
                print(f"   NOT USED     {desc}")
                missing += 1
    print("== operators")
    ops = operators() + ["?:"]
    total_o = covered_o = 0
    for o in ops:
        total_o += 1
        if op_files[o]:
            covered_o += 1
            if verbose:
                print(f"   ok           {o}: {', '.join(sorted(op_files[o]))}")
        else:
            print(f"   NOT USED     operator {o}")
            missing += 1
    print(f"builtins {covered_b}/{total_b} called, builtin forms {covered_f}/{total_f}, "
          f"statement forms {covered_s}/{total_s}, operators {covered_o}/{total_o} "
          f"({len(files)} test files)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
