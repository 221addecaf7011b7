// The remaining call forms of RecordRef and FieldRef methods: FindLast's
// [Ok :=] form, FindSet and LockTable with two arguments, Mark() reading
// the mark, FieldRef.Value(X) as a call.
table 50380 "RR Form"
{
    fields { field(1; Id; Integer) { } field(2; Note; Text[30]) { } }
    keys { key(PK; Id) { } }
}

codeunit 50380 "RR Forms"
{
    trigger OnRun()
    var
        RecRef: RecordRef;
        FldRef: FieldRef;
        i: Integer;
    begin
        RecRef.Open(Database::"RR Form");
        Message('%1', RecRef.FindLast());                 // expect: No
        RecRef.LockTable(true, false);
        FldRef := RecRef.Field(1);
        for i := 1 to 3 do begin
            RecRef.Init();
            FldRef.Value(i);
            RecRef.Field(2).Value(StrSubstNo('row %1', i));
            RecRef.Insert();
        end;
        if RecRef.FindLast() then
            Message('%1 %2', FldRef.Value, RecRef.Field(2).Value);   // expect: 3 row 3
        if RecRef.FindSet(true, false) then
            repeat
                if FldRef.Value = 2 then RecRef.Mark(true);
            until RecRef.Next() = 0;
        RecRef.FindFirst();
        Message('%1', RecRef.Mark());                     // expect: No
        RecRef.Next();
        Message('%1', RecRef.Mark());                     // expect: Yes
    end;
}
