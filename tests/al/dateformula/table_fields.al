// args: --codeunit 50710
// DateFormula table fields: stored and read back, filtered with SetRange
// and SetFilter, TestField, temporary records, RecordRef/FieldRef.
table 50710 "DF Payment Terms"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; "Due Date Calculation"; DateFormula)
        {
            trigger OnValidate()
            begin
                Message('validated %1', "Due Date Calculation");
            end;
        }
        field(3; Description; Text[50]) { }
    }
    keys { key(PK; Code) { } }
}

codeunit 50710 "DF Table Fields"
{
    trigger OnRun()
    var
        PT: Record "DF Payment Terms";
        TempPT: Record "DF Payment Terms" temporary;
        F: DateFormula;
    begin
        Add('1M', '<1M>');
        Add('14D', '14D');
        Add('CM', '<CM>');
        Add('CM1D', 'cm+1d');
        Add('NONE', '');
        Commit();                                           // asserterror below rolls back

        PT.Get('CM1D');
        Message('%1 %2', PT."Due Date Calculation", CalcDate(PT."Due Date Calculation", 20240115D)); // expect: CM+1D 02/01/24
        Message(Format(PT."Due Date Calculation", 0, 9));    // expect: <CM+1D>
        Evaluate(F, '<CM+1D>');
        Message('%1', PT."Due Date Calculation" = F);       // expect: Yes

        // Modify, and read back
        Evaluate(PT."Due Date Calculation", '2M');
        PT.Modify();
        Clear(PT);
        PT.Get('CM1D');
        Message('%1', PT."Due Date Calculation");           // expect: 2M

        // Validate runs OnValidate
        Evaluate(F, '<1W>');
        PT.Validate("Due Date Calculation", F);             // expect: validated 1W
        Commit();

        // SetRange with a DateFormula; SetFilter with text
        Evaluate(F, '1M');
        PT.SetRange("Due Date Calculation", F);
        Message('%1 %2', PT.Count(), PT.GetFilter("Due Date Calculation")); // expect: 1 1M
        PT.FindFirst();
        Message(PT.Code);                                   // expect: 1M
        PT.SetFilter("Due Date Calculation", '%1|cm', F);
        Message('%1 %2', PT.Count(), PT.GetFilter("Due Date Calculation")); // expect: 2 1M|CM
        PT.SetFilter("Due Date Calculation", '<>%1', F);
        Message('%1', PT.Count());                          // expect: 4
        PT.SetFilter("Due Date Calculation", '14d');
        PT.FindFirst();
        Message(PT.Code);                                   // expect: 14D
        PT.SetFilter("Due Date Calculation", '''''');
        PT.FindFirst();
        Message(PT.Code);                                   // expect: NONE
        asserterror PT.SetFilter("Due Date Calculation", '1X');
        Message(GetLastErrorText());                        // expect: The filter "1X" is not valid for the Due Date Calculation field on the DF Payment Terms table. The value "1X" can't be evaluated into type DateFormula.
        PT.Reset();

        // TestField: empty, and against a value
        PT.Get('NONE');
        asserterror PT.TestField("Due Date Calculation");
        Message(GetLastErrorText());                        // expect: Due Date Calculation must have a value in DF Payment Terms: Code=NONE. It cannot be zero or empty.
        PT.Get('CM');
        PT.TestField("Due Date Calculation");
        Evaluate(F, 'CM');
        PT.TestField("Due Date Calculation", F);
        Evaluate(F, '-CM');
        asserterror PT.TestField("Due Date Calculation", F);
        Message(GetLastErrorText());                        // expect: Due Date Calculation must be equal to '-CM'  in DF Payment Terms: Code=CM. Current value is 'CM'.

        // a temporary record holds it too
        TempPT.Code := 'T';
        Evaluate(TempPT."Due Date Calculation", '<-1Y>');
        TempPT.Insert();
        TempPT.SetFilter("Due Date Calculation", '-1y');
        Message('%1 %2', TempPT.Count(), TempPT."Due Date Calculation"); // expect: 1 -1Y

        RecRefs();
    end;

    local procedure Add(NewCode: Code[10]; Formula: Text)
    var
        PT: Record "DF Payment Terms";
    begin
        PT.Code := NewCode;
        Evaluate(PT."Due Date Calculation", Formula);
        PT.Insert();
    end;

    local procedure RecRefs()
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        F: DateFormula;
        V: Variant;
    begin
        RecRef.Open(Database::"DF Payment Terms");
        FldRef := RecRef.Field(2);
        Message('%1 %2', FldRef.Type = FieldType::DateFormula, FldRef.Length); // expect: Yes 32
        Evaluate(F, '14D');
        FldRef.SetRange(F);
        RecRef.FindFirst();
        Message('%1 %2', RecRef.Field(1).Value, FldRef.Value); // expect: 14D 14D
        V := FldRef.Value;
        Message('%1', V.IsDateFormula());                   // expect: Yes
        F := FldRef.Value;
        Message('%1', CalcDate(F, 20240101D));              // expect: 01/15/24
        Evaluate(F, 'CY');
        FldRef.Value := F;
        RecRef.Modify();
        RecRef.Get(RecRef.RecordId);
        Message(Format(RecRef.Field(2)));                   // expect: CY
    end;
}
