codeunit 50156 "Dictionary Integer Keys"
{
    trigger OnRun()
    var
        D: Dictionary of [Integer, Integer];
        I, Sum, Missing : Integer;
    begin
        for I := 1 to 5000 do
            D.Add(I * 1024, I);              // keys that share their low bits
        for I := 1 to 5000 do
            if I mod 2 = 0 then
                D.Remove(I * 1024);
        for I := 1 to 5000 do
            if D.ContainsKey(I * 1024) then
                Sum += D.Get(I * 1024)
            else
                Missing += 1;
        Message('%1 %2 %3', D.Count(), Sum, Missing);   // expect: 2500 6250000 2500
        for I := 2 to 5000 do
            if I mod 2 = 0 then
                D.Add(I * 1024, -I);
        Message('%1 %2', D.Count(), D.Get(4096));        // expect: 5000 -4
        Message('%1', D.Keys().Get(2501));                // expect: 2048
        if not D.Add(1024, 0) then
            Message('duplicate refused');                 // expect: duplicate refused
    end;
}
