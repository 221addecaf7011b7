codeunit 50164 Variants
{
    trigger OnRun()
    var
        V: Variant;
        I: Integer;
        T: Text;
        D: Decimal;
    begin
        Message('%1', V.IsInteger());           // expect: No
        V := 7;
        Message('%1 %2', V.IsInteger(), V.IsText()); // expect: Yes No
        I := V;
        Message('%1', I + 1);                   // expect: 8
        V := 'seven';
        Message('%1', V.IsText());              // expect: Yes
        T := V;
        Message(T);                             // expect: seven
        V := 1.5;
        Message('%1', V.IsDecimal());           // expect: Yes
        D := V;
        Message('%1', D * 2);                   // expect: 3
        V := 20240101D;
        Message('%1', V.IsDate());              // expect: Yes
        I := V; // expect runtime error: Unable to convert from Date to Integer.
    end;
}
