codeunit 50239 "Compound Assignment Types"
{
    trigger OnRun()
    var
        I: Integer;
    begin
        I /= 2; // expect error: Cannot implicitly convert type 'Decimal' to 'Integer'
    end;
}
