// The background task of the Customer Sales Cues part: computes one group
// of figures for a customer from its ledger entries.  'Invoices' gives the
// open invoices and the overdue amount, 'Payments' the last payment; on
// a big ledger both take a while, which Sleep stands in for.
codeunit 50500 "Customer Statistics Calc"
{
    trigger OnRun()
    var
        CustLedgerEntry: Record "Cust. Ledger Entry";
        Parameters: Dictionary of [Text, Text];
        Result: Dictionary of [Text, Text];
    begin
        Parameters := Page.GetBackgroundParameters();
        CustLedgerEntry.SetRange("Customer No.", Parameters.Get('CustomerNo'));
        case Parameters.Get('Figures') of
            'Invoices':
                begin
                    Sleep(300);
                    CustLedgerEntry.SetRange("Document Type", CustLedgerEntry."Document Type"::Invoice);
                    CustLedgerEntry.SetRange(Open, true);
                    Result.Add('OpenInvoices', Format(CustLedgerEntry.Count()));
                    CustLedgerEntry.SetFilter("Due Date", '<%1', Today());
                    CustLedgerEntry.CalcSums("Remaining Amount");
                    Result.Add('OverdueAmount', Format(CustLedgerEntry."Remaining Amount", 0, '<Precision,2:2><Standard Format,0>'));
                end;
            'Payments':
                begin
                    Sleep(800);
                    CustLedgerEntry.SetRange("Document Type", CustLedgerEntry."Document Type"::Payment);
                    if CustLedgerEntry.FindLast() then
                        Result.Add('LastPayment', Format(CustLedgerEntry."Posting Date"))
                    else
                        Result.Add('LastPayment', 'none');
                end;
        end;
        Page.SetBackgroundTaskResult(Result);
    end;
}
