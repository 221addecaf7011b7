table 21 "My Entry"
{
    fields
    {
        field(1; "Entry No."; Integer) { }
    }
}

codeunit 50151 "Uses Customer"
{
    trigger OnRun()
    var
        Cust: Record Customer;
    begin
        Cust."No." := 'C1';
    end;
}
