// args: --read-only
// In a read-only session (what a page background task gets), every write
// to a non-temporary table fails with BC's permission error; reads work;
// temporary records stay writable.
table 50240 Row
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Name; Text[30]) { }
    }
    keys { key(PK; Id) { } }
}

codeunit 50240 ReadOnly
{
    trigger OnRun()
    var
        R: Record Row;
        T: Record Row temporary;
    begin
        R.Id := 1;
        asserterror R.Insert();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Insert: Default App)
        asserterror R.Insert(true);
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Insert: Default App)
        asserterror R.Modify();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Modify: Default App)
        asserterror R.Delete();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Delete: Default App)
        asserterror R.Rename(2);
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Modify: Default App)
        asserterror R.ModifyAll(Name, 'x');
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Modify: Default App)
        asserterror R.DeleteAll();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Delete: Default App)
        asserterror R.LockTable();
        Message(GetLastErrorText()); // expect: Sorry, the current permissions prevented the action. (TableData 50240 Row Modify: Default App)
        Message('%1 %2', R.Count(), R.IsEmpty());  // expect: 0 Yes
        T.Id := 5;
        T.Insert();
        T.Name := 'temp';
        T.Modify();
        T.ModifyAll(Name, 'all');
        T.Get(5);
        Message('%1 %2', T.Count(), T.Name);       // expect: 1 all
        Message('%1', R.Insert());   // expect runtime error: Sorry, the current permissions prevented the action. (TableData 50240 Row Insert: Default App)
    end;
}
