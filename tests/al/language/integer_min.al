// -2^31 is reached by arithmetic (BC refuses only the literal); negating it or going below overflows.
codeunit 50100 M
{
    trigger OnRun()
    var
        I: Integer;
        J: Integer;
    begin
        I := -2147483647 - 1;
        Message('%1', I);              // expect: -2147483648
        J := -2147483647;
        J -= 1;
        Message('%1', J);              // expect: -2147483648
        Message('%1', I div -1);       // expect runtime error: Arithmetic operation resulted in an overflow.
    end;
}
