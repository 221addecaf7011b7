codeunit 50222 "Evaluate Formats"
{
    trigger OnRun()
    var
        I: Integer;
        Big: BigInteger;
        D: Decimal;
        B: Boolean;
        Dt: Date;
        T: Time;
        DTm: DateTime;
        Dur: Duration;
        G: Guid;
        C: Code[10];
        Opt: Option Open,Released;
    begin
        Evaluate(I, ' 1,234 ');
        Message('%1', I);                                  // expect: 1234
        Evaluate(I, '010196');
        Message('%1', I);                                  // expect: 10196
        Evaluate(I, '-2147483647');
        Message('%1', I);                                  // expect: -2147483647
        Evaluate(I, '42', 9);
        Message('%1', I);                                  // expect: 42
        Message('%1', Evaluate(I, '1,000', 9));            // expect: No
        Message('%1', I);                                  // expect: 42
        Evaluate(Big, '9223372036854775807', 9);
        Message('%1', Big);                                // expect: 9223372036854775807
        Evaluate(D, '-1234.50', 9);
        Message('%1', D);                                  // expect: -1,234.5
        Evaluate(B, 'true', 9);
        Message('%1', B);                                  // expect: Yes
        Evaluate(B, 'No');
        Message('%1', B);                                  // expect: No
        Message('%1', Evaluate(B, '010196'));              // expect: No
        Evaluate(Dt, '2024-02-29', 9);
        Message(Format(Dt));                               // expect: 02/29/24
        Evaluate(Dt, '010196');
        Message(Format(Dt, 0, 9));                         // expect: 1996-01-01
        Message('%1', Evaluate(Dt, '02/30/2024'));         // expect: No
        Evaluate(T, '13:45:30', 9);
        Message(Format(T));                                // expect: 1:45:30 PM
        Evaluate(DTm, '2024-01-31T13:45:00Z', 9);
        Message(Format(DTm, 0, 9));                         // expect: 2024-01-31T13:45:00Z
        Evaluate(Dur, '2days 4hours 3.7 seconds 17 milliseconds');
        Message('%1', Dur);                                // expect: 2 days 4 hours 3 seconds 717 milliseconds
        Evaluate(G, '{6F9619FF-8B86-D011-B42D-00C04FC964FF}');
        Message(Format(G, 0, 4));                          // expect: 6F9619FF-8B86-D011-B42D-00C04FC964FF
        Evaluate(C, ' abc ');
        Message('[%1]', C);                                // expect: [ABC]
        Evaluate(Opt, 'Released', 9);
        Message('%1', Opt);                                // expect: Released
        Evaluate(Opt, '0');
        Message('%1', Opt);                                // expect: Open
        asserterror Evaluate(D, 'abc');
        Message(GetLastErrorText());  // expect: The value "abc" can't be evaluated into type Decimal.
        asserterror Evaluate(G, 'not a guid');
        Message(GetLastErrorText());  // expect: The value "not a guid" can't be evaluated into type Guid.
        asserterror Evaluate(Dt, '13/45/2024');
        Message(GetLastErrorText());  // expect: The value "13/45/2024" can't be evaluated into type Date.
        Evaluate(Big, '1.5', 9); // expect runtime error: The value "1.5" can't be evaluated into type BigInteger.
    end;
}
