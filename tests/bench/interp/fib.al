// Recursive Fibonacci: about 1.35 M procedure calls (twins: fib.lua, fib.py).
codeunit 50900 "Bench Fib"
{
    trigger OnRun()
    begin
        Message('fib(30) = %1', Format(Fib(30), 0, 9));
    end;

    local procedure Fib(N: Integer): Integer
    begin
        if N < 2 then
            exit(N);
        exit(Fib(N - 1) + Fib(N - 2));
    end;
}
