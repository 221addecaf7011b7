// TestPage filters, FindFirstField and system actions are checked when the
// code is compiled.
table 50510 "TP Bad"
{
    fields
    {
        field(1; "No."; Integer) { }
    }
    keys { key(PK; "No.") { } }
}

page 50510 "TP Bad Card"
{
    PageType = Card;
    SourceTable = "TP Bad";
    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
            field(Shown; 2 * Rec."No.") { }
        }
    }
}

codeunit 50510 "TP Bad Calls"
{
    trigger OnRun()
    var
        P: TestPage "TP Bad Card";
    begin
        P.Filter.SetFilter("No.", '1..2');
        P.Filter.SetFilter(Number, '1');        // expect error: Table "TP Bad" has no field 'Number'
        P.Filter.SetFilter("No.", 1);           // expect error: Cannot implicitly convert type 'Integer' to 'Text'
        P.Filter.SetRange("No.");               // expect error: a TestPage filter has no method 'SetRange'
        P.FindFirstField(Shown, 2);
        P.FindFirstField(Hidden, 2);            // expect error: TestPage "TP Bad Card" has no field 'Hidden'
        P.OK().Invoke();
        P.Cancel.Press();                       // expect error: a TestPage action has no method or property 'Press'
    end;
}
