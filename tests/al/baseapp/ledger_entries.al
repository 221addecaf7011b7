// "Balance (LCY)" sums "Cust. Ledger Entry"."Amount (LCY)" for the
// customer; "Balance Due (LCY)" only the entries due by the end of the
// "Date Filter".  "Document Type" is the "Gen. Journal Document Type" enum.
codeunit 50601 "Base App Ledger"
{
    trigger OnRun()
    var
        Cust: Record Customer;
        Entry: Record "Cust. Ledger Entry";
    begin
        Cust."No." := 'C1';
        Cust.Insert();
        Cust."No." := 'C2';
        Cust.Insert();
        Post(1, 'C1', Entry."Document Type"::Invoice, 'INV1', 20240115D, 1000, 20240214D);
        Post(2, 'C1', Entry."Document Type"::Payment, 'PAY1', 20240201D, -400.25, 20240201D);
        Post(3, 'C1', Entry."Document Type"::"Credit Memo", 'CM1', 20240301D, -99.75, 20240331D);
        Post(4, 'C2', Entry."Document Type"::Invoice, 'INV2', 20240105D, 250, 20240204D);

        Cust.Get('C1');
        Message('%1', Cust."Balance (LCY)");            // expect: 0
        Cust.CalcFields("Balance (LCY)");
        Message('%1', Cust."Balance (LCY)");            // expect: 500
        Cust.SetFilter("Date Filter", '..%1', 20240229D);
        Cust.CalcFields("Balance Due (LCY)");
        Message('%1', Cust."Balance Due (LCY)");        // expect: 599.75
        Cust.SetRange("Date Filter");
        Cust.CalcFields("Balance Due (LCY)");
        Message('%1', Cust."Balance Due (LCY)");        // expect: 500
        Cust.Get('C2');
        Cust.CalcFields("Balance (LCY)");
        Message('%1', Cust."Balance (LCY)");            // expect: 250

        Entry.SetCurrentKey("Customer No.", "Posting Date");
        Entry.SetRange("Customer No.", 'C1');
        Entry.CalcSums("Amount (LCY)", Amount);
        Message('%1 %2', Entry."Amount (LCY)", Entry.Amount); // expect: 500 500
        Entry.SetRange("Document Type", Entry."Document Type"::Payment);
        Entry.FindFirst();
        Message('%1 %2 %3', Entry."Document No.", Entry."Document Type", Entry.Open);  // expect: PAY1 Payment No
        Entry.SetRange("Document Type");
        Entry.SetRange(Open, true);
        Message('%1', Entry.Count());                   // expect: 2
        Message('%1', Format(Entry."Document Type"::"Finance Charge Memo"));   // expect: Finance Charge Memo
    end;

    local procedure Post(No: Integer; CustNo: Code[20]; DocType: Enum "Gen. Journal Document Type"; DocNo: Code[20]; PostingDate: Date; Amt: Decimal; DueDate: Date)
    var
        Entry: Record "Cust. Ledger Entry";
    begin
        Entry."Entry No." := No;
        Entry."Customer No." := CustNo;
        Entry."Document Type" := DocType;
        Entry."Document No." := DocNo;
        Entry."Posting Date" := PostingDate;
        Entry.Description := StrSubstNo('%1 %2', DocType, DocNo);
        Entry.Amount := Amt;
        Entry."Amount (LCY)" := Amt;
        Entry."Remaining Amount" := Amt;
        Entry.Open := DocType <> DocType::Payment;
        Entry."Due Date" := DueDate;
        Entry.Insert();
    end;
}
