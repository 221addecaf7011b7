// An in-place recursive quicksort (Hoare partition, middle pivot) of
// array[100000] of Integer filled by the Park-Miller generator (Schrage's
// method, so every product fits in an Integer). The same algorithm on the
// same data as sort.lua and sort.py.
codeunit 50905 "Bench Sort"
{
    trigger OnRun()
    var
        A: array[100000] of Integer;
        Seed, I, Bad : Integer;
        Sum: BigInteger;
    begin
        Seed := 42;
        for I := 1 to 100000 do begin
            Seed := NextRandom(Seed);
            A[I] := Seed mod 1000000;
        end;
        QuickSort(A, 1, 100000);
        for I := 1 to 100000 do begin
            Sum += A[I];
            if I > 1 then
                if A[I - 1] > A[I] then
                    Bad += 1;
        end;
        Message('sort: first %1, middle %2, last %3, sum %4, out of order %5',
            Format(A[1], 0, 9), Format(A[50000], 0, 9), Format(A[100000], 0, 9), Format(Sum, 0, 9), Format(Bad, 0, 9));
    end;

    // x := 48271 * x mod (2^31 - 1), computed without overflow.
    local procedure NextRandom(X: Integer): Integer
    begin
        X := 48271 * (X mod 44488) - 3399 * (X div 44488);
        if X <= 0 then
            X += 2147483647;
        exit(X);
    end;

    local procedure QuickSort(var A: array[100000] of Integer; Lo: Integer; Hi: Integer)
    var
        I, J, P, T : Integer;
    begin
        I := Lo;
        J := Hi;
        P := A[(Lo + Hi) div 2];
        repeat
            while A[I] < P do
                I += 1;
            while A[J] > P do
                J -= 1;
            if I <= J then begin
                T := A[I];
                A[I] := A[J];
                A[J] := T;
                I += 1;
                J -= 1;
            end;
        until I > J;
        if Lo < J then
            QuickSort(A, Lo, J);
        if I < Hi then
            QuickSort(A, I, Hi);
    end;
}
