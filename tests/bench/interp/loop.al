// A counted loop: the sum of 1..10^7 into a BigInteger (twins: loop.lua, loop.py).
codeunit 50901 "Bench Loop"
{
    trigger OnRun()
    var
        I: Integer;
        Sum: BigInteger;
    begin
        for I := 1 to 10000000 do
            Sum += I;
        Message('sum(1..10^7) = %1', Format(Sum, 0, 9));
    end;
}
