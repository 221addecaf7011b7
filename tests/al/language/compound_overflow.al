codeunit 50231 "Compound Overflow"
{
    trigger OnRun()
    var
        I: Integer;
    begin
        I := 2147483647;
        I -= 1;
        I += 1;
        Message('%1', I);  // expect: 2147483647
        I := -2147483647;
        I += 2147483647;
        Message('%1', I);  // expect: 0
        I := 65536;
        I *= 32768; // expect runtime error: Arithmetic operation resulted in an overflow.
    end;
}
