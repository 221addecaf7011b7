// The user's own "Cust. Ledger Entry" (another ID, none of the built-in
// fields) replaces the built-in one.  The built-in Customer's FlowFields
// name fields the user's table does not have, so the built-in Customer
// is left out quietly: nothing the user wrote is wrong.
table 50604 "Cust. Ledger Entry"
{
    fields
    {
        field(1; "Entry No."; Integer) { AutoIncrement = true; }
        field(2; Points; Integer) { }
    }
}

codeunit 50604 "Replace Ledger"
{
    trigger OnRun()
    var
        Entry: Record "Cust. Ledger Entry";
    begin
        Entry.Points := 7;
        Entry.Insert();
        Entry.FindFirst();
        Message('%1 %2', Entry."Entry No.", Entry.Points);   // expect: 1 7
    end;
}
