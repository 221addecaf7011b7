// Ranks one customer among all customers by invoiced sales.  The ranking is
// built in a temporary "Customer Sales Buffer", which is fine in a
// background task.  Rank returns the rank to the page; RankAndCache also
// stores it in "Customer Rank Cache" itself — a database write, which a
// background task may not do.
codeunit 50550 "Customer Rank Calc"
{
    procedure Rank(CustomerNo: Code[20]; var CustomersRanked: Integer): Integer
    var
        Customer: Record Customer;
        CustLedgerEntry: Record "Cust. Ledger Entry";
        SalesBuffer: Record "Customer Sales Buffer";
        Position: Integer;
    begin
        if Customer.FindSet() then
            repeat
                CustLedgerEntry.SetRange("Customer No.", Customer."No.");
                CustLedgerEntry.SetRange("Document Type", CustLedgerEntry."Document Type"::Invoice);
                CustLedgerEntry.CalcSums("Amount (LCY)");
                SalesBuffer."Customer No." := Customer."No.";
                SalesBuffer.Sales := CustLedgerEntry."Amount (LCY)";
                SalesBuffer.Insert();
            until Customer.Next() = 0;

        CustomersRanked := SalesBuffer.Count();
        SalesBuffer.SetCurrentKey(Sales);
        SalesBuffer.Ascending(false);
        if SalesBuffer.FindSet() then
            repeat
                Position += 1;
                if SalesBuffer."Customer No." = CustomerNo then
                    exit(Position);
            until SalesBuffer.Next() = 0;
        exit(0);
    end;

    procedure RankAndCache(CustomerNo: Code[20]; var CustomersRanked: Integer): Integer
    var
        RankCache: Record "Customer Rank Cache";
        CustomerRank: Integer;
    begin
        CustomerRank := Rank(CustomerNo, CustomersRanked);
        if RankCache.Get(CustomerNo) then begin
            RankCache.Rank := CustomerRank;
            RankCache."Computed At" := Time();
            RankCache.Modify();
        end else begin
            RankCache."Customer No." := CustomerNo;
            RankCache.Rank := CustomerRank;
            RankCache."Computed At" := Time();
            RankCache.Insert();
        end;
        exit(CustomerRank);
    end;
}
