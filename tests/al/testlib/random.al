// args: --codeunit 50704
// Library - Random (stdlib/testlib): ranges, decimals, texts, dates; the
// same numbers again after the same seed.
codeunit 50704 "Random Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Rnd: Codeunit "Library - Random";
        Other: Codeunit "Library - Random";
        First: Text;
        i: Integer;
        n: Integer;
        d: Decimal;
        t: Text;
        day: Date;
        ok: Boolean;
    begin
        Message('%1', Rnd.SetSeed(42));        // expect: 42
        First := Draw(Rnd);
        Message('%1', Rnd.Init());             // expect: 1
        Rnd.SetSeed(42);
        ok := First = Draw(Other);             // the generator is the session's
        Message('%1', ok);                     // expect: Yes

        ok := true;
        for i := 1 to 200 do begin
            n := Rnd.RandInt(10);
            ok := ok and (n >= 1) and (n <= 10);
            n := Rnd.RandIntInRange(-3, 3);
            ok := ok and (n >= -3) and (n <= 3);
            d := Rnd.RandDec(10, 2);
            ok := ok and (d > 0) and (d <= 10) and (Round(d, 0.01) = d);
            d := Rnd.RandDecInRange(5, 6, 1);
            ok := ok and (d > 5) and (d <= 6) and (Round(d, 0.1) = d);
            d := Rnd.RandDecInDecimalRange(1.25, 1.5, 2);
            ok := ok and (d >= 1.25) and (d <= 1.5) and (Round(d, 0.01) = d);
        end;
        Message('%1', ok);                     // expect: Yes
        Message('%1 %2', Rnd.RandInt(0), Rnd.RandInt(-5)); // expect: 1 1
        Message('%1', Rnd.RandIntInRange(7, 7)); // expect: 7

        t := Rnd.RandText(12);
        Message('%1 %2', StrLen(t), DelChr(t, '=', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') = ''); // expect: 12 Yes
        Message('[%1]', Rnd.RandText(0));     // expect: []

        WorkDate(20240301D);
        Message('%1', Rnd.RandDate(0));        // expect: 03/01/24
        ok := true;
        for i := 1 to 50 do begin
            day := Rnd.RandDate(5);
            ok := ok and (day > 20240301D) and (day <= 20240306D);
            day := Rnd.RandDate(-5);
            ok := ok and (day < 20240301D) and (day >= 20240225D);
            day := Rnd.RandDateFrom(20241231D, 2);
            ok := ok and (day > 20241231D) and (day <= 20250102D);
        end;
        Message('%1', ok);                     // expect: Yes
    end;

    local procedure Draw(var Rnd: Codeunit "Library - Random"): Text
    begin
        exit(StrSubstNo('%1 %2 %3 %4', Rnd.RandInt(1000), Rnd.RandDec(100, 2), Rnd.RandText(6), Rnd.RandIntInRange(10, 20)));
    end;
}
