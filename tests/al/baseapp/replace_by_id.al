// A table 18 of the user's replaces the built-in Customer, whatever its
// name: the user's fields are the ones that exist, and the built-in
// Customer's name is free.  The rest of the base application stays.
table 18 "Debtor"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Nickname; Text[30]) { }
    }
}

codeunit 50602 "Replace By ID"
{
    trigger OnRun()
    var
        D: Record Debtor;
        Entry: Record "Cust. Ledger Entry";
        Cust: Record Customer;   // expect error: Table "Customer" is not defined
    begin
    end;
}
