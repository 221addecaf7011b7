codeunit 50218 "CSO Record Field Copier"
{
    Access = Public;

    var
        SkippedFields: List of [Integer];
        TypeMismatchErr: Label 'Field %1 in table %2 has type %3, but field %4 in table %5 has type %6.', Comment = '%1,%4 = field names, %2,%5 = table names, %3,%6 = types';

    /// <summary>
    /// Copies all fields with the same number and type from one record to another.
    /// </summary>
    procedure CopyMatchingFields(Source: Variant; var Target: RecordRef; SkipPrimaryKey: Boolean) Copied: Integer
    var
        SourceRef: RecordRef;
        SourceField: FieldRef;
        TargetField: FieldRef;
        i: Integer;
    begin
        case true of
            Source.IsRecordRef():
                SourceRef := Source;
            Source.IsRecord():
                SourceRef.GetTable(Source);
            else
                Error('Unsupported source type.');
        end;

        for i := 1 to SourceRef.FieldCount() do begin
            SourceField := SourceRef.FieldIndex(i);
            if ShouldCopy(SourceRef, SourceField, Target, SkipPrimaryKey) then begin
                TargetField := Target.Field(SourceField.Number());
                if SourceField.Class() = FieldClass::FlowField then
                    SourceField.CalcField();
                TargetField.Value := SourceField.Value;
                Copied += 1;
            end;
        end;
    end;

    local procedure ShouldCopy(var SourceRef: RecordRef; SourceField: FieldRef; var Target: RecordRef; SkipPrimaryKey: Boolean): Boolean
    var
        TargetField: FieldRef;
    begin
        if SkippedFields.Contains(SourceField.Number()) then
            exit(false);
        if SourceField.Number() >= 2000000000 then
            exit(false);
        if not Target.FieldExist(SourceField.Number()) then
            exit(false);
        TargetField := Target.Field(SourceField.Number());
        if TargetField.Class() <> FieldClass::Normal then
            exit(false);
        if SkipPrimaryKey and IsPrimaryKeyField(Target, TargetField.Number()) then
            exit(false);
        if TargetField.Type() <> SourceField.Type() then
            Error(TypeMismatchErr, SourceField.Name(), SourceRef.Name(), SourceField.Type(), TargetField.Name(), Target.Name(), TargetField.Type());
        exit(true);
    end;

    local procedure IsPrimaryKeyField(var RecRef: RecordRef; FieldNo: Integer): Boolean
    var
        PrimaryKey: KeyRef;
        i: Integer;
    begin
        PrimaryKey := RecRef.KeyIndex(1);
        for i := 1 to PrimaryKey.FieldCount() do
            if PrimaryKey.FieldIndex(i).Number() = FieldNo then
                exit(true);
        exit(false);
    end;

    procedure SkipField(FieldNo: Integer)
    begin
        if not SkippedFields.Contains(FieldNo) then
            SkippedFields.Add(FieldNo);
    end;

    procedure DescribeRecord(TableNo: Integer; SystemId: Guid) Description: Text
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        KeyValues: array[5] of Text;
        i: Integer;
        PkRef: KeyRef;
    begin
        RecRef.Open(TableNo);
        if not RecRef.GetBySystemId(SystemId) then
            exit('');

        PkRef := RecRef.KeyIndex(1);
        for i := 1 to PkRef.FieldCount() do
            if i <= ArrayLen(KeyValues) then begin
                FldRef := PkRef.FieldIndex(i);
                KeyValues[i] := Format(FldRef.Value);
            end;

        Description := RecRef.Caption();
        for i := 1 to ArrayLen(KeyValues) do
            if KeyValues[i] <> '' then
                Description += ' ' + KeyValues[i];
        RecRef.Close();
    end;

    procedure FilterByFieldName(TableId: Integer; FieldNameToFind: Text; FilterText: Text): Integer
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        "Field": Record "Field";
    begin
        Field.SetRange(TableNo, TableId);
        Field.SetRange(FieldName, FieldNameToFind);
        Field.SetFilter(ObsoleteState, '<>%1', Field.ObsoleteState::Removed);
        if not Field.FindFirst() then
            exit(-1);

        RecRef.Open(TableId, false, CompanyName());
        FldRef := RecRef.Field(Field."No.");
        FldRef.SetFilter(FilterText);
        exit(RecRef.Count());
    end;

    procedure SetFieldValueText(var RecRef: RecordRef; FieldNo: Integer; ValueText: Text): Boolean
    var
        FldRef: FieldRef;
        IntValue: Integer;
        DecValue: Decimal;
        DateValue: Date;
        BoolValue: Boolean;
    begin
        FldRef := RecRef.Field(FieldNo);
        case FldRef.Type() of
            FieldType::Code, FieldType::Text:
                FldRef.Value := CopyStr(ValueText, 1, FldRef.Length());
            FieldType::Integer:
                begin
                    if not Evaluate(IntValue, ValueText) then
                        exit(false);
                    FldRef.Value := IntValue;
                end;
            FieldType::Decimal:
                begin
                    if not Evaluate(DecValue, ValueText, 9) then
                        exit(false);
                    FldRef.Validate(DecValue);
                end;
            FieldType::Date:
                begin
                    if not Evaluate(DateValue, ValueText, 9) then
                        exit(false);
                    FldRef.Value := DateValue;
                end;
            FieldType::Boolean:
                begin
                    if not Evaluate(BoolValue, ValueText) then
                        exit(false);
                    FldRef.Value := BoolValue;
                end;
            else
                exit(false);
        end;
        exit(true);
    end;
}
