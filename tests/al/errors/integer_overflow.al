codeunit 50110 Overflow
{
    trigger OnRun()
    var
        I: Integer;
    begin
        I := 2147483647;
        I := I + 1; // expect runtime error: Arithmetic operation resulted in an overflow.
    end;
}
