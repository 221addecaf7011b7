// JsonValue: SetValue, null and undefined, every As... conversion
// (Newtonsoft's: numbers from texts, rounding half to even, Booleans).
codeunit 50102 JsonValueTest
{
    trigger OnRun()
    var
        V, V2 : JsonValue;
        T: JsonToken;
        D: Decimal;
        Dt: DateTime;
        Du: Duration;
        C: Code[20];
    begin
        Message('%1 %2 %3', V.IsNull(), V.IsUndefined(), V);   // expect: Yes No null
        V.SetValueToUndefined();
        Message('%1 %2 %3', V.IsNull(), V.IsUndefined(), V);   // expect: No Yes undefined
        V.SetValue(42);
        Message('%1 %2 %3', V.IsNull(), V.AsInteger(), V);     // expect: No 42 42
        Message('%1|%2|%3', V.AsText(), V.AsDecimal(), V.AsBigInteger());  // expect: 42|42|42
        Message('%1', V.AsBoolean());               // expect: Yes
        V.SetValue('123');
        Message('%1 %2', V.AsInteger() + 1, V);     // expect: 124 "123"
        V.SetValue(' -5 ');
        Message('%1', V.AsInteger());               // expect: -5
        V.SetValue('2.75');
        Message('%1', V.AsDecimal());               // expect: 2.75
        D := 2.5;
        V.SetValue(D);
        Message('%1 %2', V.AsInteger(), V);         // expect: 2 2.5
        D := 3.5;
        V.SetValue(D);
        Message('%1', V.AsInteger());               // expect: 4
        D := -2.5;
        V.SetValue(D);
        Message('%1', V.AsInteger());               // expect: -2
        D := 5;
        V.SetValue(D);
        Message('%1', V);                           // expect: 5.0
        V.SetValue('TRUE');
        Message('%1', V.AsBoolean());               // expect: Yes
        V.SetValue(false);
        Message('%1 %2 %3', V.AsBoolean(), V.AsText(), V.AsInteger());   // expect: No False 0
        V.SetValue('abc');
        C := V.AsCode();
        Message('%1 %2', V.AsText(), C);            // expect: abc ABC
        V.SetValue('X');
        Message('%1', V.AsChar());                  // expect: X
        V.SetValue(65);
        Message('%1 %2', V.AsChar(), V.AsByte() = 65);   // expect: A Yes
        V.SetValue(1);
        Message('%1', V.AsOption());                // expect: 1
        V.SetValue(20240229D);
        Message('%1 %2', V, V.AsDate());            // expect: "2024-02-29" 02/29/24
        V.SetValue(080910T);
        Message('%1 %2', V, V.AsTime());            // expect: "08:09:10" 8:09:10 AM
        Dt := CreateDateTime(20240229D, 080910T);
        V.SetValue(Dt);
        Message('%1', V);                           // expect: "2024-02-29T08:09:10Z"
        Message('%1', V.AsDateTime() = Dt);         // expect: Yes
        Message('%1 %2', V.AsDate(), V.AsTime());   // expect: 02/29/24 8:09:10 AM
        V.SetValue('2024-03-01');
        Message('%1', V.AsDateTime() = CreateDateTime(20240301D, 0T));   // expect: Yes
        Du := 90000;
        V.SetValue(Du);
        Message('%1 %2', V, V.AsDuration() = Du);   // expect: 90000 Yes
        V.SetValueToNull();
        Message('[%1]', V.AsText());                // expect: []
        // SetValue changes the value where it is: in the array too
        V2.ReadFrom('"x"');
        T := V2.AsToken();
        V2.SetValue(7);
        Message('%1 %2', T, T.AsValue().AsInteger());   // expect: 7 7
        Message('%1', V2.Clone().AsValue().AsInteger());   // expect: 7
        Message('[%1]', V2.Path());                 // expect: []
    end;
}
