// A CardPart with a customer's sales figures, computed by two background
// tasks each time the part shows another customer.  A part page shows no
// data at all while any of its tasks runs, not even the customer's name,
// which needs no task: every field is a dash until both tasks are done.
page 50501 "Customer Sales Cues"
{
    Caption = 'Sales Figures';
    PageType = CardPart;
    SourceTable = Customer;
    Editable = false;

    layout
    {
        area(Content)
        {
            field(Name; Rec.Name) { ApplicationArea = All; Caption = 'Customer'; }
            field(OpenInvoices; OpenInvoices) { ApplicationArea = All; Caption = 'Open Invoices'; }
            field(OverdueAmount; OverdueAmount) { ApplicationArea = All; Caption = 'Overdue Amount (LCY)'; }
            field(LastPayment; LastPayment) { ApplicationArea = All; Caption = 'Last Payment'; }
        }
    }

    var
        InvoicesTaskId: Integer;
        PaymentsTaskId: Integer;
        OpenInvoices: Text;
        OverdueAmount: Text;
        LastPayment: Text;

    trigger OnAfterGetCurrRecord()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        OpenInvoices := '';
        OverdueAmount := '';
        LastPayment := '';
        SetParameters(TaskParameters, 'Invoices');
        CurrPage.EnqueueBackgroundTask(InvoicesTaskId, Codeunit::"Customer Statistics Calc", TaskParameters, 10000, PageBackgroundTaskErrorLevel::Warning);
        SetParameters(TaskParameters, 'Payments');
        CurrPage.EnqueueBackgroundTask(PaymentsTaskId, Codeunit::"Customer Statistics Calc", TaskParameters, 10000, PageBackgroundTaskErrorLevel::Warning);
    end;

    local procedure SetParameters(var TaskParameters: Dictionary of [Text, Text]; Figures: Text)
    begin
        Clear(TaskParameters);
        TaskParameters.Add('CustomerNo', Rec."No.");
        TaskParameters.Add('Figures', Figures);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        case TaskId of
            InvoicesTaskId:
                begin
                    OpenInvoices := Results.Get('OpenInvoices');
                    OverdueAmount := Results.Get('OverdueAmount');
                end;
            PaymentsTaskId:
                LastPayment := Results.Get('LastPayment');
        end;
    end;
}
