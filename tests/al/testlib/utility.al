// args: --codeunit 50720
// Library - Utility (stdlib/testlib): GenerateGUID's sequence, codes
// unique in a table and sized to the field, random texts (their lengths
// and characters), GetNewRecNo, FillFieldMaxText, the field questions.
table 50720 "Util Row"
{
    fields
    {
        field(1; "Code"; Code[20]) { }
        field(2; "Short Code"; Code[5]) { }
        field(3; Description; Text[30]) { }
        field(4; "Line No."; Integer) { }
        field(5; "Tag"; Code[8]) { }
    }
    keys
    {
        key(PK; "Code") { Clustered = true; }
    }
}

codeunit 50720 "Utility Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Util: Codeunit "Library - Utility";
        Other: Codeunit "Library - Utility";
        Row: Record "Util Row";
        Codes: List of [Code[20]];
        c: Code[20];
        t: Text;
        i: Integer;
        ok: Boolean;
    begin
        // one sequence for the session, across variables
        Message('%1 %2', Util.GenerateGUID(), Other.GenerateGUID()); // expect: GU00000001 GU00000002
        Message('%1', StrLen(Util.GenerateGUID()));               // expect: 10

        // GenerateRandomCode: unique in the table, sized to the field
        ok := true;
        for i := 1 to 30 do begin
            Row.Init();
            Row.Code := Util.GenerateRandomCode(Row.FieldNo(Code), Database::"Util Row");
            ok := ok and not Codes.Contains(Row.Code);
            Codes.Add(Row.Code);
            Row."Short Code" := Util.GenerateRandomCode(Row.FieldNo("Short Code"), Database::"Util Row");
            ok := ok and (StrLen(Row."Short Code") = 5);
            Row.Insert();
        end;
        Message('%1 %2', ok, Codes.Count());                      // expect: Yes 30
        c := Util.GenerateRandomCode(Row.FieldNo("Short Code"), Database::"Util Row");
        Message('%1', c);                                          // expect: 00064
        // a code some row already has is skipped (00000065 is taken)
        Row.Get(Codes.Get(1));
        Row.Tag := '00000065';
        Row.Modify();
        c := Util.GenerateRandomCode(Row.FieldNo(Tag), Database::"Util Row");
        Message('%1', c);                                          // expect: 00000066
        c := Util.GenerateRandomCode(Row.FieldNo(Tag), Database::"Util Row");
        Message('%1', c);                                          // expect: 00000067
        c := Util.GenerateRandomCode20(Row.FieldNo(Code), Database::"Util Row");
        Message('%1 %2', c, StrLen(c));                            // expect: GU00000068 10
        c := Util.GenerateRandomCode20(Row.FieldNo("Short Code"), Database::"Util Row");
        Message('%1', c);                                          // expect: 00069

        // random texts: lengths and characters
        t := Util.GenerateRandomText(40);
        Message('%1 %2', StrLen(t), OnlyOf(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')); // expect: 40 Yes
        Message('[%1]', Util.GenerateRandomText(0));              // expect: []
        t := Util.GenerateRandomAlphabeticText(30, 0);
        Message('%1 %2', StrLen(t), OnlyOf(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')); // expect: 30 Yes
        t := Util.GenerateRandomAlphabeticText(30, 1);
        Message('%1 %2', StrLen(t), OnlyOf(t, 'abcdefghijklmnopqrstuvwxyz')); // expect: 30 Yes
        t := Util.GenerateRandomNumericText(25);
        Message('%1 %2', StrLen(t), OnlyOf(t, '0123456789'));     // expect: 25 Yes
        t := Util.GenerateRandomXMLText(50);
        Message('%1 %2 %3', StrLen(t), OnlyOf(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
            OnlyOf(CopyStr(t, 1, 1), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')); // expect: 50 Yes Yes
        Message('[%1]', Util.GenerateRandomXMLText(0));           // expect: []
        t := Util.GenerateRandomEmail();
        Message('%1 %2 %3', StrLen(t), StrPos(t, '@'), CopyStr(t, 21)); // expect: 32 21 @example.com
        Message('%1', OnlyOf(CopyStr(t, 1, 20), 'abcdefghijklmnopqrstuvwxyz')); // expect: Yes
        Message('%1', t <> Util.GenerateRandomEmail());           // expect: Yes
        // the session's generator: the same texts after the same seed
        Randomize(7);
        t := Util.GenerateRandomText(12) + Util.GenerateRandomNumericText(5);
        Randomize(7);
        Message('%1', t = Other.GenerateRandomText(12) + Other.GenerateRandomNumericText(5)); // expect: Yes

        // field questions
        Message('%1 %2', Util.GetFieldLength(Database::"Util Row", 3), Util.GetFieldLength(Database::"Util Row", 2)); // expect: 30 5
        Message('%1 %2', Util.CheckFieldExistenceInTable(Database::"Util Row", 'line no.'), Util.CheckFieldExistenceInTable(Database::"Util Row", 'Line')); // expect: Yes No
        Message('%1 %2', Util.FindFieldNoInTable(Database::"Util Row", 'Tag'), Util.FindFieldNoInTable(Database::"Util Row", 'Nope')); // expect: 5 0
        Message('%1', Util.GetFieldLength(Database::Customer, 102)); // expect: 80
    end;

    local procedure OnlyOf(Value: Text; Chars: Text): Boolean
    begin
        exit(DelChr(Value, '=', Chars) = '');
    end;
}
