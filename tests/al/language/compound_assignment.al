codeunit 50230 "Compound Assignment"
{
    trigger OnRun()
    var
        I: Integer;
        D: Decimal;
        Big: BigInteger;
        T: Text;
        C: Code[5];
        Dt: Date;
        Tm: Time;
        Arr: array[2] of Integer;
    begin
        I := 10;
        I += 5;
        I -= 20;
        Message('%1', I);             // expect: -5
        I *= -3;
        Message('%1', I);             // expect: 15
        D := 10;
        D /= 4;
        Message('%1', D);             // expect: 2.5
        D *= 0.1;
        D -= 1;
        Message('%1', D);             // expect: -0.75
        D /= 3;
        Message('%1', D);             // expect: -0.25
        Big := 4000000000L;
        Big *= 2;
        Big -= 1;
        Message('%1', Big);           // expect: 7999999999
        T := 'ab';
        T += 'cd';
        T += '';
        Message(T);                   // expect: abcd
        C := 'ab';
        C += 'c';
        Message(C);                   // expect: ABC
        Dt := 20240228D;
        Dt += 2;
        Message(Format(Dt, 0, 9));    // expect: 2024-03-01
        Dt -= 366;
        Message(Format(Dt, 0, 9));    // expect: 2023-03-01
        Tm := 120000T;
        Tm += 1000;
        Message(Format(Tm));          // expect: 12:00:01 PM
        Arr[2] := 4;
        Arr[2] *= Arr[2];
        Arr[2] -= 1;
        Message('%1', Arr[2]);        // expect: 15
        asserterror D /= 0;
        Message(GetLastErrorText());  // expect: Attempted to divide by zero.
        Message('%1', D);             // expect: -0.25
        C += 'xyz'; // expect runtime error: The length of the string is 6, but it must be less than or equal to 5 characters. Value: ABCXYZ
    end;
}
