// 10^6 inserts into a Dictionary of [Integer, Integer], then 10^6 lookups in
// another order (keys (7 * I) mod 10^6 + 1, a permutation of 1..10^6)
// (twins: dict.lua, dict.py).
codeunit 50904 "Bench Dictionary"
{
    trigger OnRun()
    var
        D: Dictionary of [Integer, Integer];
        I: Integer;
        Sum: BigInteger;
    begin
        for I := 1 to 1000000 do
            D.Add(I, I mod 1000);
        for I := 1 to 1000000 do
            Sum += D.Get((7 * I) mod 1000000 + 1);
        Message('dict: count %1, sum %2', Format(D.Count(), 0, 9), Format(Sum, 0, 9));
    end;
}
