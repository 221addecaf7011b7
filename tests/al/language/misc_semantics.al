enum 50160 Shipment
{
    value(0; Standard) { Caption = 'Standard Delivery'; }
    value(1; Express) { Caption = 'Express Delivery'; }
}

codeunit 50161 "Misc Semantics"
{
    trigger OnRun()
    var
        Opt: Option " ",Open,Closed;
        Ship: Enum Shipment;
        V: Variant;
        Dur: Duration;
        T1, T2 : Time;
        Big: BigInteger;
        Greeting: Label 'Hello %1', Comment = '%1 = name';
        I: Integer;
        Found: Boolean;
    begin
        Opt := Opt::Closed;
        Message(Format(Opt));                       // expect: Closed
        Opt := 1;
        Message('%1', Opt);                         // expect: Open
        Ship := Ship::Express;
        Message(Format(Ship));                      // expect: Express Delivery
        Message('%1', Enum::Shipment.FromInteger(0)); // expect: Standard Delivery
        Message(Greeting, 'AL');                    // expect: Hello AL
        V := 42;
        Message('%1', V);                           // expect: 42
        V := 'text in a variant';
        Message('%1', V);                           // expect: text in a variant
        T1 := 100000T;
        T2 := 103000T;
        Message('%1', T2 - T1);                     // expect: 1800000
        Dur := 90000;
        Message('%1', Dur);                         // expect: 1 minute 30 seconds
        Big := 9223372036854775807L;
        Message('%1', Big);                         // expect: 9223372036854775807
        for I := 1 to 3 do begin
            if I = 2 then
                Found := true;
        end;
        Message('%1', Found and (I = 3));           // expect: Yes
        Message('%1', FirstEven());                 // expect: 4
        Big := Big + 1; // expect runtime error: Arithmetic operation resulted in an overflow.
    end;

    local procedure FirstEven(): Integer
    var
        I, J : Integer;
    begin
        for I := 1 to 10 do
            for J := 1 to 10 do
                if (I * J = 16) and (I = J) then
                    exit(I);
        exit(-1);
    end;
}
