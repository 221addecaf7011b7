// A list page enqueueing from OnAfterGetRecord: every row read cancels the
// previous row's task, and going back to the current row cancels the last
// one (BC's warning: such tasks get cancelled); OnAfterGetCurrRecord runs
// on every selection.  A card with a CardPart whose
// task is pending: the part shows "-" for every field until it ends.
table 50430 Item
{
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Stock; Integer) { }
    }
    keys { key(PK; "No.") { } }
}

codeunit 50430 "Stock Worker"
{
    trigger OnRun()
    var
        R: Dictionary of [Text, Text];
    begin
        Sleep(500);
        R.Add('stock', Page.GetBackgroundParameters().Get('no') + ': 42');
        Page.SetBackgroundTaskResult(R);
    end;
}

page 50430 "Item List"
{
    PageType = List;
    SourceTable = Item;
    layout
    {
        area(Content)
        {
            repeater(Rows)
            {
                field("No."; Rec."No.") { }
                field(Stock; Rec.Stock) { }
            }
        }
    }
    var
        RowTask: Integer;

    trigger OnAfterGetRecord()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('no', Rec."No.");
        CurrPage.EnqueueBackgroundTask(RowTask, Codeunit::"Stock Worker", P);
    end;

    trigger OnAfterGetCurrRecord()
    begin
        Message('current: %1', Rec."No.");
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Message('completed %1: %2', TaskId, Results.Get('stock'));
    end;
}

page 50431 "Item Stock Part"
{
    PageType = CardPart;
    SourceTable = Item;
    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
            field(Live; LiveStock) { }
        }
    }
    var
        PartTask: Integer;
        LiveStock: Text;

    trigger OnOpenPage()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('no', 'part');
        CurrPage.EnqueueBackgroundTask(PartTask, Codeunit::"Stock Worker", P);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        LiveStock := Results.Get('stock');
    end;
}

page 50432 "Item Card"
{
    PageType = Card;
    SourceTable = Item;
    layout
    {
        area(Content)
        {
            group(General)
            {
                field("No."; Rec."No.") { }
                field(Stock; Rec.Stock) { }
            }
            part(StockPart; "Item Stock Part") { }
        }
    }
}
