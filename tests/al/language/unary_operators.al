codeunit 50238 "Unary Operators"
{
    trigger OnRun()
    var
        I: Integer;
        D: Decimal;
        B: Boolean;
        Big: BigInteger;
    begin
        I := 5;
        Message('%1 %2 %3', +I, -I, - -I);        // expect: 5 -5 5
        Message('%1', -(I - 8));                  // expect: 3
        Message('%1', +(-2));                     // expect: -2
        D := 1.25;
        Message('%1 %2', -D, +D);                 // expect: -1.25 1.25
        Message('%1', -0.0);                      // expect: 0
        Big := 9223372036854775807L;
        Message('%1', -Big);                      // expect: -9223372036854775807
        B := false;
        Message('%1 %2', not B, not not B);       // expect: Yes No
        Message('%1', not (I > 3));               // expect: No
        Message('%1', -I * 2);                    // expect: -10
        I := 2147483647;
        Message('%1', -I);                        // expect: -2147483647
    end;
}
