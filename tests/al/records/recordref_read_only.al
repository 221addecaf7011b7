// args: --read-only
// A read-only session refuses a RecordRef's writes exactly as a Record's
// (the same AL_BF_DB_WRITE check, BC's permission text naming the table);
// reads work; a temporary RecordRef stays writable.
table 50350 "RR Row"
{
    fields { field(1; Id; Integer) { } field(2; Name; Text[30]) { } }
    keys { key(PK; Id) { } }
}

codeunit 50350 "RR Read Only"
{
    trigger OnRun()
    var
        RecRef: RecordRef;
        TempRef: RecordRef;
    begin
        RecRef.Open(Database::"RR Row");
        RecRef.Field(1).Value := 1;
        asserterror RecRef.Insert();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Insert: Default App)
        asserterror RecRef.Insert(true);
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Insert: Default App)
        asserterror RecRef.Modify();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Modify: Default App)
        asserterror RecRef.Delete();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Delete: Default App)
        asserterror RecRef.DeleteAll();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Delete: Default App)
        asserterror RecRef.LockTable();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Modify: Default App)
        Message('%1 %2', RecRef.Count, RecRef.IsEmpty);          // expect: 0 Yes
        TempRef.Open(Database::"RR Row", true);
        TempRef.Field(1).Value := 5;
        TempRef.Insert();
        TempRef.Field(2).Value := 'temp';
        TempRef.Modify();
        Message('%1 %2', TempRef.Count, TempRef.Field(2).Value); // expect: 1 temp
        Message('%1', RecRef.Insert()); // expect runtime error: Sorry, the current permissions prevented the action. (TableData 50350 RR Row Insert: Default App)
    end;
}
