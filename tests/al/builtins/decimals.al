codeunit 50152 Decimals
{
    trigger OnRun()
    var
        D: Decimal;
        I: Integer;
    begin
        D := 0.1 + 0.2;
        Message('%1', D);                                   // expect: 0.3
        Message('%1', 1 / 3);                               // expect: 0.3333333333333333333333333333
        Message('%1', 1234567.5);                           // expect: 1,234,567.5
        Message(Format(1234567.5, 0, 1));                   // expect: 1234567.5
        Message(Format(2.5, 0, '<Precision,2:2><Standard Format,0>')); // expect: 2.50
        Message('%1', Round(2.345, 0.01));                  // expect: 2.35
        Message('%1', Round(2.5, 1));                       // expect: 3
        Message('%1', Round(-2.5, 1));                      // expect: -3
        Message('%1', Round(2.31, 0.05, '>'));              // expect: 2.35
        Message('%1', Round(2.39, 0.05, '<'));              // expect: 2.35
        Message('%1', Power(2, 10));                        // expect: 1,024
        Message('%1', Abs(-4.25));                          // expect: 4.25
        I := 7;
        D := I;
        D := D / 2;
        Message('%1', D);                                   // expect: 3.5
        Message('%1', 10 / 4 * 4);                          // expect: 10
        D := 1 / 0; // expect runtime error: Attempted to divide by zero.
    end;
}
