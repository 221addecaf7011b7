// args: --codeunit 50430
// Worker errors under a TestPage (behaviour 15): a handled error does not
// propagate; an unhandled one propagates out of the navigation call and
// leaves the TestPage closed: the test sees `The TestPage is not open.`.
table 50430 "TP Err Row"
{
    fields
    {
        field(1; Code; Code[10]) { }
    }
    keys { key(PK; Code) { } }
}

codeunit 50431 "TP Failing Worker"
{
    trigger OnRun()
    begin
        Error('worker failed for %1', Page.GetBackgroundParameters().Get('code'));
    end;
}

page 50430 "TP Err Card"
{
    PageType = Card;
    SourceTable = "TP Err Row";
    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field(Note; Note) { }
        }
    }
    var
        Note: Text;
        Id: Integer;

    trigger OnAfterGetCurrRecord()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('code', Rec.Code);
        CurrPage.EnqueueBackgroundTask(Id, Codeunit::"TP Failing Worker", P);
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        Note := StrSubstNo('task %1 %2: %3', TaskId, ErrorCode, ErrorText);
        IsHandled := Rec.Code <> 'B';                 // B's error is left unhandled
    end;
}

codeunit 50430 "TP Task Errors"
{
    Subtype = Test;

    trigger OnRun()
    var
        Row: Record "TP Err Row";
        Card: TestPage "TP Err Card";
    begin
        Row.Code := 'A'; Row.Insert();
        Row.Code := 'B'; Row.Insert();
        Commit();
        Card.OpenView();                              // A: handled
        Message(Card.Note.Value);                     // expect: task 1 Dialog: worker failed for A
        asserterror Card.Next();                      // B: unhandled
        Message(GetLastErrorText());                  // expect: The TestPage is not open.
        asserterror Card.Close();
        Message(GetLastErrorText());                  // expect: The TestPage is not open.
        Card.OpenView();                              // it opens again
        Message(Card.Code.Value);                     // expect: A
        Card.Next();                                  // expect runtime error: The TestPage is not open.
    end;
}
