// More Record methods through a RecordRef: marks, CalcSum, CountApprox,
// DeleteAll with triggers, Insert keeping the SystemId, the [Ok :=] forms
// of Get/Modify/Delete/Find, Copy sharing a temporary table, FindSet and
// Find without arguments, Variant.IsFieldRef.
table 50370 "RR Ledger"
{
    fields { field(1; "Entry No."; Integer) { } field(2; Amount; Decimal) { } }
    keys { key(PK; "Entry No.") { } }

    trigger OnDelete()
    begin
        Message('OnDelete %1', "Entry No.");
    end;
}

codeunit 50370 "RR More"
{
    trigger OnRun()
    var
        Ledger: Record "RR Ledger";
        RecRef: RecordRef;
        TempA: RecordRef;
        TempB: RecordRef;
        Missing: RecordRef;
        V: Variant;
        Id: Guid;
        i: Integer;
    begin
        RecRef.Open(Database::"RR Ledger", false, CompanyName());
        for i := 1 to 4 do begin
            RecRef.Init();
            RecRef.Field(1).Value := i;
            RecRef.Field(2).Value := i * 2.5;
            RecRef.Insert();
        end;
        RecRef.LockTable(true);
        RecRef.Field(2).CalcSum();
        Message('%1 %2', RecRef.Field(2).Value, RecRef.CountApprox);   // expect: 25 4

        // marks
        RecRef.FindSet(true);
        repeat
            if RecRef.Field(1).Value = 2 then RecRef.Mark(true);
            if RecRef.Field(1).Value = 4 then RecRef.Mark(true);
        until RecRef.Next() = 0;
        RecRef.MarkedOnly(true);
        Message('%1 %2', RecRef.Count, RecRef.MarkedOnly);            // expect: 2 Yes
        RecRef.ClearMarks();
        RecRef.MarkedOnly(false);
        Message('%1 %2', RecRef.Count, RecRef.Ascending);             // expect: 4 Yes

        // SystemId kept with Insert(RunTrigger, true)
        Id := CreateGuid();
        RecRef.Init();
        RecRef.Field(1).Value := 9;
        RecRef.Field(RecRef.SystemIdNo).Value := Id;
        RecRef.Insert(false, true);
        Ledger.GetBySystemId(Id);
        Message('%1', Ledger."Entry No.");                            // expect: 9

        // [Ok :=] forms
        RecRef.Field(1).Value := 77;
        Message('%1 %2 %3', RecRef.Modify(), RecRef.Delete(), RecRef.Find()); // expect: No No No
        Ledger.Get(9);
        Missing.Open(Database::"RR Ledger");
        Ledger.Delete();
        Message('%1', Missing.Get(Ledger.RecordId));                 // expect: No
        Commit();                                                     // asserterror rolls back to here
        asserterror Missing.GetBySystemId(Id);
        Message(GetLastErrorCode());                                  // expect: DB:RecordNotFound
        V := RecRef.Field(1);
        Message('%1 %2', V.IsFieldRef, V.IsRecordRef);                // expect: Yes No

        // DeleteAll(true) runs OnDelete row by row
        RecRef.Reset();
        RecRef.Field(1).SetFilter('>2');
        RecRef.DeleteAll(true);
        // expect: OnDelete 3
        // expect: OnDelete 4
        RecRef.Reset();
        RecRef.DeleteAll();
        Message('%1', RecRef.IsEmpty);                                // expect: Yes

        // Copy(.., true): two temporary RecordRefs on the same rows
        TempA.Open(Database::"RR Ledger", true);
        TempB.Copy(TempA, true);
        TempA.Field(1).Value := 1;
        TempA.Insert();
        Message('%1 %2', TempB.Count, TempB.IsTemporary);             // expect: 1 Yes
    end;
}
