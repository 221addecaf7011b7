// A list of items with an action that checks every item's price with the
// vendor: one background task per item, all enqueued at once.  With two
// slots and room for three waiting tasks (settings.txt), the sixth
// enqueue finds the queue full.  Check All Prices uses the Boolean result
// of EnqueueBackgroundTask (false: the item is left for later); Check All
// Prices (Unchecked) ignores it, so a full queue is a runtime error that
// stops the action.  The completion trigger runs in the page's session,
// where writing is allowed: it stores the price on the item.
page 50400 "Price Watch"
{
    Caption = 'Price Watch';
    PageType = List;
    SourceTable = "Price Watch Item";
    Editable = false;

    layout
    {
        area(Content)
        {
            repeater(Items)
            {
                field("No."; Rec."No.") { ApplicationArea = All; }
                field(Description; Rec.Description) { ApplicationArea = All; }
                field("Vendor Price"; Rec."Vendor Price") { ApplicationArea = All; }
                field("Checked At"; Rec."Checked At") { ApplicationArea = All; }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(CheckAllPrices)
            {
                ApplicationArea = All;
                Caption = 'Check All Prices';
                trigger OnAction()
                var
                    Item: Record "Price Watch Item";
                    TaskParameters: Dictionary of [Text, Text];
                    Skipped: Integer;
                    QueueFull: Notification;
                begin
                    if Item.FindSet() then
                        repeat
                            SetItemParameters(TaskParameters, Item);
                            if not CurrPage.EnqueueBackgroundTask(PriceTaskId, Codeunit::"Get Vendor Price", TaskParameters, 5000, PageBackgroundTaskErrorLevel::Warning) then
                                Skipped += 1;
                        until Item.Next() = 0;
                    if Skipped > 0 then begin
                        QueueFull.Message(StrSubstNo('Prices not checked: %1. Too many checks are waiting; try again in a moment.', Skipped));
                        QueueFull.Send();
                    end;
                end;
            }
            action(CheckAllPricesUnchecked)
            {
                ApplicationArea = All;
                Caption = 'Check All Prices (Unchecked)';
                trigger OnAction()
                var
                    Item: Record "Price Watch Item";
                    TaskParameters: Dictionary of [Text, Text];
                begin
                    if Item.FindSet() then
                        repeat
                            SetItemParameters(TaskParameters, Item);
                            CurrPage.EnqueueBackgroundTask(PriceTaskId, Codeunit::"Get Vendor Price", TaskParameters, 5000, PageBackgroundTaskErrorLevel::Warning);
                        until Item.Next() = 0;
                    Message('All price checks were enqueued.');
                end;
            }
        }
    }

    var
        PriceTaskId: Integer;

    local procedure SetItemParameters(var TaskParameters: Dictionary of [Text, Text]; Item: Record "Price Watch Item")
    begin
        Clear(TaskParameters);
        TaskParameters.Add('ItemNo', Item."No.");
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    var
        Item: Record "Price Watch Item";
    begin
        Item.Get(Results.Get('ItemNo'));
        Evaluate(Item."Vendor Price", Results.Get('Price'), 9);
        Item."Checked At" := Time();
        Item.Modify();
    end;
}
