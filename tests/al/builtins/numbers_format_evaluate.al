codeunit 50161 "Numbers Format Evaluate"
{
    trigger OnRun()
    var
        I: Integer;
        D: Decimal;
        Opt: Option Red,Green,Blue;
    begin
        Message(Format(1234567));                 // expect: 1234567
        Message(Format(-1234.5));                 // expect: -1,234.5
        Message(Format(1234.5, 0, 9));            // expect: 1234.5
        Evaluate(D, '1,234.25');
        Message(Format(D, 0, 2));                 // expect: 1234.25
        Evaluate(Opt, 'Blue');
        Message('%1', Opt);                       // expect: Blue
        Evaluate(I, '-17');
        Message('%1', Abs(I));                    // expect: 17
        if not Evaluate(I, '99999999999') then
            Message(GetLastErrorText());          // expect: The value "99999999999" can't be evaluated into type Integer.
    end;
}
