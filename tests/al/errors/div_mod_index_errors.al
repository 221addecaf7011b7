// Integer div/mod and one-dimensional array elements keep BC's errors.
codeunit 50173 "Div Mod Index Errors"
{
    trigger OnRun()
    var
        A: array[3] of Integer;
        I, Zero, MinusOne : Integer;
    begin
        MinusOne := -1;
        I := 2147483647;
        Message('%1 %2', I div MinusOne, I mod MinusOne);   // expect: -2147483647 0
        Message('%1 %2', 7 div -2, -7 mod -2);              // expect: -3 -1
        asserterror I := I div Zero;
        Message(GetLastErrorText());          // expect: Attempted to divide by zero.
        asserterror I := I mod Zero;
        Message(GetLastErrorText());          // expect: Attempted to divide by zero.
        Message('%1', I);                     // expect: 2147483647
        A[3] := 30;
        I := 4;
        asserterror A[I] := 1;
        Message(GetLastErrorText());          // expect: The index 4 is outside the bounds of the array (1..3).
        I := 0;
        asserterror I := A[I];
        Message(GetLastErrorText());          // expect: The index 0 is outside the bounds of the array (1..3).
        Message('%1', Get(A, 3));             // expect: 30
        asserterror Get(A, -5);
        Message(GetLastErrorText());          // expect: The index -5 is outside the bounds of the array (1..3).
        asserterror Put(A, 7);
        Message(GetLastErrorText());          // expect: The index 7 is outside the bounds of the array (1..3).
        Put(A, 1);
        Message('%1 %2 %3', A[1], A[2], A[3]); // expect: 1 0 30
    end;

    local procedure Get(var A: array[3] of Integer; I: Integer): Integer
    begin
        exit(A[I]);
    end;

    local procedure Put(var A: array[3] of Integer; I: Integer)
    begin
        A[I] := I;
    end;
}
