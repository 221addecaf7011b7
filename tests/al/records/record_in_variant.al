// A Record assigned to a Variant holds a copy of it (it used to crash).
table 50330 Box
{
    fields { field(1; No; Integer) { } }
    keys { key(PK; No) { } }
}

codeunit 50330 RecVariant
{
    trigger OnRun()
    var
        B: Record Box;
        V: Variant;
    begin
        B.No := 7;
        V := B;
        B.No := 8;
        Message('%1 %2', V.IsRecord(), B.No);   // expect: Yes 8
    end;
}
