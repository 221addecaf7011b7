codeunit 50218 "Round Abs Power"
{
    trigger OnRun()
    var
        I: Integer;
        Big: BigInteger;
        D: Decimal;
    begin
        // Round(Number) rounds to 0.01, ties away from zero
        Message('%1 %2', Round(1.005), Round(-1.005));                 // expect: 1.01 -1.01
        Message('%1 %2', Round(1.004), Round(2));                      // expect: 1 2
        Message('%1', Format(Round(2), 0, 1));                         // expect: 2
        Message('%1 %2', Round(0.5, 1), Round(1.5, 1));                // expect: 1 2
        Message('%1 %2', Round(-0.5, 1), Round(-1.5, 1));              // expect: -1 -2
        Message('%1 %2', Round(1234.5678, 0.001), Round(1234, 100));   // expect: 1,234.568 1,200
        Message('%1 %2', Round(1250, 100), Round(-1250, 100));         // expect: 1,300 -1,300
        Message('%1 %2', Round(1.21, 0.1, '>'), Round(-1.29, 0.1, '>')); // expect: 1.3 -1.2
        Message('%1 %2', Round(1.29, 0.1, '<'), Round(-1.21, 0.1, '<')); // expect: 1.2 -1.3
        Message('%1 %2', Round(1.25, 0.1, '='), Round(1.2, 0.1, '>'));  // expect: 1.3 1.2
        Message('%1', Round(7, 5));                                     // expect: 5
        Message('%1', Round(1.23456, 0.25));                            // expect: 1.25
        Message('%1', Round(0, 0.01));                                  // expect: 0
        I := -2147483647;
        Message('%1 %2', Abs(I), Abs(0));                               // expect: 2147483647 0
        Big := -9223372036854775807L;
        Message('%1', Abs(Big));                                        // expect: 9223372036854775807
        Message('%1 %2', Abs(-0.001), Abs(12.5));                       // expect: 0.001 12.5
        Message('%1 %2', Power(2, 0), Power(0, 0));                     // expect: 1 1
        Message('%1 %2', Power(2, -2), Power(-2, 3));                   // expect: 0.25 -8
        Message('%1', Power(10, 15));                                   // expect: 1,000,000,000,000,000
        Message('%1', Power(1.5, 2));                                   // expect: 2.25
        Message('%1', Power(4, 0.5));                                   // expect: 2
        Message('%1', Power(0, 3));                                     // expect: 0
        D := Power(2, 0.5);
        Message('%1', Round(D, 0.00001));                               // expect: 1.41421
        asserterror Message('%1', Round(1, 0));
        Message(GetLastErrorText());  // expect: The rounding precision must be greater than 0.
        asserterror Message('%1', Round(1, 0.1, 'x'));
        Message(GetLastErrorText());  // expect: The rounding direction must be '=', '>' or '<'.
        asserterror Message('%1', Power(0, -1));
        Message(GetLastErrorText());  // expect: Attempted to divide by zero.
        Message('%1', Power(10, 40)); // expect runtime error: Value was either too large or too small for a Decimal.
    end;
}
