// args: --codeunit 50440
// TestPage.RunPageBackgroundTask (behaviour 14): needs an open TestPage,
// runs the worker in a read-only child session that sees the test's
// uncommitted rows, returns its result, fires the page's triggers only
// when asked, raises the worker's error in the test, and leaves the test's
// write transaction open.
table 50440 "TP Run Row"
{
    Caption = 'TP Run Row';
    fields
    {
        field(1; Code; Code[10]) { }
    }
    keys { key(PK; Code) { } }
}

codeunit 50441 "TP Run Worker"
{
    trigger OnRun()
    var
        Row: Record "TP Run Row";
        Tmp: Record "TP Run Row" temporary;
        Result: Dictionary of [Text, Text];
        Mode: Text;
    begin
        Mode := Page.GetBackgroundParameters().Get('mode');
        Tmp.Code := 'T';
        Tmp.Insert();                                 // temporary records are writable
        case Mode of
            'write':
                begin
                    Row.Code := 'W';
                    Row.Insert();
                end;
            'fail':
                Error('the worker says no');
        end;
        Result.Add('rows', Format(Row.Count()));
        Result.Add('gui', Format(GuiAllowed()));
        Page.SetBackgroundTaskResult(Result);
    end;
}

page 50440 "TP Run Card"
{
    PageType = Card;
    SourceTable = "TP Run Row";
    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field(Last; Last) { }
        }
    }
    var
        Last: Text;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Last := StrSubstNo('completed %1: %2 rows', TaskId, Results.Get('rows'));
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        Last := StrSubstNo('error %1: %2', TaskId, ErrorText);
        IsHandled := true;
    end;
}

codeunit 50440 "TP Run Task"
{
    Subtype = Test;

    trigger OnRun()
    var
        Row: Record "TP Run Row";
        Card: TestPage "TP Run Card";
        Params: Dictionary of [Text, Text];
        Results: Dictionary of [Text, Text];
    begin
        Params.Add('mode', 'read');
        asserterror Card.RunPageBackgroundTask(Codeunit::"TP Run Worker", Params);
        Message(GetLastErrorText());                  // expect: The TestPage is not open.
        Row.Code := 'A';
        Row.Insert();                                 // not committed
        Card.OpenView();
        Results := Card.RunPageBackgroundTask(Codeunit::"TP Run Worker", Params);
        Message('%1 rows', Results.Get('rows'));      // expect: 1 rows
        Message('GuiAllowed in the child session: %1', Results.Get('gui')); // expect: GuiAllowed in the child session: No
        Message('[%1]', Card.Last.Value);             // expect: []
        Results := Card.RunPageBackgroundTask(Codeunit::"TP Run Worker", Params, true);
        Message(Card.Last.Value);                     // expect: completed 2: 1 rows
        Params.Set('mode', 'fail');
        Results := Card.RunPageBackgroundTask(Codeunit::"TP Run Worker", Params, true);
        Message(Card.Last.Value);                     // expect: error 3: the worker says no
        Message('%1 results', Results.Count());       // expect: 0 results
        if not TryRun(Card, Params) then
            Message(GetLastErrorText());              // expect: the worker says no
        Params.Set('mode', 'write');
        if not TryRun(Card, Params) then
            Message(GetLastErrorText());              // expect: Sorry, the current permissions prevented the action. (TableData 50440 TP Run Row Insert: Default App)
        Card.Close();
        Message('%1 %2', Row.Count(), Row.Get('A'));  // expect: 1 Yes
        Row.Code := 'B';
        Row.Insert();
        Card.OpenView();
        Params.Set('mode', 'read');
        Message(Card.RunPageBackgroundTask(Codeunit::"TP Run Worker", Params).Get('rows'));   // expect: 2
    end;

    [TryFunction]
    local procedure TryRun(var Card: TestPage "TP Run Card"; var Params: Dictionary of [Text, Text])
    begin
        Card.RunPageBackgroundTask(Codeunit::"TP Run Worker", Params);
    end;
}
