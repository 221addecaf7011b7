// alrun's own "Library - Random" (docs/test-libraries.md): random test
// data with BC's procedure names, drawn from the session's generator
// (Random/Randomize), so a run repeats itself after SetSeed or Init.
// Written for alrun (not Microsoft's code); a project's own codeunit 130440
// or "Library - Random" replaces this one.
codeunit 130440 "Library - Random"
{
    var
        Seed: Integer;
        TextCharsTok: Label 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', Locked = true;

    // Seed 1: the same numbers in every run from here on.
    procedure Init(): Integer
    begin
        exit(SetSeed(1));
    end;

    procedure SetSeed(Value: Integer): Integer
    begin
        Seed := Value;
        Randomize(Seed);
        exit(Seed);
    end;

    // 1 .. Range (1 when Range is less than 1).
    procedure RandInt(Range: Integer): Integer
    begin
        if Range < 1 then
            exit(1);
        exit(Random(Range));
    end;

    // Min .. Max.
    procedure RandIntInRange(Min: Integer; Max: Integer): Integer
    begin
        exit(Min - 1 + RandInt(Max - Min + 1));
    end;

    // A multiple of 10^-Decimals in (0, Range].
    procedure RandDec(Range: Integer; Decimals: Integer): Decimal
    var
        Scale: Integer;
    begin
        Scale := TenTo(Decimals);
        exit(RandInt(Range * Scale) / Scale);
    end;

    // Min plus RandDec(Max - Min, Decimals): in (Min, Max].
    procedure RandDecInRange(Min: Integer; Max: Integer; Decimals: Integer): Decimal
    begin
        exit(Min + RandDec(Max - Min, Decimals));
    end;

    // A multiple of 10^-Precision in [Min, Max].
    procedure RandDecInDecimalRange(Min: Decimal; Max: Decimal; Precision: Integer): Decimal
    var
        Scale: Integer;
        Low: Integer;
        High: Integer;
    begin
        Scale := TenTo(Precision);
        Low := AsInteger(Round(Min * Scale, 1, '>'));
        High := AsInteger(Round(Max * Scale, 1, '<'));
        exit(RandIntInRange(Low, High) / Scale);
    end;

    // Length characters from A-Z and 0-9 (so it fits Code fields too).
    procedure RandText(Length: Integer): Text
    var
        Result: TextBuilder;
        i: Integer;
    begin
        for i := 1 to Length do
            Result.Append(CopyStr(TextCharsTok, RandInt(StrLen(TextCharsTok)), 1));
        exit(Result.ToText());
    end;

    // WorkDate moved by 1 .. Delta days (backwards when Delta is negative);
    // WorkDate itself when Delta is 0.
    procedure RandDate(Delta: Integer): Date
    begin
        if Delta = 0 then
            exit(WorkDate());
        if Delta > 0 then
            exit(WorkDate() + RandInt(Delta));
        exit(WorkDate() - RandInt(-Delta));
    end;

    // FromDate moved forwards by 1 .. Range days.
    procedure RandDateFrom(FromDate: Date; Range: Integer): Date
    begin
        exit(FromDate + RandInt(Range));
    end;

    // A whole Decimal as an Integer (alrun refuses the implicit conversion).
    local procedure AsInteger(Value: Decimal): Integer
    var
        Whole: Variant;
    begin
        Whole := Value;
        exit(Whole);
    end;

    local procedure TenTo(Power: Integer) Result: Integer
    var
        i: Integer;
    begin
        Result := 1;
        for i := 1 to Power do
            Result := Result * 10;
    end;
}
