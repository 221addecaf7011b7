// An activities page with eight cues, each computed by its own background
// task.  The page has no record, so it enqueues the tasks when it opens
// (as BC's own activities pages do): eight at once.  A session runs at
// most ChildSessionsMaxConcurrency (5) tasks; the other three wait in the
// queue and start, first come first served, as running tasks end.  A
// Dictionary maps each task ID to its cue.
page 50350 "Sales Activities"
{
    Caption = 'Sales Activities';
    PageType = Card;
    Editable = false;

    layout
    {
        area(Content)
        {
            group(Customers)
            {
                Caption = 'Customers';
                field(CustomersCue; CustomersCue) { ApplicationArea = All; Caption = 'Customers'; }
                field(BlockedCue; BlockedCue) { ApplicationArea = All; Caption = 'Blocked Customers'; }
                field(BalanceCue; BalanceCue) { ApplicationArea = All; Caption = 'Total Balance (LCY)'; }
            }
            group(Invoices)
            {
                Caption = 'Invoices';
                field(OpenInvoicesCue; OpenInvoicesCue) { ApplicationArea = All; Caption = 'Open Invoices'; }
                field(OverdueInvoicesCue; OverdueInvoicesCue) { ApplicationArea = All; Caption = 'Overdue Invoices'; }
                field(OverdueAmountCue; OverdueAmountCue) { ApplicationArea = All; Caption = 'Overdue Amount (LCY)'; }
                field(OpenCreditMemosCue; OpenCreditMemosCue) { ApplicationArea = All; Caption = 'Open Credit Memos'; }
            }
            group(Payments)
            {
                Caption = 'Payments';
                field(PaymentsCue; PaymentsCue) { ApplicationArea = All; Caption = 'Payments This Month'; }
            }
        }
    }

    var
        LastTaskId: Integer;
        CueTasks: Dictionary of [Integer, Text];
        CustomersCue: Text;
        BlockedCue: Text;
        BalanceCue: Text;
        OpenInvoicesCue: Text;
        OverdueInvoicesCue: Text;
        OverdueAmountCue: Text;
        OpenCreditMemosCue: Text;
        PaymentsCue: Text;

    trigger OnOpenPage()
    begin
        EnqueueCue('Customers');
        EnqueueCue('Blocked Customers');
        EnqueueCue('Open Invoices');
        EnqueueCue('Overdue Invoices');
        EnqueueCue('Overdue Amount');
        EnqueueCue('Total Balance');
        EnqueueCue('Payments This Month');
        EnqueueCue('Open Credit Memos');
    end;

    local procedure EnqueueCue(Cue: Text)
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        TaskParameters.Add('Cue', Cue);
        CurrPage.EnqueueBackgroundTask(LastTaskId, Codeunit::"Sales Cue Calculation", TaskParameters, 10000, PageBackgroundTaskErrorLevel::Warning);
        CueTasks.Add(LastTaskId, Cue);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    var
        Cue: Text;
        Value: Text;
    begin
        if not CueTasks.Get(TaskId, Cue) then
            exit;
        Value := Results.Get('Value');
        case Cue of
            'Customers':
                CustomersCue := Value;
            'Blocked Customers':
                BlockedCue := Value;
            'Open Invoices':
                OpenInvoicesCue := Value;
            'Overdue Invoices':
                OverdueInvoicesCue := Value;
            'Overdue Amount':
                OverdueAmountCue := Value;
            'Total Balance':
                BalanceCue := Value;
            'Payments This Month':
                PaymentsCue := Value;
            'Open Credit Memos':
                OpenCreditMemosCue := Value;
        end;
    end;
}
