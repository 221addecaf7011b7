codeunit 50163 "BigInteger Narrowing"
{
    trigger OnRun()
    var
        I: Integer;
        Big: BigInteger;
    begin
        Big := 2147483647L;
        I := Big;
        Message('%1', I);          // expect: 2147483647
        Big += 1;
        I := Big; // expect runtime error: Arithmetic operation resulted in an overflow.
    end;
}
