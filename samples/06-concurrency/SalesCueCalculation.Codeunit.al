// The background task behind every cue of the Sales Activities page: the
// Cue parameter says which figure to compute from the customers and their
// ledger entries.  On a real database some of these queries take a while;
// Sleep stands in for that time, so the timeline shows the queue at work.
codeunit 50350 "Sales Cue Calculation"
{
    trigger OnRun()
    var
        Result: Dictionary of [Text, Text];
        Cue: Text;
    begin
        Cue := Page.GetBackgroundParameters().Get('Cue');
        Result.Add('Value', CalculateCue(Cue));
        Sleep(QueryTime(Cue));
        Page.SetBackgroundTaskResult(Result);
    end;

    local procedure CalculateCue(Cue: Text): Text
    var
        Customer: Record Customer;
        CustLedgerEntry: Record "Cust. Ledger Entry";
    begin
        case Cue of
            'Customers':
                exit(Format(Customer.Count()));
            'Blocked Customers':
                begin
                    Customer.SetFilter(Blocked, '<>%1', Customer.Blocked::" ");
                    exit(Format(Customer.Count()));
                end;
            'Open Invoices':
                begin
                    SetOpenInvoiceFilter(CustLedgerEntry);
                    exit(Format(CustLedgerEntry.Count()));
                end;
            'Overdue Invoices':
                begin
                    SetOpenInvoiceFilter(CustLedgerEntry);
                    CustLedgerEntry.SetFilter("Due Date", '<%1', Today());
                    exit(Format(CustLedgerEntry.Count()));
                end;
            'Overdue Amount':
                begin
                    SetOpenInvoiceFilter(CustLedgerEntry);
                    CustLedgerEntry.SetFilter("Due Date", '<%1', Today());
                    CustLedgerEntry.CalcSums("Remaining Amount");
                    exit(Format(CustLedgerEntry."Remaining Amount", 0, '<Precision,2:2><Standard Format,0>'));
                end;
            'Total Balance':
                begin
                    CustLedgerEntry.CalcSums("Amount (LCY)");
                    exit(Format(CustLedgerEntry."Amount (LCY)", 0, '<Precision,2:2><Standard Format,0>'));
                end;
            'Payments This Month':
                begin
                    CustLedgerEntry.SetRange("Document Type", CustLedgerEntry."Document Type"::Payment);
                    CustLedgerEntry.SetRange("Posting Date", CalcDate('<-CM>', Today()), Today());
                    exit(Format(CustLedgerEntry.Count()));
                end;
            'Open Credit Memos':
                begin
                    CustLedgerEntry.SetRange("Document Type", CustLedgerEntry."Document Type"::"Credit Memo");
                    CustLedgerEntry.SetRange(Open, true);
                    exit(Format(CustLedgerEntry.Count()));
                end;
        end;
        Error('Unknown cue %1.', Cue);
    end;

    local procedure SetOpenInvoiceFilter(var CustLedgerEntry: Record "Cust. Ledger Entry")
    begin
        CustLedgerEntry.SetRange("Document Type", CustLedgerEntry."Document Type"::Invoice);
        CustLedgerEntry.SetRange(Open, true);
    end;

    local procedure QueryTime(Cue: Text): Integer
    begin
        case Cue of
            'Customers':
                exit(400);
            'Blocked Customers':
                exit(300);
            'Open Invoices':
                exit(800);
            'Overdue Invoices':
                exit(200);
            'Overdue Amount':
                exit(600);
            'Total Balance':
                exit(300);
            'Payments This Month':
                exit(100);
            'Open Credit Memos':
                exit(200);
        end;
    end;
}
