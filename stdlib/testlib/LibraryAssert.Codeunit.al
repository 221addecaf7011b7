// alrun's own "Library Assert" (docs/test-libraries.md): the assertions
// Business Central's tests call, with BC's procedure names, parameters and
// failure texts, written for alrun (not Microsoft's code).  A project's own
// codeunit 130002 or "Library Assert" replaces this one.
codeunit 130002 "Library Assert"
{
    var
        IsTrueFailedErr: Label 'Assert.IsTrue failed. %1', Locked = true;
        IsFalseFailedErr: Label 'Assert.IsFalse failed. %1', Locked = true;
        AreEqualFailedErr: Label 'Assert.AreEqual failed. Expected:<%1> (%2). Actual:<%3> (%4). %5.', Locked = true;
        AreNotEqualFailedErr: Label 'Assert.AreNotEqual failed. Expected any value except:<%1> (%2). Actual:<%3> (%4). %5.', Locked = true;
        AreNearlyEqualFailedErr: Label 'Assert.AreNearlyEqual failed. Expected a difference no greater than <%1> between expected value <%2> and actual value <%3>. %4', Locked = true;
        FailFailedErr: Label 'Assert.Fail failed. %1', Locked = true;
        ExpectedErrorFailedErr: Label 'Assert.ExpectedError failed. Expected: %1. Actual: %2.', Locked = true;
        ErrorNotThrownErr: Label 'The error has not been thrown.', Locked = true;
        ExpectedErrorCodeFailedErr: Label 'Assert.ExpectedErrorCode failed. Expected: %1. Actual: %2. Actual error message: %3.', Locked = true;
        ExpectedMessageFailedErr: Label 'Assert.ExpectedMessage failed. Expected: %1. Actual: %2.', Locked = true;
        ExpectedConfirmFailedErr: Label 'Assert.ExpectedConfirm failed. Expected: %1. Actual: %2.', Locked = true;
        RecordCountFailedErr: Label 'Assert.RecordCount failed. Expected number of %1 entries: %2. Actual: %3.', Locked = true;
        TableIsEmptyFailedErr: Label 'Assert.TableIsEmpty failed. Table <%1> with filter <%2> must not contain records.', Locked = true;
        TableIsNotEmptyFailedErr: Label 'Assert.TableIsNotEmpty failed. Table <%1> with filter <%2> must contain records.', Locked = true;
        UnsupportedTypeErr: Label 'Equality assertions only support Boolean, Option, Integer, BigInteger, Decimal, Code, Text, Date, DateFormula, Time, Duration, and DateTime values. Current value:%1.', Locked = true;
        KnownFailureErr: Label 'Known failure: see VSTF Bug #%1.', Locked = true;
        RecordNotFoundCodeTok: Label 'DB:RecordNotFound', Locked = true;
        RecordExistsCodeTok: Label 'DB:RecordExists', Locked = true;
        NothingInsideFilterCodeTok: Label 'DB:NothingInsideFilter', Locked = true;

    procedure IsTrue(Condition: Boolean; Msg: Text)
    begin
        if not Condition then
            Error(IsTrueFailedErr, Msg);
    end;

    procedure IsFalse(Condition: Boolean; Msg: Text)
    begin
        if Condition then
            Error(IsFalseFailedErr, Msg);
    end;

    procedure AreEqual(Expected: Variant; Actual: Variant; Msg: Text)
    begin
        if not Same(Expected, Actual) then
            Error(AreEqualFailedErr, Expected, KindOf(Expected), Actual, KindOf(Actual), Msg);
    end;

    procedure AreNotEqual(Expected: Variant; Actual: Variant; Msg: Text)
    begin
        if Same(Expected, Actual) then
            Error(AreNotEqualFailedErr, Expected, KindOf(Expected), Actual, KindOf(Actual), Msg);
    end;

    procedure AreNearlyEqual(Expected: Decimal; Actual: Decimal; Delta: Decimal; Msg: Text)
    begin
        if Abs(Expected - Actual) > Abs(Delta) then
            Error(AreNearlyEqualFailedErr, Delta, Expected, Actual, Msg);
    end;

    procedure Fail(Msg: Text)
    begin
        Error(FailFailedErr, Msg);
    end;

    // Passes when the last error's text contains Expected; an empty
    // Expected asks only that some error happened.
    procedure ExpectedError(Expected: Text)
    var
        LastText: Text;
    begin
        LastText := GetLastErrorText();
        if Expected = '' then begin
            if (LastText = '') and (GetLastErrorCallStack() = '') then
                Error(ErrorNotThrownErr);
            exit;
        end;
        if StrPos(LastText, Expected) = 0 then
            Error(ExpectedErrorFailedErr, Expected, LastText);
    end;

    procedure ExpectedErrorCode(Expected: Text)
    begin
        if StrPos(GetLastErrorCode(), Expected) = 0 then
            Error(ExpectedErrorCodeFailedErr, Expected, GetLastErrorCode(), GetLastErrorText());
    end;

    procedure ExpectedMessage(Expected: Text; Actual: Text)
    begin
        if not Contains(Actual, Expected) then
            Error(ExpectedMessageFailedErr, Expected, Actual);
    end;

    procedure ExpectedConfirm(Expected: Text; Actual: Text)
    begin
        if not Contains(Actual, Expected) then
            Error(ExpectedConfirmFailedErr, Expected, Actual);
    end;

    procedure AssertRecordNotFound()
    begin
        ExpectedErrorCode(RecordNotFoundCodeTok);
    end;

    procedure AssertRecordAlreadyExists()
    begin
        ExpectedErrorCode(RecordExistsCodeTok);
    end;

    procedure AssertNothingInsideFilter()
    begin
        ExpectedErrorCode(NothingInsideFilterCodeTok);
    end;

    procedure KnownFailure(Expected: Text; WorkItemNo: Integer)
    begin
        ExpectedError(Expected);
        Error(KnownFailureErr, WorkItemNo);
    end;

    // The Record in RecVariant, with its filters, seen through a RecordRef
    // (GetTable takes a Record or a Variant holding one): how many rows it sees.
    procedure RecordCount(RecVariant: Variant; ExpectedCount: Integer)
    var
        RecRef: RecordRef;
        ActualCount: Integer;
    begin
        RecRef.GetTable(RecVariant);
        ActualCount := RecRef.Count();
        if ActualCount <> ExpectedCount then
            Error(RecordCountFailedErr, RecRef.Caption(), ExpectedCount, ActualCount);
    end;

    procedure RecordIsEmpty(RecVariant: Variant)
    var
        RecRef: RecordRef;
    begin
        RecRef.GetTable(RecVariant);
        MustBeEmpty(RecRef);
    end;

    procedure RecordIsNotEmpty(RecVariant: Variant)
    var
        RecRef: RecordRef;
    begin
        RecRef.GetTable(RecVariant);
        MustNotBeEmpty(RecRef);
    end;

    // The whole table: a RecordRef opened on it has no filters.
    procedure TableIsEmpty(TableNo: Integer)
    var
        RecRef: RecordRef;
    begin
        RecRef.Open(TableNo);
        MustBeEmpty(RecRef);
    end;

    procedure TableIsNotEmpty(TableNo: Integer)
    var
        RecRef: RecordRef;
    begin
        RecRef.Open(TableNo);
        MustNotBeEmpty(RecRef);
    end;

    local procedure MustBeEmpty(var RecRef: RecordRef)
    begin
        if not RecRef.IsEmpty() then
            Error(TableIsEmptyFailedErr, RecRef.Caption(), RecRef.GetFilters());
    end;

    local procedure MustNotBeEmpty(var RecRef: RecordRef)
    begin
        if RecRef.IsEmpty() then
            Error(TableIsNotEmptyFailedErr, RecRef.Caption(), RecRef.GetFilters());
    end;

    local procedure Contains(Actual: Text; Expected: Text): Boolean
    begin
        exit((Actual = Expected) or (StrPos(Actual, Expected) > 0));
    end;

    // AreEqual's rule: numbers (Integer, Decimal, Char) compare as numbers;
    // anything else needs the same kind and the same Format(Value, 0, 2).
    local procedure Same(Left: Variant; Right: Variant): Boolean
    var
        LeftNumber: Decimal;
        RightNumber: Decimal;
    begin
        if IsNumber(Left) and IsNumber(Right) then begin
            LeftNumber := Left;
            RightNumber := Right;
            exit(LeftNumber = RightNumber);
        end;
        if KindOf(Left) <> KindOf(Right) then
            exit(false);
        exit(Format(Left, 0, 2) = Format(Right, 0, 2));
    end;

    local procedure IsNumber(Value: Variant): Boolean
    begin
        exit(Value.IsInteger() or Value.IsDecimal() or Value.IsChar());
    end;

    // The kind a value is compared and shown as: the name of BC's field
    // type for it (Code and Char count as Text).
    local procedure KindOf(Value: Variant): Text
    begin
        case true of
            Value.IsBoolean():
                exit('Boolean');
            Value.IsOption():
                exit('Option');
            Value.IsInteger():
                exit('Integer');
            Value.IsBigInteger():
                exit('BigInteger');
            Value.IsDecimal():
                exit('Decimal');
            Value.IsText(), Value.IsCode(), Value.IsChar():
                exit('Text');
            Value.IsDate():
                exit('Date');
            Value.IsTime():
                exit('Time');
            Value.IsDateTime():
                exit('DateTime');
            Value.IsDuration():
                exit('Duration');
            Value.IsGuid():
                exit('GUID');
            Value.IsDateFormula():
                exit('DateFormula');
        end;
        if Value.IsRecord() then
            Error(UnsupportedTypeErr, 'Record');
        Error(UnsupportedTypeErr, 'Unsupported Type');
    end;
}
