// args: --codeunit 50410
// Page background tasks under a TestPage run synchronously (bc-behaviour.md
// §1.9, behaviour 13): the worker runs in a read-only child session that
// sees the test's uncommitted inserts but not its uncommitted deletes, and
// the completion trigger has fired before OpenView / Next / GoToKey /
// GoToRecord return.
table 50410 "TP Row"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Amount; Integer) { }
    }
    keys { key(PK; Code) { } }
}

codeunit 50411 "TP Count Worker"
{
    trigger OnRun()
    var
        Row: Record "TP Row";
        Result: Dictionary of [Text, Text];
    begin
        Result.Add('rows', Format(Row.Count()));
        Result.Add('code', Page.GetBackgroundParameters().Get('code'));
        Page.SetBackgroundTaskResult(Result);
    end;
}

page 50410 "TP Row Card"
{
    PageType = Card;
    SourceTable = "TP Row";
    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field(Seen; Seen) { }
        }
    }
    var
        Seen: Text;
        LastId: Integer;

    trigger OnAfterGetCurrRecord()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('code', Rec.Code);
        CurrPage.EnqueueBackgroundTask(LastId, Codeunit::"TP Count Worker", P);
        Message('enqueued task %1 for %2', LastId, Rec.Code);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Seen := StrSubstNo('task %1: %2 rows at %3', TaskId, Results.Get('rows'), Results.Get('code'));
    end;
}

codeunit 50410 "TP Sync Tasks"
{
    Subtype = Test;

    trigger OnRun()
    var
        Row: Record "TP Row";
        Card: TestPage "TP Row Card";
    begin
        Row.Code := 'A'; Row.Insert();
        Row.Code := 'B'; Row.Insert();
        Row.Code := 'C'; Row.Insert();
        Commit();
        Row.Get('C');
        Row.Delete();                    // uncommitted: the worker still sees C
        Row.Code := 'D'; Row.Insert();   // uncommitted: the worker sees D
        Card.OpenView();
        // expect: enqueued task 1 for A
        Message(Card.Seen.Value);        // expect: task 1: 4 rows at A
        Card.Next();
        // expect: enqueued task 2 for B
        Message(Card.Seen.Value);        // expect: task 2: 4 rows at B
        Card.GoToKey('D');
        // expect: enqueued task 3 for D
        Message(Card.Seen.Value);        // expect: task 3: 4 rows at D
        Row.Get('A');
        Card.GoToRecord(Row);
        // expect: enqueued task 4 for A
        Message(Card.Seen.Value);        // expect: task 4: 4 rows at A
        Card.Close();
        Message('%1', Row.Count());      // expect: 3
    end;
}
