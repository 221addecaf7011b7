#!/usr/bin/env python3
"""tests/bench/gen_al.py — writes a large, realistic AL project for benchmarks.

    python3 tests/bench/gen_al.py --out /tmp/alrun-bench/al [--lines 1000000]
    python3 tests/bench/gen_al.py --lua /tmp/alrun-bench/peer.lua [--lines N]

The AL project mimics Microsoft's Base App: the object mix is about 38 %
codeunits, 20 % pages, 15 % tables, 5 % each of page extensions, table
extensions, enums and reports, and a few queries, permission sets, XMLports,
interfaces and enum extensions.  Every file holds one object of 100-600
lines written in Base App style (4-space indent, namespaces and usings,
quoted names, Label variables, integration events, #if not CLEANxx blocks,
doc comments), with about the Base App's density of ~33 bytes a line.

--lua writes one Lua 5.4 file of about the same number of lines and bytes
a line (functions, locals, if/elseif, loops, table constructors, method
calls, strings, comments): the peer that `luac5.4 -p` parses.

The output depends only on --lines and --seed (default 1), never on the
machine or the Python hash seed, so every run measures the same text.
Python 3 standard library only.
"""
import argparse
import os
import random
import sys

# ------------------------------------------------------------ vocabulary

AREAS = [
    ("Sales", ["Sales Header", "Sales Line", "Sales Invoice Header", "Sales Shipment Line",
               "Sales Cr.Memo Header", "Sales & Receivables Setup", "Sales Price", "Sales Line Discount"]),
    ("Purchases", ["Purchase Header", "Purchase Line", "Purch. Inv. Header", "Purch. Rcpt. Line",
                   "Purchases & Payables Setup", "Vendor", "Vendor Ledger Entry", "Vendor Bank Account"]),
    ("Inventory", ["Item", "Item Ledger Entry", "Item Journal Line", "Item Variant", "Location",
                   "Item Unit of Measure", "Stockkeeping Unit", "Value Entry"]),
    ("Finance.GeneralLedger", ["G/L Account", "G/L Entry", "Gen. Journal Line", "Gen. Journal Batch",
                               "General Ledger Setup", "Gen. Journal Template", "G/L Register", "VAT Entry"]),
    ("Sales.Receivables", ["Customer", "Cust. Ledger Entry", "Detailed Cust. Ledg. Entry", "Customer Bank Account",
                           "Reminder Header", "Finance Charge Memo Header", "Payment Terms", "Customer Posting Group"]),
    ("Warehouse", ["Warehouse Activity Line", "Warehouse Entry", "Bin Content", "Warehouse Shipment Header",
                   "Warehouse Receipt Line", "Bin", "Zone", "Warehouse Setup"]),
    ("Manufacturing", ["Production Order", "Prod. Order Line", "Prod. Order Component", "Routing Line",
                       "Work Center", "Machine Center", "Production BOM Line", "Capacity Ledger Entry"]),
    ("Projects", ["Job", "Job Task", "Job Planning Line", "Job Ledger Entry", "Resource", "Res. Ledger Entry",
                  "Time Sheet Line", "Job Journal Line"]),
    ("Service", ["Service Header", "Service Line", "Service Item", "Service Contract Header",
                 "Service Item Line", "Service Ledger Entry", "Service Mgt. Setup", "Loaner"]),
    ("Bank", ["Bank Account", "Bank Account Ledger Entry", "Bank Acc. Reconciliation", "Check Ledger Entry",
              "Payment Method", "Bank Acc. Reconciliation Line", "Currency", "Currency Exchange Rate"]),
    ("FixedAssets", ["Fixed Asset", "FA Ledger Entry", "FA Depreciation Book", "Depreciation Book",
                     "FA Journal Line", "Maintenance Ledger Entry", "FA Posting Group", "Insurance"]),
    ("CRM", ["Contact", "Opportunity", "Interaction Log Entry", "Campaign", "Segment Header",
             "Salesperson/Purchaser", "To-do", "Contact Business Relation"]),
]

WORDS = ["Posting", "Document", "Entry", "Line", "Header", "Setup", "Buffer", "Journal", "Batch", "Template",
         "Amount", "Quantity", "Price", "Discount", "Balance", "Status", "Type", "Code", "Date", "Group",
         "Account", "Ledger", "Register", "Archive", "Statistics", "Reconciliation", "Approval", "Workflow",
         "Dimension", "Currency", "Payment", "Invoice", "Shipment", "Receipt", "Return", "Order", "Quote",
         "Reminder", "Charge", "Tracking", "Reservation", "Planning", "Forecast", "Budget", "Allocation",
         "Prepayment", "Deferral", "Intrastat", "Tax", "Rounding", "Tolerance", "Application", "Transfer"]

FIELD_NAMES = ["No.", "Description", "Description 2", "Posting Date", "Document Date", "Document No.",
               "External Document No.", "Customer No.", "Vendor No.", "Item No.", "Quantity", "Quantity (Base)",
               "Unit Price", "Unit Cost", "Amount", "Amount (LCY)", "Amount Including VAT", "Line Amount",
               "Line Discount %", "Line Discount Amount", "Location Code", "Bin Code", "Currency Code",
               "Currency Factor", "Dimension Set ID", "Shortcut Dimension 1 Code", "Shortcut Dimension 2 Code",
               "Status", "Blocked", "Type", "Line No.", "Due Date", "Payment Terms Code", "Salesperson Code",
               "Unit of Measure Code", "Qty. per Unit of Measure", "Variant Code", "Gen. Bus. Posting Group",
               "Gen. Prod. Posting Group", "VAT Bus. Posting Group", "VAT Prod. Posting Group", "VAT %",
               "Remaining Amount", "Open", "Reason Code", "Source Code", "User ID", "Entry No.", "Name",
               "Search Name", "Address", "City", "Post Code", "Country/Region Code", "Phone No.", "E-Mail",
               "No. Series", "Last Date Modified", "Responsibility Center", "Shipment Date", "Job No.",
               "Job Task No.", "Outstanding Quantity", "Qty. to Invoice", "Qty. to Ship", "Reserved Quantity",
               "Prepayment %", "Allow Invoice Disc.", "System-Created Entry", "Reversed", "Closed at Date"]

RECORD_METHODS0 = ["Insert", "Modify", "Delete", "Init", "Reset", "LockTable", "CalcSums", "SetRecFilter",
                   "DeleteAll", "ModifyAll", "TestField", "CalcFields", "Validate", "SetLoadFields"]
BUILTINS = ["WorkDate()", "Today()", "Time()", "CurrentDateTime()", "UserId()", "CompanyName()", "GuiAllowed()"]
ENUM_VALUES = ["Open", "Released", "Pending Approval", "Pending Prepayment", "Order", "Invoice", "Quote",
               "Credit Memo", "Blanket Order", "Return Order", "Item", "Resource", "G/L Account",
               "Fixed Asset", "Charge (Item)", "Customer", "Vendor", "Employee", "Bank Account", " "]
TOOLTIP_VERBS = ["Specifies the", "Specifies whether the", "Specifies how the", "Specifies when the"]
NOUNS = ["document", "entry", "customer", "vendor", "item", "amount", "quantity", "posting date", "currency",
         "location", "dimension", "line", "status", "journal", "batch", "account", "order", "invoice",
         "shipment", "discount", "price", "balance", "payment", "tolerance", "template", "number series"]
COMMENTS = ["Check that the document can be posted before anything is written.",
            "Keep the old behavior for documents created before the upgrade.",
            "The caller is responsible for locking the table.",
            "Amounts are rounded with the currency's precision.",
            "Skip lines without quantity; they only carry a description.",
            "Posting date must be inside the allowed posting period.",
            "Recalculate the totals when the currency factor changes.",
            "Do not commit here: the caller may still roll back.",
            "Subscribers can take over the whole operation through IsHandled.",
            "Temporary records are never written to the database.",
            "TODO: move this check to the setup table.",
            "Dimension set IDs are combined from the header and the line."]
NAMESPACE_ROOTS = ["Microsoft", "Microsoft", "Microsoft", "System"]
CAPTION_WORDS = ["Open", "Post", "Release", "Reopen", "Print", "Send", "Calculate", "Suggest", "Copy",
                 "Archive", "Approve", "Reject", "Apply", "Navigate", "Statistics", "Dimensions", "Comments",
                 "Recalculate", "Export", "Import", "Preview", "Test Report", "Create", "Update"]
IMAGES = ["Post", "PostOrder", "ReleaseDoc", "ReOpen", "Print", "SendTo", "Calculate", "SuggestLines",
          "CopyDocument", "Archive", "Approve", "Reject", "ApplyEntries", "Navigate", "Statistics",
          "Dimensions", "ViewComments", "Export", "Import", "ViewPostedOrder", "TestReport", "NewDocument"]


def squash(name):
    """ "Sales Header" -> SalesHeader, as Base App names variables. """
    return "".join(c for c in name.title() if c.isalnum()) or "Value"


def quote(name):
    """ Quotes a name unless it is a plain identifier. """
    if name.replace("_", "a").isalnum() and not name[0].isdigit():
        return name
    return '"' + name + '"'


def al_text(s):
    return "'" + s.replace("'", "''") + "'"


class Gen:
    """ Generates one AL object at a time; every object is a list of lines. """

    def __init__(self, rng):
        self.r = rng
        self.next_id = {}
        self.ctx_recs = []      # record variables of the routine being written
        self.ctx_fields = []    # the fields the current object talks about

    # ------------------------------------------------------------ helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def obj_id(self, kind):
        n = self.next_id.get(kind, 0) + 1
        self.next_id[kind] = n
        return n

    def area(self):
        return self.pick(AREAS)

    def table(self):
        return self.pick(self.pick(AREAS)[1])

    def field(self):
        if self.ctx_fields and self.chance(0.85):
            return self.pick(self.ctx_fields)
        if self.chance(0.8):
            return self.pick(FIELD_NAMES)
        return self.pick(WORDS) + " " + self.pick(["No.", "Code", "Date", "Amount", "Qty.", "%", "ID", "Type"])

    def qfield(self):
        return quote(self.field())

    def new_name(self, words=2):
        return " ".join(self.pick(WORDS) for _ in range(words))

    def tooltip(self):
        return "%s %s of the %s." % (self.pick(TOOLTIP_VERBS), self.pick(NOUNS), self.pick(NOUNS))

    def header(self, area_name):
        self.ctx_fields = [self.pick(FIELD_NAMES) for _ in range(12)]
        self.ctx_recs = ["Rec"] + [squash(self.table()) for _ in range(3)]
        root = self.pick(NAMESPACE_ROOTS)
        lines = ["namespace %s.%s;" % (root, area_name), ""]
        usings = sorted({"%s.%s" % (self.pick(NAMESPACE_ROOTS), self.pick(AREAS)[0]) for _ in range(self.r.randint(2, 7))})
        lines += ["using %s;" % u for u in usings]
        lines.append("")
        return lines

    # -------------------------------------------------------- variables
    def var_type(self):
        k = self.r.random()
        if k < 0.45:
            t = self.table()
            return squash(t), 'Record %s' % quote(t) + (" temporary" if self.chance(0.08) else "")
        if k < 0.55:
            name = self.new_name(2)
            return squash(name) + "Mgt", 'Codeunit "%s Mgt."' % name
        simple = [("Integer", "i"), ("Decimal", "Amt"), ("Boolean", "Is"), ("Date", "Date"), ("Code[20]", "No"),
                  ("Text[100]", "Txt"), ("Text", "Txt"), ("Guid", "Id"), ("DateTime", "DT"), ("BigInteger", "Cnt"),
                  ("Dictionary of [Code[20], Decimal]", "Dict"), ("List of [Text]", "List"),
                  ("RecordRef", "RecRef"), ("FieldRef", "FldRef"), ("Enum \"Sales Document Type\"", "DocType")]
        t, suffix = self.pick(simple)
        return self.pick(WORDS) + self.pick(WORDS) + suffix, t

    def var_section(self, ind, n, labels=True):
        out = [ind + "var"]
        seen = set()
        for _ in range(n):
            name, t = self.var_type()
            if name in seen:
                continue
            seen.add(name)
            out.append(ind + "    %s: %s;" % (name, t))
        if labels:
            for _ in range(self.r.randint(0, 4)):
                nm = self.pick(WORDS) + self.pick(WORDS) + self.pick(["Err", "Qst", "Msg", "Txt", "Lbl"])
                if nm in seen:
                    continue
                seen.add(nm)
                text = "The %s %%1 cannot be %s because the %s %%2 is %s." % (
                    self.pick(NOUNS), self.pick(["posted", "deleted", "changed", "released"]),
                    self.pick(NOUNS), self.pick(["blocked", "closed", "open", "not approved"]))
                extra = ", Comment = '%1 = document no., %2 = status'" if self.chance(0.6) else (
                    ", Locked = true" if self.chance(0.3) else "")
                out.append(ind + "    %s: Label %s%s;" % (nm, al_text(text), extra))
        return out

    # ------------------------------------------------------ expressions
    def rec(self):
        if self.ctx_recs and self.chance(0.85):
            return self.pick(self.ctx_recs)
        return squash(self.table())

    def lvalue(self):
        k = self.r.random()
        if k < 0.6:
            return "%s.%s" % (self.rec(), self.qfield())
        if k < 0.8:
            return self.qfield()
        return self.pick(WORDS) + self.pick(["Amount", "Qty", "Count", "No", "Date", "Text"])

    def literal(self):
        k = self.r.random()
        if k < 0.25:
            return str(self.r.randint(0, 100))
        if k < 0.35:
            return "%d.%02d" % (self.r.randint(0, 999), self.r.randint(0, 99))
        if k < 0.55:
            return al_text(self.pick(["", " ", "<>''", "%1 %2", self.pick(NOUNS), "Don't post"]))
        if k < 0.65:
            return self.pick(["true", "false"])
        if k < 0.75:
            return self.pick(["0D", "0T", "0DT", "0L"])
        return self.pick(BUILTINS)

    def atom(self):
        k = self.r.random()
        if k < 0.40:
            return "%s.%s" % (self.rec(), self.qfield())
        if k < 0.55:
            return self.literal()
        if k < 0.70:
            return self.local_name()
        if k < 0.75:
            return '%s.%s::%s' % (self.rec(), self.qfield(), quote(self.pick(ENUM_VALUES)))
        if k < 0.85:
            return "%s(%s)" % (self.pick(["Abs", "Round", "Format", "StrLen", "UpperCase", "DelChr"]), self.atom_simple())
        return "%s.%s(%s)" % (self.rec(), self.pick(["GetLineAmount", "GetTotal", "CalcBaseQty", "GetCurrencyCode",
                                                      "Count", "GetFilter", "GetRangeMin", "FieldNo"]),
                               self.qfield() if self.chance(0.4) else "")

    def local_name(self):
        return self.pick(["IsHandled", "Found", "TotalAmount", "LineNo", "i", "Qty", "DocNo", "PostingDate",
                          "Amount", "Result", "NextLineNo", "HideDialog", "Counter", "Window", "SourceCodeSetup"])

    def atom_simple(self):
        return "%s.%s" % (self.rec(), self.qfield()) if self.chance(0.7) else self.qfield()

    def expr(self, depth=0):
        k = self.r.random()
        if depth > 0 or k < 0.75:
            return self.atom()
        if k < 0.65:
            return "%s %s %s" % (self.atom(), self.pick(["+", "-", "*", "/"]), self.expr(depth + 1))
        if k < 0.83:
            return "Round(%s * %s / 100, %s)" % (self.atom_simple(), self.atom_simple(), self.pick(["0.01", "1", "0.00001"]))
        if k < 0.88:
            return "StrSubstNo(%s, %s, %s)" % (al_text("%1 %2"), self.atom(), self.atom())
        if k < 0.92:
            return "CopyStr(%s, 1, MaxStrLen(%s))" % (self.atom_simple(), self.atom_simple())
        return "(%s + %s) * %s" % (self.atom(), self.atom(), self.atom())

    def compare(self):
        k = self.r.random()
        if k < 0.55:
            return "%s %s %s" % (self.atom(), self.pick(["=", "<>", "<", ">", "<=", ">="]), self.atom())
        if k < 0.6:
            return "%s.%s in [%s]" % (self.rec(), self.qfield(), ", ".join(
                "%s.%s::%s" % (self.rec(), self.qfield(), quote(self.pick(ENUM_VALUES))) for _ in range(self.r.randint(2, 3))))
        if k < 0.85:
            return "%s%s.%s()" % (self.pick(["", "not "]), self.rec(), self.pick(["IsEmpty", "FindFirst", "FindSet", "Get", "IsTemporary"]))
        return self.pick(["IsHandled", "not IsHandled", "GuiAllowed()", "HideDialog", "not PreviewMode", "Found",
                          "not Found", "Rec.IsTemporary()", "Confirm(PostQst)"])

    def cond(self):
        n = self.r.choice([1, 1, 1, 1, 1, 2, 2, 3])
        if n == 1:
            return self.compare()
        parts = []
        for _ in range(n):
            c = self.compare()
            parts.append("(%s)" % c if (" " in c and not c.startswith("not ")) else c)
        return (" %s " % self.pick(["and", "and", "or"])).join(parts)

    # -------------------------------------------------------- statements
    # Each returns a list of lines at indent [ind] without a final ';'.
    def short_stmt(self, ind):
        return [ind + self.pick(["exit", "exit(true)", "exit(false)", "IsHandled := false", "Found := %s.FindFirst()" % self.rec(),
                                 "Clear(%s)" % self.rec(), "Commit()", "%s.Modify()" % self.rec(), "%s.Init()" % self.rec(),
                                 "%s.Insert(true)" % self.rec(), "NextLineNo += 10000", "i += 1", "%s.Reset()" % self.rec(),
                                 "%s := %s" % (self.local_name(), self.literal()), "CurrPage.Update(false)",
                                 "%s.TestField(%s)" % (self.rec(), self.qfield()), "%s.CalcFields(%s)" % (self.rec(), self.qfield())])]

    def simple_stmt(self, ind):
        k = self.r.random()
        if k < 0.35:
            return self.short_stmt(ind)
        k = self.r.random()
        rec = self.rec()
        if k < 0.30:
            return [ind + "%s := %s" % (self.lvalue(), self.expr())]
        if k < 0.45:
            return [ind + "%s.SetRange(%s, %s)" % (rec, self.qfield(), self.expr())]
        if k < 0.52:
            return [ind + "%s.SetFilter(%s, %s, %s)" % (rec, self.qfield(), al_text("<>%1&<>%2"), self.atom())]
        if k < 0.62:
            m = self.pick(RECORD_METHODS0)
            if m in ("TestField", "CalcFields", "SetLoadFields"):
                return [ind + "%s.%s(%s)" % (rec, m, self.qfield())]
            if m == "Validate":
                return [ind + "%s.Validate(%s, %s)" % (rec, self.qfield(), self.expr())]
            if m == "ModifyAll":
                return [ind + "%s.ModifyAll(%s, %s, true)" % (rec, self.qfield(), self.literal())]
            return [ind + "%s.%s(%s)" % (rec, m, self.pick(["", "", "true", "false"]) if m in ("Insert", "Modify", "Delete", "DeleteAll") else "")]
        if k < 0.70:
            return [ind + "%s += %s" % (self.lvalue(), self.atom())]
        if k < 0.78:
            return [ind + "On%s%s(%s, IsHandled)" % (self.pick(["Before", "After"]), squash(self.new_name(2)), rec)]
        if k < 0.84:
            return [ind + "Error(%s, %s, %s)" % (self.pick(WORDS) + "Err", self.atom(), self.atom())]
        if k < 0.88:
            return [ind + "Message(%s)" % self.expr()]
        if k < 0.94:
            args = ", ".join(self.atom() for _ in range(self.r.randint(1, 4)))
            stmt = ind + "%s(%s)" % (squash(self.new_name(2)), args)
            if len(stmt) > 110 and self.chance(0.5):
                a = [x.strip() for x in args.split(", ")]
                return [ind + "%s(" % squash(self.new_name(2))] + [ind + "  " + x + ("," if i + 1 < len(a) else ")") for i, x in enumerate(a)]
            return [stmt]
        if k < 0.97:
            return [ind + "exit(%s)" % self.expr()] if self.chance(0.5) else [ind + "exit"]
        return [ind + "%s.%s(%s)" % (self.pick(["CurrPage", "Window", "TempBlob", "JsonObj"]),
                                     self.pick(["Update", "Close", "Add", "Remove"]),
                                     self.pick(["", "false", al_text("key")]))]

    def stmt(self, ind, depth):
        k = self.r.random()
        if depth >= 3 or k < 0.55 + 0.15 * depth:
            return self.simple_stmt(ind)
        sub = ind + "    "
        if k < 0.75:
            head = ind + "if %s then" % self.cond()
            if self.chance(0.45):
                lines = [head] + self.simple_stmt(sub)
                if self.chance(0.3):
                    lines += [ind + "else"] + self.simple_stmt(sub)
                return lines
            lines = [head + " begin"] + self.stmts(sub, depth + 1, 2, 5) + [ind + "end"]
            if self.chance(0.25):
                lines[-1] += " else begin"
                lines += self.stmts(sub, depth + 1, 1, 4) + [ind + "end"]
            return lines
        if k < 0.82:
            rec = self.rec()
            lines = [ind + "if %s.FindSet() then" % rec, sub + "repeat"]
            lines += self.stmts(sub + "    ", depth + 1, 2, 6)
            lines.append(sub + "until %s.Next() = 0" % rec)
            return lines
        if k < 0.88:
            lines = [ind + "case %s of" % self.atom_simple()]
            rec, fld = self.rec(), self.qfield()
            for _ in range(self.r.randint(2, 5)):
                vals = ", ".join("%s.%s::%s" % (rec, fld, quote(self.pick(ENUM_VALUES))) for _ in range(self.pick([1, 1, 1, 2])))
                lines.append(sub + vals + ":")
                if self.chance(0.6):
                    body = self.simple_stmt(sub + "    ")
                else:
                    body = [sub + "    begin"] + self.stmts(sub + "        ", depth + 1, 2, 3) + [sub + "    end"]
                body[-1] += ";"
                lines += body
            if self.chance(0.5):
                lines.append(sub + "else")
                body = self.simple_stmt(sub + "    ")
                body[-1] += ";"
                lines += body
            lines.append(ind + "end")
            return lines
        if k < 0.93:
            v = self.pick(["i", "j", "LineNo", "Index"])
            lines = [ind + "for %s := %s to %s do begin" % (v, self.pick(["1", "0"]), self.atom())]
            return lines + self.stmts(sub, depth + 1, 1, 4) + [ind + "end"]
        if k < 0.96:
            lines = [ind + "while %s do begin" % self.cond()]
            return lines + self.stmts(sub, depth + 1, 1, 4) + [ind + "end"]
        return [ind + "// " + self.pick(COMMENTS)] + self.simple_stmt(ind)

    def stmts(self, ind, depth, lo, hi):
        out = []
        for _ in range(self.r.randint(lo, hi)):
            s = self.stmt(ind, depth)
            s[-1] += ";"
            out += s
            if depth == 0 and self.chance(0.25):
                out.append("")
        while out and out[-1] == "":
            out.pop()
        return out

    # -------------------------------------------------------- procedures
    def params(self):
        ps = []
        for _ in range(self.r.randint(0, 4)):
            name, t = self.var_type()
            ps.append(("var " if self.chance(0.35) else "") + "%s: %s" % (name, t))
        return "; ".join(ps)

    def procedure(self, ind, lo=4, hi=30, trigger=None):
        lines = []
        keep = self.ctx_recs
        self.ctx_recs = ["Rec"] if self.chance(0.3) else []
        self.ctx_recs += [squash(self.table()) for _ in range(self.r.randint(1, 3))]
        if trigger:
            lines.append(ind + "trigger %s()" % trigger)
        else:
            if self.chance(0.25):
                lines.append(ind + "/// <summary>")
                lines.append(ind + "/// %s %s for the %s." % (self.pick(CAPTION_WORDS), self.pick(NOUNS), self.pick(NOUNS)))
                lines.append(ind + "/// </summary>")
            name = squash(self.new_name(self.r.randint(2, 3)))
            acc = self.pick(["", "", "local ", "local ", "local ", "internal "])
            ret = self.pick(["", "", "", ": Boolean", ": Decimal", ": Code[20]", ": Text", " Result: Integer"])
            lines.append(ind + "%sprocedure %s(%s)%s" % (acc, name, self.params(), ret))
        if self.chance(0.6):
            lines += self.var_section(ind, self.r.randint(1, 5), labels=False)
        lines.append(ind + "begin")
        body_lo, body_hi = max(1, lo // 4), max(2, hi // 4)
        lines += self.stmts(ind + "    ", 0, body_lo, body_hi)
        lines.append(ind + "end;")
        self.ctx_recs = keep
        return lines

    def event(self, ind):
        name = "On%s%s" % (self.pick(["Before", "After"]), squash(self.new_name(2)))
        lines = [ind + "[%s(%s, %s)]" % (self.pick(["IntegrationEvent", "IntegrationEvent", "BusinessEvent"]),
                                         self.pick(["false", "true"]), self.pick(["false", "true"]))]
        lines.append(ind + "local procedure %s(%s; var IsHandled: Boolean)" % (name, self.params() or "var Rec: Record Customer"))
        lines += [ind + "begin", ind + "end;"]
        return lines

    def subscriber(self, ind):
        t = self.table()
        lines = [ind + "[EventSubscriber(ObjectType::%s, %s::%s, %s, %s, false, false)]" % (
            "Table", "Database", quote(t), al_text("On%s%s" % (self.pick(["Before", "After"]), self.pick(["Insert", "Modify", "Validate", "Post"]))),
            al_text("" if self.chance(0.6) else self.field()))]
        body = self.procedure(ind, 4, 16)
        # Subscribers are local procedures with the publisher's signature.
        for i, l in enumerate(body):
            if "procedure " in l:
                body[i] = ind + "local procedure %s(var Rec: Record %s; RunTrigger: Boolean)" % (
                    squash(self.new_name(3)), quote(t))
                break
        return lines + body

    def obsolete_block(self, ind):
        ver = self.r.randint(22, 27)
        lines = ["#if not CLEAN%d" % ver,
                 ind + "[Obsolete('Replaced by %s.', '%d.0')]" % (squash(self.new_name(2)), ver)]
        lines += self.procedure(ind, 4, 12)
        if self.chance(0.3):
            lines += ["#else", ind + "// The replacement lives in the new codeunit."]
        lines.append("#endif")
        return lines

    def members(self, ind, target, out):
        """ Appends procedures, events and obsolete blocks until [out] is about [target] lines long. """
        while len(out) < target - 3:
            k = self.r.random()
            out.append("")
            if k < 0.70:
                out += self.procedure(ind)
            elif k < 0.85:
                out += self.event(ind)
            elif k < 0.93:
                out += self.subscriber(ind)
            else:
                out += self.obsolete_block(ind)

    # ------------------------------------------------------------ objects
    def obj_head(self, kind, name, extra=""):
        return "%s %d %s%s" % (kind, 50000 + self.obj_id(kind), quote(name), extra)

    def codeunit(self, target):
        area, tables = self.area()
        name = "%s %s" % (self.pick(tables), self.pick(["Mgt.", "-Post", "-Post (Yes/No)", "Handler", "Helper", "Impl.", "Calc."]))
        lines = self.header(area)
        lines.append(self.obj_head("codeunit", name))
        lines.append("{")
        if self.chance(0.4):
            lines.append("    TableNo = %s;" % quote(self.pick(tables)))
        if self.chance(0.5):
            perms = ["tabledata %s = %s" % (quote(t), self.pick(["r", "rm", "rimd", "RIMD", "m"])) for t in self.r.sample(tables, 3)]
            lines.append("    Permissions = " + (",\n" + " " * 18).join(perms) + ";")
        if self.chance(0.3):
            lines.append("    SingleInstance = true;")
        if self.chance(0.5):
            lines += ["", "    trigger OnRun()", "    begin"] + self.stmts("        ", 0, 2, 6) + ["    end;"]
        lines.append("")
        lines += self.var_section("    ", self.r.randint(3, 12))
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def field_block(self, ind, fid, in_ext=False):
        fname = self.field() if fid < 10 else "%s %s" % (self.pick(WORDS), self.field())
        if in_ext:
            fname = "ABC " + fname
        t = self.pick(["Code[20]", "Code[20]", "Code[10]", "Text[100]", "Text[50]", "Decimal", "Decimal", "Integer",
                       "Date", "Boolean", "Boolean", "Option", 'Enum "%s"' % self.new_name(2), "Guid", "DateTime",
                       "DateFormula", "Blob", "Media"])
        lines = [ind + "field(%d; %s; %s)" % (fid, quote(fname), t), ind + "{"]
        sub = ind + "    "
        lines.append(sub + "Caption = %s;" % al_text(fname) + ("" if self.chance(0.8) else " // keep in sync with the page"))
        if t == "Option":
            opts = [self.pick(ENUM_VALUES) for _ in range(self.r.randint(2, 5))]
            lines.append(sub + "OptionMembers = %s;" % ",".join(quote(o) for o in opts))
            lines.append(sub + "OptionCaption = %s;" % al_text(",".join(opts)))
        if t == "Decimal":
            lines.append(sub + "AutoFormatType = 1;")
            if self.chance(0.5):
                lines.append(sub + 'AutoFormatExpression = "Currency Code";')
            if self.chance(0.3):
                lines.append(sub + "DecimalPlaces = 0 : 5;")
        k = self.r.random()
        if k < 0.25 and t.startswith("Code"):
            rel = self.table()
            if self.chance(0.4):
                lines.append(sub + "TableRelation = if (Type = const(Item)) Item" +
                             "\n" + sub + "else" +
                             "\n" + sub + "if (Type = const(Resource)) Resource" +
                             "\n" + sub + "else" +
                             "\n" + sub + 'if (Type = const("G/L Account")) "G/L Account" where("Direct Posting" = const(true));')
            else:
                lines.append(sub + "TableRelation = %s%s;" % (quote(rel), "" if self.chance(0.5) else
                             " where(Blocked = const(false), %s = field(%s))" % (self.qfield(), self.qfield())))
            if self.chance(0.3):
                lines.append(sub + "ValidateTableRelation = false;")
        elif k < 0.45 and t in ("Decimal", "Integer", "Boolean"):
            lines.append(sub + "FieldClass = FlowField;")
            fn = {"Decimal": self.pick(["sum", "sum", "average", "max"]), "Integer": "count", "Boolean": "exist"}[t]
            src = quote(self.table())
            target = src + "." + self.qfield() if fn in ("sum", "average", "max") else src
            where = ", ".join("%s = %s" % (self.qfield(), self.pick(["field(%s)" % self.qfield(), "const(true)",
                                                                          "filter(<> '')", "field(\"Date Filter\")"]))
                              for _ in range(self.r.randint(1, 3)))
            lines.append(sub + "CalcFormula = %s%s(%s where(%s));" % (self.pick(["", "", "-"]), fn, target, where))
            lines.append(sub + "Editable = false;")
        elif k < 0.55:
            lines.append(sub + "DataClassification = %s;" % self.pick(["CustomerContent", "SystemMetadata", "EndUserIdentifiableInformation"]))
        if self.chance(0.15):
            lines.append(sub + "NotBlank = true;")
        if self.chance(0.08):
            lines.append(sub + "ObsoleteState = Pending;")
            lines.append(sub + "ObsoleteReason = 'Replaced by the new field.';")
            lines.append(sub + "ObsoleteTag = '%d.0';" % self.r.randint(20, 26))
        if self.chance(0.3):
            lines.append("")
            lines += self.procedure(sub, 2, 10, trigger=self.pick(["OnValidate", "OnValidate", "OnLookup"]))
        lines.append(ind + "}")
        return lines

    def table_obj(self, target):
        area, tables = self.area()
        name = "%s %s" % (self.pick(tables), self.pick(WORDS))
        lines = self.header(area)
        lines.append(self.obj_head("table", name))
        lines += ["{", "    Caption = %s;" % al_text(name), "    DataClassification = CustomerContent;"]
        if self.chance(0.5):
            lines.append("    LookupPageId = %s;" % quote(name + " List"))
            lines.append("    DrillDownPageId = %s;" % quote(name + " List"))
        lines += ["", "    fields", "    {"]
        fid = 1
        field_share = target * 0.6
        while len(lines) < field_share:
            lines += self.field_block("        ", fid)
            fid += self.pick([1, 1, 1, 2, 5, 10])
        lines += ["    }", "", "    keys", "    {"]
        for i in range(self.r.randint(1, 5)):
            flds = ", ".join(self.qfield() for _ in range(self.r.randint(1, 3)))
            lines += ["        key(Key%d; %s)" % (i + 1, flds), "        {"]
            if i == 0:
                lines.append("            Clustered = true;")
            elif self.chance(0.3):
                lines.append("            SumIndexFields = Amount, \"Amount (LCY)\";")
            lines.append("        }")
        lines += ["    }", "", "    fieldgroups", "    {",
                  "        fieldgroup(DropDown; %s)" % ", ".join(self.qfield() for _ in range(3)), "        {", "        }",
                  "    }"]
        for trig in self.r.sample(["OnInsert", "OnModify", "OnDelete", "OnRename"], self.r.randint(1, 4)):
            lines.append("")
            lines += self.procedure("    ", 3, 12, trigger=trig)
        lines.append("")
        lines += self.var_section("    ", self.r.randint(2, 6))
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def page_field(self, ind, rec="Rec"):
        f = self.field()
        lines = [ind + "field(%s; %s.%s)" % (quote(squash(f)) if self.chance(0.5) else quote(f), rec, quote(f)), ind + "{"]
        sub = ind + "    "
        lines.append(sub + "ApplicationArea = %s;" % self.pick(["Basic, Suite", "All", "Suite", "Basic, Suite, Service"]))
        lines.append(sub + "ToolTip = %s;" % al_text(self.tooltip()))
        if self.chance(0.25):
            lines.append(sub + "Importance = %s;" % self.pick(["Promoted", "Additional"]))
        if self.chance(0.15):
            lines.append(sub + "Editable = %s;" % self.pick(["false", "IsEditable", "not IsLocked", "Rec.Status = Rec.Status::Open"]))
        if self.chance(0.1):
            lines.append(sub + "Visible = %s;" % self.pick(["false", "ShowDetails", "DimVisible1"]))
        if self.chance(0.12):
            lines.append("")
            lines += self.procedure(sub, 2, 8, trigger=self.pick(["OnValidate", "OnDrillDown", "OnAssistEdit"]))
        lines.append(ind + "}")
        return lines

    def page_layout(self, ind, list_page, target, lines):
        lines += [ind + "layout", ind + "{", ind + "    area(Content)", ind + "    {"]
        g = ind + "        "
        if list_page:
            lines += [g + "repeater(Control1)", g + "{", g + "    ShowCaption = false;"]
            while len(lines) < target:
                lines += self.page_field(g + "    ")
            lines.append(g + "}")
        else:
            while len(lines) < target:
                gname = self.pick(["General", "Invoicing", "Shipping", "Payments", "Details", "Posting", "Statistics"])
                lines += [g + "group(%s)" % gname, g + "{", g + "    Caption = %s;" % al_text(gname)]
                for _ in range(self.r.randint(3, 8)):
                    lines += self.page_field(g + "    ")
                lines.append(g + "}")
        lines += [ind + "    }"]
        if self.chance(0.6):
            lines += [ind + "    area(FactBoxes)", ind + "    {"]
            for _ in range(self.r.randint(1, 3)):
                lines += [g + "part(%s; %s)" % (squash(self.new_name(2)), quote(self.new_name(2) + " FactBox")), g + "{",
                          g + "    ApplicationArea = Basic, Suite;",
                          g + "    SubPageLink = %s = field(%s);" % (self.qfield(), self.qfield()), g + "}"]
            lines += [g + "systempart(Links; Links)", g + "{", g + "    ApplicationArea = RecordLinks;", g + "}"]
            lines.append(ind + "    }")
        lines.append(ind + "}")

    def action(self, ind):
        name = squash(self.pick(CAPTION_WORDS) + " " + self.pick(NOUNS))
        lines = [ind + "action(%s)" % name, ind + "{"]
        sub = ind + "    "
        lines += [sub + "ApplicationArea = Basic, Suite;",
                  sub + "Caption = %s;" % al_text(self.pick(CAPTION_WORDS) + " " + self.pick(NOUNS)),
                  sub + "Image = %s;" % self.pick(IMAGES),
                  sub + "ToolTip = %s;" % al_text(self.tooltip())]
        if self.chance(0.4):
            lines += [sub + "RunObject = page %s;" % quote(self.new_name(2) + " List"),
                      sub + "RunPageLink = %s = field(%s);" % (self.qfield(), self.qfield())]
            if self.chance(0.5):
                lines.append(sub + "RunPageView = sorting(%s) order(descending);" % self.qfield())
        else:
            if self.chance(0.3):
                lines.append(sub + "ShortcutKey = 'F9';")
            lines.append("")
            lines += self.procedure(sub, 2, 10, trigger="OnAction")
        lines.append(ind + "}")
        return lines, name

    def page_actions(self, ind, lines, n):
        lines += [ind + "actions", ind + "{", ind + "    area(Processing)", ind + "    {"]
        names = []
        for _ in range(n):
            a, nm = self.action(ind + "        ")
            lines += a
            names.append(nm)
        lines.append(ind + "    }")
        lines += [ind + "    area(Promoted)", ind + "    {", ind + "        group(Category_Process)", ind + "        {",
                  ind + "            Caption = 'Process';"]
        for nm in names[:4]:
            lines += [ind + "            actionref(%s_Promoted; %s)" % (nm, nm), ind + "            {", ind + "            }"]
        lines += [ind + "        }", ind + "    }", ind + "}"]

    def page_obj(self, target):
        area, tables = self.area()
        src = self.pick(tables)
        ptype = self.pick(["Card", "List", "List", "Document", "ListPart", "Worksheet", "CardPart"])
        list_page = ptype in ("List", "ListPart", "Worksheet")
        name = "%s %s" % (src, ptype if ptype != "ListPart" else "Subform")
        lines = self.header(area)
        lines.append(self.obj_head("page", name))
        lines += ["{", "    Caption = %s;" % al_text(name), "    PageType = %s;" % ptype, "    SourceTable = %s;" % quote(src)]
        if list_page:
            lines += ["    UsageCategory = Lists;", "    ApplicationArea = Basic, Suite;", "    Editable = false;"]
        if self.chance(0.4):
            lines.append("    RefreshOnActivate = true;")
        lines.append("")
        self.page_layout("    ", list_page, int(target * 0.5), lines)
        lines.append("")
        self.page_actions("    ", lines, self.r.randint(2, 6))
        for trig in self.r.sample(["OnOpenPage", "OnAfterGetRecord", "OnAfterGetCurrRecord", "OnNewRecord"], self.r.randint(1, 3)):
            lines.append("")
            lines += self.procedure("    ", 2, 10, trigger=trig)
        lines.append("")
        lines += self.var_section("    ", self.r.randint(2, 8))
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def pageextension(self, target):
        area, tables = self.area()
        base = self.pick(tables) + self.pick([" Card", " List", " Subform"])
        lines = self.header(area)
        lines.append(self.obj_head("pageextension", "ABC " + base, " extends %s" % quote(base)))
        lines += ["{", "    layout", "    {"]
        while len(lines) < target * 0.55:
            anchor = self.qfield()
            lines += ["        %s(%s)" % (self.pick(["addafter", "addbefore", "addlast", "addfirst"]), anchor), "        {"]
            for _ in range(self.r.randint(1, 4)):
                lines += self.page_field("            ")
            lines.append("        }")
            if self.chance(0.3):
                lines += ["        modify(%s)" % self.qfield(), "        {", "            Visible = false;", "        }"]
        lines += ["    }", "    actions", "    {", "        addlast(processing)", "        {"]
        for _ in range(self.r.randint(1, 3)):
            lines += self.action("            ")[0]
        lines += ["        }", "    }", ""]
        lines += self.var_section("    ", self.r.randint(1, 4))
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def tableextension(self, target):
        area, tables = self.area()
        base = self.pick(tables)
        lines = self.header(area)
        lines.append(self.obj_head("tableextension", "ABC " + base, " extends %s" % quote(base)))
        lines += ["{", "    fields", "    {"]
        fid = 50100
        while len(lines) < target * 0.6:
            if self.chance(0.15):
                lines += ["        modify(%s)" % self.qfield(), "        {"]
                lines += self.procedure("            ", 2, 8, trigger="OnAfterValidate")
                lines.append("        }")
            else:
                lines += self.field_block("        ", fid, in_ext=True)
                fid += 1
        lines += ["    }", "", "    keys", "    {", "        key(ABCKey1; %s)" % self.qfield(), "        {", "        }", "    }", ""]
        lines += self.var_section("    ", self.r.randint(1, 4))
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def enum_obj(self, target, ext=False):
        area, _ = self.area()
        name = self.new_name(2) + " Type"
        lines = self.header(area)
        if ext:
            lines.append(self.obj_head("enumextension", "ABC " + name, " extends %s" % quote(name)))
        else:
            impl = " implements %s" % quote("I" + name) if self.chance(0.2) else ""
            lines.append(self.obj_head("enum", name, impl))
        lines.append("{")
        if not ext:
            lines += ["    Extensible = true;", "    AssignmentCompatibility = true;", "    Caption = %s;" % al_text(name), ""]
        v = 50100 if ext else 0
        while len(lines) < target - 2:
            vn = self.pick(ENUM_VALUES) + ("" if self.chance(0.5) else " " + self.pick(WORDS))
            lines += ["    value(%d; %s)" % (v, quote(vn)), "    {", "        Caption = %s;" % al_text(vn)]
            if self.chance(0.2):
                lines.append("        Implementation = %s = %s;" % (quote("I" + name), quote(vn + " Impl.")))
            lines.append("    }")
            v += self.pick([1, 1, 1, 10])
        lines.append("}")
        return lines

    def report_obj(self, target):
        area, tables = self.area()
        name = "%s %s" % (self.pick(tables), self.pick(["Statistics", "List", "Test", "Statement", "Journal"]))
        lines = self.header(area)
        lines.append(self.obj_head("report", name))
        lines += ["{", "    ApplicationArea = Basic, Suite;", "    Caption = %s;" % al_text(name),
                  "    UsageCategory = ReportsAndAnalysis;", "    DefaultRenderingLayout = RDLCLayout;", "",
                  "    dataset", "    {"]
        depth = 0
        ind = "        "
        while len(lines) < target * 0.55 and depth < 3:
            t = self.pick(tables)
            lines += [ind + "dataitem(%s; %s)" % (squash(t), quote(t)), ind + "{",
                      ind + "    DataItemTableView = sorting(%s) where(%s = const(true));" % (self.qfield(), self.qfield()),
                      ind + "    RequestFilterFields = %s, %s;" % (self.qfield(), self.qfield())]
            if depth:
                lines.append(ind + "    DataItemLink = %s = field(%s);" % (self.qfield(), self.qfield()))
            for _ in range(self.r.randint(5, 20)):
                f = self.field()
                lines += [ind + "    column(%s_%s; %s)" % (squash(f), squash(t), quote(f)), ind + "    {"]
                if self.chance(0.4):
                    lines.append(ind + "        IncludeCaption = true;")
                lines.append(ind + "    }")
            lines.append("")
            lines += self.procedure(ind + "    ", 4, 16, trigger="OnAfterGetRecord")
            depth += 1
            ind += "    "
        while depth:
            ind = ind[:-4]
            lines.append(ind + "}")
            depth -= 1
        lines += ["    }", "", "    requestpage", "    {", "        SaveValues = true;", "", "        layout", "        {",
                  "            area(Content)", "            {", "                group(Options)", "                {",
                  "                    Caption = 'Options';"]
        for opt in ["ShowDetails", "PrintAmountsInLCY"]:
            lines += ["                    field(%s; %s)" % (opt, opt), "                    {",
                      "                        ApplicationArea = Basic, Suite;",
                      "                        Caption = %s;" % al_text(opt),
                      "                        ToolTip = %s;" % al_text(self.tooltip()), "                    }"]
        lines += ["                }", "            }", "        }", "    }", "", "    rendering", "    {",
                  "        layout(RDLCLayout)", "        {", "            Type = RDLC;",
                  "            LayoutFile = './%s/%s.rdlc';" % (area.replace(".", "/"), squash(name)), "        }", "    }", "",
                  "    labels", "    {", "        ReportTitleLbl = %s;" % al_text(name),
                  "        PageLbl = 'Page %1 of %2', Comment = '%1 = page, %2 = pages';", "    }", ""]
        lines += self.var_section("    ", self.r.randint(2, 6))
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def query_obj(self, target):
        area, tables = self.area()
        name = "%s %s" % (self.pick(tables), "Query")
        lines = self.header(area)
        lines.append(self.obj_head("query", name))
        lines += ["{", "    QueryType = Normal;", "    Caption = %s;" % al_text(name), "", "    elements", "    {"]
        ind = "        "
        depth = 0
        prev = None
        while len(lines) < target - 20 and depth < 4:
            t = self.pick(tables)
            lines += [ind + "dataitem(%s; %s)" % (squash(t), quote(t)), ind + "{"]
            if prev:
                lines += [ind + "    DataItemLink = %s = %s.%s;" % (self.qfield(), prev, self.qfield()),
                          ind + "    SqlJoinType = InnerJoin;"]
            else:
                lines.append(ind + "    DataItemTableFilter = Open = const(true);")
            for _ in range(self.r.randint(6, 25)):
                f = self.field()
                kind = self.pick(["column", "column", "column", "filter"])
                lines += [ind + "    %s(%s; %s)" % (kind, squash(f) + str(self.r.randint(1, 99)), quote(f)), ind + "    {"]
                if kind == "column" and self.chance(0.25):
                    lines.append(ind + "        Method = Sum;")
                lines.append(ind + "    }")
            prev = squash(t)
            depth += 1
            ind += "    "
        while depth:
            ind = ind[:-4]
            lines.append(ind + "}")
            depth -= 1
        lines += ["    }", ""]
        lines += self.procedure("    ", 4, 16, trigger="OnBeforeOpen")
        lines.append("}")
        return lines

    def permissionset(self, target):
        area, _ = self.area()
        name = "ABC %s - %s" % (area.split(".")[-1], self.pick(["Edit", "Read", "Post", "View"]))
        lines = self.header(area)
        lines.append(self.obj_head("permissionset", name))
        lines += ["{", "    Access = Public;", "    Assignable = true;", "    Caption = %s;" % al_text(name), ""]
        perms = []
        while len(lines) + len(perms) < target - 2:
            kind = self.pick(["tabledata", "tabledata", "table", "codeunit", "page", "report", "query", "xmlport"])
            right = self.pick(["RIMD", "R", "RM", "RIM", "X"]) if kind == "tabledata" else "X"
            perms.append("%s %s = %s" % (kind, quote(self.table() if kind.startswith("table") else self.new_name(3)), right))
        lines.append("    Permissions = " + (",\n" + " " * 18).join(perms) + ";")
        lines.append("}")
        return lines

    def xmlport_obj(self, target):
        area, tables = self.area()
        name = "%s %s" % (self.pick(tables), "Import")
        t = self.pick(tables)
        lines = self.header(area)
        lines.append(self.obj_head("xmlport", name))
        lines += ["{", "    Caption = %s;" % al_text(name), "    Direction = Both;", "    Format = VariableText;", "",
                  "    schema", "    {", "        textelement(Root)", "        {",
                  "            tableelement(%s; %s)" % (squash(t), quote(t)), "            {"]
        for _ in range(self.r.randint(8, 30)):
            f = self.field()
            lines += ["                fieldelement(%s; %s.%s)" % (squash(f), squash(t), quote(f)), "                {",
                      "                    MinOccurs = Zero;", "                }"]
        lines += ["            }", "        }", "    }", ""]
        lines += self.var_section("    ", 3)
        self.members("    ", target, lines)
        lines.append("}")
        return lines

    def interface_obj(self, target):
        area, _ = self.area()
        name = "I" + self.new_name(2)
        lines = self.header(area)
        lines += ["interface %s" % quote(name), "{"]
        while len(lines) < target - 2:
            lines += ["    /// <summary>",
                      "    /// %s %s for the %s." % (self.pick(CAPTION_WORDS), self.pick(NOUNS), self.pick(NOUNS)),
                      "    /// </summary>",
                      "    procedure %s(%s)%s;" % (squash(self.new_name(2)), self.params(), self.pick(["", ": Boolean", ": Decimal"])),
                      ""]
        lines.append("}")
        return lines


MIX = [("codeunit", 38), ("page", 20), ("table", 15), ("pageextension", 5), ("tableextension", 5),
       ("enum", 5), ("report", 5), ("query", 2), ("permissionset", 2), ("xmlport", 1), ("interface", 1),
       ("enumextension", 1)]


def make_object(g, kind, target):
    """ The object's lines (entries holding several lines are split). """
    return "\n".join({"codeunit": g.codeunit, "page": g.page_obj, "table": g.table_obj, "pageextension": g.pageextension,
            "tableextension": g.tableextension, "enum": g.enum_obj, "report": g.report_obj, "query": g.query_obj,
            "permissionset": g.permissionset, "xmlport": g.xmlport_obj, "interface": g.interface_obj,
            "enumextension": lambda t: g.enum_obj(t, ext=True)}[kind](target)).split("\n")


def gen_al(out, total, seed):
    rng = random.Random(seed)
    g = Gen(rng)
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    os.makedirs(out, exist_ok=True)
    # Files of an earlier run with other settings must not linger.
    for kind in kinds:
        sub = os.path.join(out, kind)
        if os.path.isdir(sub):
            for name in os.listdir(sub):
                if name.endswith(".al"):
                    os.remove(os.path.join(sub, name))
    with open(os.path.join(out, "app.json"), "w") as f:
        f.write('{\n  "id": "00000000-0000-0000-0000-000000000001",\n  "name": "Bench App",\n'
                '  "publisher": "alrun",\n  "version": "1.0.0.0",\n  "preprocessorSymbols": []\n}\n')
    lines = files = nbytes = 0
    counts = {}
    while lines < total:
        kind = rng.choices(kinds, weights)[0]
        target = min(rng.randint(100, 570), max(100, total - lines))   # objects overshoot a little
        body = make_object(g, kind, target)
        text = "\n".join(body) + "\n"
        files += 1
        counts[kind] = counts.get(kind, 0) + 1
        sub = os.path.join(out, kind)
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "%s%05d.al" % (kind.capitalize(), files)), "w") as f:
            f.write(text)
        lines += len(body)
        nbytes += len(text)
    return files, lines, nbytes, counts


# ------------------------------------------------------------------- Lua

LUA_KEYWORDS = {"and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
                "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while"}


class LuaGen:
    """ Lua of Base App-like shape: modules of functions with locals,
    branches, loops, record-like method calls, strings and comments. """

    def __init__(self, rng):
        self.r = rng
        self.g = Gen(rng)

    def name(self):
        n = self.g.rec()
        return n[:1].lower() + n[1:]

    def field(self):
        f = squash(self.g.field())
        f = f[:1].lower() + f[1:]
        return f + "Value" if f in LUA_KEYWORDS else f

    def atom(self):
        k = self.r.random()
        if k < 0.45:
            return "%s.%s" % (self.name(), self.field())
        if k < 0.6:
            return str(self.r.randint(0, 100))
        if k < 0.7:
            return "%d.%02d" % (self.r.randint(0, 999), self.r.randint(0, 99))
        if k < 0.85:
            return '"%s"' % self.r.choice(NOUNS)
        if k < 0.92:
            return "%s:%s(%s)" % (self.name(), self.r.choice(["getTotal", "count", "getFilter", "lineAmount"]), self.field() if self.r.random() < 0.3 else "")
        return self.r.choice(["true", "false", "nil", "os.time()"])

    def expr(self, d=0):
        k = self.r.random()
        if d > 0 or k < 0.7:
            return self.atom()
        if k < 0.85:
            return "%s %s %s" % (self.atom(), self.r.choice(["+", "-", "*", "/", ".."]), self.expr(d + 1))
        if k < 0.93:
            return 'string.format("%%s %%s", %s, %s)' % (self.atom(), self.atom())
        return "math.floor(%s * %s / 100 + 0.5)" % (self.atom(), self.atom())

    def cond(self):
        parts = ["%s %s %s" % (self.atom(), self.r.choice(["==", "~=", "<", ">", "<=", ">="]), self.atom())
                 for _ in range(self.r.choice([1, 1, 1, 1, 1, 2, 2, 3]))]
        return (" %s " % self.r.choice(["and", "and", "or"])).join(parts)

    def simple(self, ind):
        k = self.r.random()
        if k < 0.4:
            return [ind + self.r.choice(["total = total + 1", "found = true", "i = i + 1", "count = count + 1",
                                         "%s:modify()" % self.name(), "%s:init()" % self.name(), "found = %s:findFirst()" % self.name()])]
        if k < 0.35:
            return [ind + "%s.%s = %s" % (self.name(), self.field(), self.expr())]
        if k < 0.55:
            return [ind + "%s:setRange(\"%s\", %s)" % (self.name(), self.field(), self.expr())]
        if k < 0.65:
            return [ind + "%s:%s(%s)" % (self.name(), self.r.choice(["insert", "modify", "delete", "init", "reset"]), self.r.choice(["", "true"]))]
        if k < 0.75:
            return [ind + "local %s = %s" % (self.field(), self.expr())]
        if k < 0.85:
            return [ind + 'error(string.format("the %s %%s cannot be posted", %s))' % (self.r.choice(NOUNS), self.atom())]
        if k < 0.92:
            return [ind + "-- " + self.r.choice(COMMENTS), ind + "%s(%s, %s)" % (squash(self.g.new_name(2)), self.atom(), self.atom())]
        return [ind + "total = total + %s" % self.atom()]

    def stmt(self, ind, d):
        k = self.r.random()
        if d >= 3 or k < 0.55:
            return self.simple(ind)
        sub = ind + "  " * 2
        if k < 0.75:
            out = [ind + "if %s then" % self.cond()] + self.stmts(sub, d + 1, 1, 4)
            if self.r.random() < 0.3:
                out += [ind + "elseif %s then" % self.cond()] + self.stmts(sub, d + 1, 1, 3)
            if self.r.random() < 0.3:
                out += [ind + "else"] + self.stmts(sub, d + 1, 1, 3)
            return out + [ind + "end"]
        if k < 0.85:
            n = self.name()
            return [ind + "for _, %s in ipairs(%s:findSet()) do" % (n, n)] + self.stmts(sub, d + 1, 2, 6) + [ind + "end"]
        if k < 0.92:
            return [ind + "for i = 1, %s do" % self.atom()] + self.stmts(sub, d + 1, 1, 4) + [ind + "end"]
        if k < 0.96:
            return [ind + "repeat"] + self.stmts(sub, d + 1, 1, 4) + [ind + "until %s" % self.cond()]
        return [ind + "while %s do" % self.cond()] + self.stmts(sub, d + 1, 1, 4) + [ind + "end"]

    def stmts(self, ind, d, lo, hi):
        out = []
        for _ in range(self.r.randint(lo, hi)):
            out += self.stmt(ind, d)
            if self.r.random() < (0.3 if d == 0 else 0.1):
                out.append("")
        return out

    def function(self, mod, ind):
        params = ", ".join(self.field() for _ in range(self.r.randint(0, 4)))
        out = []
        if self.r.random() < 0.25:
            out += [ind + "--- %s %s for the %s." % (self.r.choice(CAPTION_WORDS), self.r.choice(NOUNS), self.r.choice(NOUNS)),
                    ind + "-- @param %s" % (params.split(", ")[0] or "none")]
        out.append(ind + "function %s.%s(%s)" % (mod, squash(self.g.new_name(3)), params))
        sub = ind + "    "
        out += [sub + "local total = 0"]
        for _ in range(self.r.randint(0, 4)):
            out.append(sub + "local %s = %s" % (self.name(), self.r.choice(["{}", "Record.new(\"%s\")" % self.g.table(), "nil"])))
        out += self.stmts(sub, 0, 1, 7)
        out += [sub + "return total", ind + "end", ""]
        return out

    def module(self, target):
        self.g.header("Lua")   # picks the module's working set of records and fields
        mod = squash(self.g.table()) + "Mgt"
        out = ["-- %s: generated benchmark module" % mod, "do", "    local %s = {" % mod]
        for _ in range(self.r.randint(2, 8)):
            f = self.field()
            out.append('        %s = { caption = "%s", type = "%s", length = %d },' % (
                f, f, self.r.choice(["Code", "Text", "Decimal", "Integer"]), self.r.randint(10, 100)))
        out += ["    }", ""]
        while len(out) < target - 3:
            out += self.function(mod, "    ")
        out += ["    modules[\"%s\"] = %s" % (mod, mod), "end", ""]
        return out


def gen_lua(path, total, seed):
    rng = random.Random(seed)
    lg = LuaGen(rng)
    lines = ["local modules = {}", ""]
    while len(lines) < total:
        lines += lg.module(min(rng.randint(100, 600), max(100, total - len(lines))))
    lines.append("return modules")
    text = "\n".join(lines) + "\n"
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return len(lines), len(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=1000000, help="approximate total lines (default 1,000,000)")
    ap.add_argument("--out", help="folder for the AL project")
    ap.add_argument("--lua", help="write one Lua file of about --lines lines here instead")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stamp", help="touch this file when done (for meson)")
    a = ap.parse_args()
    if a.lua:
        n, b = gen_lua(a.lua, a.lines, a.seed)
        print("gen_al: %s: %d lines, %d bytes (%.1f bytes/line)" % (a.lua, n, b, b / n))
        return 0
    if not a.out:
        ap.error("--out DIR or --lua FILE is required")
    files, lines, nbytes, counts = gen_al(a.out, a.lines, a.seed)
    mix = ", ".join("%s %d" % (k, counts.get(k, 0)) for k, _ in MIX)
    print("gen_al: %s: %d files, %d lines, %d bytes (%.1f bytes/line)" % (a.out, files, lines, nbytes, nbytes / max(lines, 1)))
    print("gen_al: %s" % mix)
    if a.stamp:
        with open(a.stamp, "w") as f:
            f.write("%d files, %d lines\n" % (files, lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
