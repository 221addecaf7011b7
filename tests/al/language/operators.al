codeunit 50103 Operators
{
    trigger OnRun()
    var
        A, B : Integer;
        Big: BigInteger;
        T: Text;
        C: Code[10];
        Ok: Boolean;
    begin
        A := 7;
        B := -2;
        Message('%1 %2', A div B, A mod B);     // expect: -3 1
        Message('%1 %2', -7 div 2, -7 mod 2);   // expect: -3 -1
        Message('%1', 2 + 3 * 4);               // expect: 14
        Message('%1', (2 + 3) * 4);             // expect: 20
        Message('%1', 7 / 2);                   // expect: 3.5
        Message('%1', 0.1 + 0.2 = 0.3);         // expect: Yes
        Big := 2147483647L * 2;
        Message('%1', Big);                     // expect: 4294967294
        Message('%1', 'abc' = 'ABC');           // expect: No
        C := 'abc';
        Message(C);                             // expect: ABC
        Message('%1', C = 'ABC');               // expect: Yes
        T := 'x' + 'y';
        Message(T);                             // expect: xy
        Ok := true xor false;
        Message('%1', Ok);                      // expect: Yes
        Message('%1', not Ok or Ok and false);  // expect: No
        Message('%1', 5 in [1, 3, 5..9]);       // expect: Yes
    end;
}
