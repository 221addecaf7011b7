// += and -= on Integer and BigInteger locals (updated in place by the
// evaluator), the exit forms and TryFunction arguments.
codeunit 50171 "Compound Assignment"
{
    var
        G: Integer;

    trigger OnRun()
    var
        I, J : Integer;
        Big: BigInteger;
        T: Text;
    begin
        I := 5;
        I += 3;
        I -= 10;
        Message('%1', I);                          // expect: -2
        I := I + 1;
        I := 1 + I;
        Message('%1', I);                          // expect: 0
        I := 2147483640;
        asserterror I += 8;
        Message(GetLastErrorText());               // expect: Arithmetic operation resulted in an overflow.
        Message('%1', I);                          // expect: 2147483640
        I := -2147483640;
        I -= 8;                                    // -2^31 is an Integer value (only its literal is refused)
        Message('%1', I);                          // expect: -2147483648
        asserterror I -= 1;
        Message('%1', I);                          // expect: -2147483648
        // the local is read before the right side runs
        I := 10;
        I += Bump(I);
        Message('%1', I);                          // expect: 11
        J := 1;
        J -= Bump(J) * 10;
        Message('%1', J);                          // expect: -9
        for I := 1 to 100000 do
            Big += I;
        Big -= 50000;
        Message('%1', Format(Big, 0, 9));          // expect: 5000000000
        Big := 9223372036854775800L;
        asserterror Big += 8;
        Message(GetLastErrorText());               // expect: Arithmetic operation resulted in an overflow.
        Message('%1', Format(Big, 0, 9));          // expect: 9223372036854775800
        Big -= I;                                  // I is 100000 after the loop
        Message('%1', Format(Big, 0, 9));          // expect: 9223372036854675800
        G := 7;
        G += 1;
        Message('%1', G);                          // expect: 8
        Message('%1 %2 %3', Named(1), Named(-1), Unnamed(2));   // expect: 10 -1 20
        Message('%1 [%2]', Unnamed(-1), NoValue(''));           // expect: 0 []
        T := 'abc';
        if Try(T, I) then
            Message('ok');                         // expect: ok
        Message('%1 %2', T, I);                    // expect: abc 42
        if not Try(T, I) then
            Message(GetLastErrorText());           // expect: failed at 43
        Message('%1', I);                          // expect: 43
    end;

    local procedure Bump(var N: Integer): Integer
    begin
        N += 100;
        exit(1);
    end;

    local procedure Named(N: Integer) R: Integer
    begin
        R := N;
        if N < 0 then
            exit;
        exit(N * 10);
    end;

    local procedure Unnamed(N: Integer): Integer
    begin
        if N < 0 then
            exit;
        exit(N * 10);
    end;

    local procedure NoValue(S: Text): Text
    begin
        S += 'changed';
    end;

    [TryFunction]
    local procedure Try(S: Text; var N: Integer)
    begin
        S += 'x';
        if N = 42 then begin
            N += 1;
            Error('failed at %1', N);
        end;
        N := 42;
    end;
}
