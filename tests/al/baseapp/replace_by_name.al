// A table named Customer of the user's replaces the built-in one whatever
// its ID; the built-in "Cust. Ledger Entry", Customer Card and Customer
// List stay and do not get in the way although the user's Customer has
// none of BC's fields but "No.".
table 50603 Customer
{
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Nickname; Text[30])
        {
            trigger OnValidate()
            begin
                Nickname := UpperCase(Nickname);
            end;
        }
    }
}

codeunit 50603 "Replace By Name"
{
    trigger OnRun()
    var
        Cust: Record Customer;
        Entry: Record "Cust. Ledger Entry";
    begin
        Cust."No." := 'C1';
        Cust.Validate(Nickname, 'bob');
        Cust.Insert();
        Entry."Entry No." := 1;
        Entry."Customer No." := Cust."No.";
        Entry."Amount (LCY)" := 10;
        Entry.Insert();
        Cust.Get('C1');
        Message('%1 %2 %3', Cust.Nickname, Entry.Count(), Database::Customer);   // expect: BOB 1 50603
    end;
}
