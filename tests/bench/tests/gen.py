#!/usr/bin/env python3
"""tests/bench/tests/gen.py N OUT.al — a test suite of N small tests for
`alrun test` (run.sh): each inserts a record, opens a TestPage on it whose
OnAfterGetCurrRecord enqueues a background task (run synchronously under
a TestPage), and checks the field the task filled in."""
import sys

n, out = int(sys.argv[1]), sys.argv[2]
per = 50                                  # tests per codeunit
parts = ['''table 50950 "Bench Item"
{
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Qty; Integer) { }
    }
    keys { key(PK; "No.") { } }
}

codeunit 50950 "Bench Double"
{
    trigger OnRun()
    var
        R: Dictionary of [Text, Text];
        Q: Integer;
    begin
        Evaluate(Q, Page.GetBackgroundParameters().Get('qty'));
        R.Add('double', Format(Q * 2));
        Page.SetBackgroundTaskResult(R);
    end;
}

page 50950 "Bench Card"
{
    PageType = Card;
    SourceTable = "Bench Item";
    layout { area(Content) { field("No."; Rec."No.") { } field(Qty; Rec.Qty) { } field(Double; Double) { } } }
    var
        TaskId: Integer;
        Double: Text;

    trigger OnAfterGetCurrRecord()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('qty', Format(Rec.Qty));
        CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::"Bench Double", P);
    end;

    trigger OnPageBackgroundTaskCompleted(Id: Integer; Results: Dictionary of [Text, Text])
    begin
        Double := Results.Get('double');
    end;
}
''']
for c in range((n + per - 1) // per):
    body = []
    for t in range(c * per, min(n, (c + 1) * per)):
        body.append(f'''    [Test]
    procedure Test{t}()
    var
        Item: Record "Bench Item";
        Card: TestPage "Bench Card";
    begin
        Item."No." := 'I{t}';
        Item.Qty := {t};
        Item.Insert();
        Card.OpenView();
        Card.GoToRecord(Item);
        if Card.Double.Value <> '{t * 2}' then
            Error('expected {t * 2}, got %1', Card.Double.Value);
        Card.Close();
    end;
''')
    parts.append(f'codeunit {51000 + c} "Bench Tests {c}"\n{{\n    Subtype = Test;\n\n' + "\n".join(body) + '}\n')
open(out, "w").write("\n".join(parts))
