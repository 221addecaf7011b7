// alrun's own "Library - Utility" (docs/test-libraries.md): unique codes,
// random texts and a few questions about tables and fields, with BC's
// procedure names and parameters.  Written for alrun (not Microsoft's
// code); a project's own codeunit 131000 or "Library - Utility" replaces
// this one.
//
// SingleInstance, so that the counter behind GenerateGUID is the
// session's: every variable of the codeunit draws from the same sequence
// and no code comes twice in a run.  The random texts come from the
// session's generator (Random; Randomize or Library - Random's SetSeed
// repeat them).
codeunit 131000 "Library - Utility"
{
    SingleInstance = true;

    var
        LastGuidNo: Integer;
        GuidPrefixTok: Label 'GU', Locked = true;
        UpperCaseTok: Label 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', Locked = true;
        LowerCaseTok: Label 'abcdefghijklmnopqrstuvwxyz', Locked = true;
        DigitsTok: Label '0123456789', Locked = true;
        EmailDomainTok: Label '@example.com', Locked = true;
        NotIntegerFieldErr: Label 'Field %1 of Table %2 is not an Integer field.', Locked = true;

    // The next code of the session: GU00000001, GU00000002 ... (10
    // characters: 'GU' and 8 digits).
    procedure GenerateGUID(): Code[10]
    begin
        LastGuidNo += 1;
        exit(GuidPrefixTok + PadNumber(LastGuidNo, 8));
    end;

    // A code for field FieldNo of table TableNo that no row of the table
    // has: GenerateGUID's code, its right-most characters when the field
    // is shorter than 10.
    procedure GenerateRandomCode(FieldNo: Integer; TableNo: Integer): Code[10]
    begin
        exit(CopyStr(UniqueCode(FieldNo, TableNo, 10), 1, 10));
    end;

    // The same, for fields up to Code[20].
    procedure GenerateRandomCode20(FieldNo: Integer; TableNo: Integer): Code[20]
    begin
        exit(CopyStr(UniqueCode(FieldNo, TableNo, 20), 1, 20));
    end;

    // Length characters from A-Z, a-z and 0-9.
    procedure GenerateRandomText(Length: Integer): Text
    begin
        exit(RandomChars(Length, UpperCaseTok + LowerCaseTok + DigitsTok));
    end;

    // Length letters: upper-case for Option 0 (Capitalized), lower-case
    // for Option 1 (Literal).
    procedure GenerateRandomAlphabeticText(Length: Integer; Option: Option Capitalized,Literal): Text
    begin
        if Option = Option::Literal then
            exit(RandomChars(Length, LowerCaseTok));
        exit(RandomChars(Length, UpperCaseTok));
    end;

    // Length digits (the first may be 0).
    procedure GenerateRandomNumericText(Length: Integer): Text
    begin
        exit(RandomChars(Length, DigitsTok));
    end;

    // Length characters that are safe in XML, also as an element name: a
    // letter first, then letters and digits (nothing to escape).
    procedure GenerateRandomXMLText(Length: Integer): Text
    begin
        if Length < 1 then
            exit('');
        exit(RandomChars(1, UpperCaseTok + LowerCaseTok) + RandomChars(Length - 1, UpperCaseTok + LowerCaseTok + DigitsTok));
    end;

    // A different address each call: 20 lower-case letters, then
    // '@example.com' (32 characters; fits Customer."E-Mail").
    procedure GenerateRandomEmail(): Text
    begin
        exit(RandomChars(20, LowerCaseTok) + EmailDomainTok);
    end;

    // The next number for Integer field FieldNo of the record (or
    // RecordRef) in RecVariant: 10000 more than the largest value among the rows its
    // filters let through, 10000 when there are none.
    procedure GetNewRecNo(RecVariant: Variant; FieldNo: Integer): Integer
    begin
        exit(NextNo(RecVariant, FieldNo));
    end;

    // The same as GetNewRecNo (BC's name for line numbers).
    procedure GetNewLineNo(RecVariant: Variant; FieldNo: Integer): Integer
    begin
        exit(NextNo(RecVariant, FieldNo));
    end;

    // Fills Text or Code field FieldNo of the record (or RecordRef) in
    // RecVariant to its full length with random characters (upper-case
    // letters and digits for a Code field) and modifies the row in the
    // database.
    procedure FillFieldMaxText(RecVariant: Variant; FieldNo: Integer)
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
    begin
        GetRecRef(RecVariant, RecRef);
        FldRef := RecRef.Field(FieldNo);
        if FldRef.Type = FieldType::Code then
            FldRef.Value(RandomChars(FldRef.Length, UpperCaseTok + DigitsTok))
        else
            FldRef.Value(GenerateRandomText(FldRef.Length));
        RecRef.Modify();
    end;

    // Whether table TableNo has a field named FieldName (any case).
    procedure CheckFieldExistenceInTable(TableNo: Integer; FieldName: Text): Boolean
    begin
        exit(FindFieldNo(TableNo, FieldName) <> 0);
    end;

    // The number of table TableNo's field named FieldName (any case), or 0.
    procedure FindFieldNoInTable(TableNo: Integer; FieldName: Text): Integer
    begin
        exit(FindFieldNo(TableNo, FieldName));
    end;

    // The declared length of field FieldNo of table TableNo (Text[50]: 50;
    // 4 for an Integer, as FieldRef.Length gives it).
    procedure GetFieldLength(TableNo: Integer; FieldNo: Integer): Integer
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
    begin
        RecRef.Open(TableNo);
        FldRef := RecRef.Field(FieldNo);
        exit(FldRef.Length);
    end;

    local procedure UniqueCode(FieldNo: Integer; TableNo: Integer; MaxLength: Integer): Text
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        Candidate: Text;
        Length: Integer;
    begin
        RecRef.Open(TableNo);
        FldRef := RecRef.Field(FieldNo);
        Length := FldRef.Length;
        if Length > MaxLength then
            Length := MaxLength;
        repeat
            Candidate := GenerateGUID();
            if StrLen(Candidate) > Length then
                Candidate := CopyStr(Candidate, StrLen(Candidate) - Length + 1);
            FldRef.SetRange(Candidate);
        until RecRef.IsEmpty();
        exit(Candidate);
    end;

    local procedure NextNo(RecVariant: Variant; FieldNo: Integer): Integer
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        Value: Variant;
        Number: Integer;
        Largest: Integer;
    begin
        GetRecRef(RecVariant, RecRef);
        FldRef := RecRef.Field(FieldNo);
        if FldRef.Type <> FieldType::Integer then
            Error(NotIntegerFieldErr, FldRef.Name, RecRef.Name);
        if not RecRef.FindSet() then
            exit(10000);
        Value := FldRef.Value();
        Largest := Value;
        repeat
            Value := FldRef.Value();
            Number := Value;
            if Number > Largest then
                Largest := Number;
        until RecRef.Next() = 0;
        exit(Largest + 10000);
    end;

    // A Record in the Variant, or a RecordRef (BC's tests pass both).
    local procedure GetRecRef(RecVariant: Variant; var RecRef: RecordRef)
    begin
        if RecVariant.IsRecordRef() then
            RecRef := RecVariant
        else
            RecRef.GetTable(RecVariant);
    end;

    local procedure FindFieldNo(TableNo: Integer; FieldName: Text): Integer
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        i: Integer;
    begin
        RecRef.Open(TableNo);
        for i := 1 to RecRef.FieldCount() do begin
            FldRef := RecRef.FieldIndex(i);
            if UpperCase(FldRef.Name) = UpperCase(FieldName) then
                exit(FldRef.Number);
        end;
        exit(0);
    end;

    local procedure RandomChars(Length: Integer; Chars: Text): Text
    var
        Result: TextBuilder;
        i: Integer;
    begin
        for i := 1 to Length do
            Result.Append(CopyStr(Chars, Random(StrLen(Chars)), 1));
        exit(Result.ToText());
    end;

    local procedure PadNumber(Number: Integer; Width: Integer): Text
    begin
        exit(PadStr('', Width - StrLen(Format(Number, 0, 9)), '0') + Format(Number, 0, 9));
    end;
}
