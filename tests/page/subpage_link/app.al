// SubPageLink: the part's record follows its host's.  Each order shows
// its own lines; moving the host moves the part, and the card's
// background task for the old order is cancelled.
table 50500 "Order"
{
    fields { field(1; No; Code[10]) { } }
    keys { key(PK; No) { } }
}

table 50501 "Order Line"
{
    fields
    {
        field(1; "Order No."; Code[10]) { }
        field(2; "Line No."; Integer) { }
        field(3; Item; Text[20]) { }
    }
    keys { key(PK; "Order No.", "Line No.") { } }
}

codeunit 50500 "Count Lines"
{
    trigger OnRun()
    var
        L: Record "Order Line";
        R: Dictionary of [Text, Text];
    begin
        Sleep(300);
        L.SetRange("Order No.", Page.GetBackgroundParameters().Get('order'));
        R.Add('lines', Format(L.Count()));
        Page.SetBackgroundTaskResult(R);
    end;
}

page 50501 "Order Lines"
{
    PageType = ListPart;
    SourceTable = "Order Line";
    layout
    {
        area(Content)
        {
            repeater(Lines)
            {
                field("Line No."; Rec."Line No.") { }
                field(Item; Rec.Item) { }
            }
        }
    }
}

page 50500 "Order Card"
{
    PageType = Card;
    SourceTable = "Order";
    layout
    {
        area(Content)
        {
            field(No; Rec.No) { }
            field(LineCount; LineCount) { }
            part(Lines; "Order Lines") { SubPageLink = "Order No." = field(No); }
        }
    }
    var
        CountTask: Integer;
        LineCount: Text;

    trigger OnAfterGetCurrRecord()
    var
        P: Dictionary of [Text, Text];
    begin
        LineCount := '';
        P.Add('order', Rec.No);
        CurrPage.EnqueueBackgroundTask(CountTask, Codeunit::"Count Lines", P);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        LineCount := Results.Get('lines');
    end;
}
