// Misusing a RecordRef, FieldRef or KeyRef: alrun's texts where BC's are
// not in our reference (docs/records.md, "RecordRef, FieldRef, KeyRef").
table 50360 "RR Thing"
{
    fields { field(1; Id; Integer) { } field(2; Kind; Option) { OptionMembers = A,B; } }
    keys { key(PK; Id) { } }
}

table 50361 "RR Other"
{
    fields { field(1; Id; Integer) { } }
}

codeunit 50360 "RR Errors"
{
    trigger OnRun()
    var
        Thing: Record "RR Thing";
        Other: Record "RR Other";
        RecRef: RecordRef;
        FldRef: FieldRef;
        KRef: KeyRef;
    begin
        asserterror RecRef.FindFirst();
        Message(GetLastErrorText());   // expect: The RecordRef is not open. Open a table with Open or GetTable first.
        asserterror Message('%1', RecRef.Number);
        Message(GetLastErrorText());   // expect: The RecordRef is not open. Open a table with Open or GetTable first.
        asserterror RecRef.Open(4711);
        Message(GetLastErrorText());   // expect: The Table 4711 does not exist.
        asserterror FldRef.Value := 1;
        Message(GetLastErrorText());   // expect: The FieldRef is not initialized. Get one from a RecordRef with Field or FieldIndex.
        asserterror Message('%1', KRef.FieldCount);
        Message(GetLastErrorText());   // expect: The KeyRef is not initialized. Get one from a RecordRef with KeyIndex.
        RecRef.Open(Database::"RR Thing");
        asserterror FldRef := RecRef.Field(3);
        Message(GetLastErrorText());   // expect: The field with ID 3 does not exist in table RR Thing.
        asserterror FldRef := RecRef.FieldIndex(0);
        Message(GetLastErrorText());   // expect: The field index 0 is out of range. Table RR Thing has 7 fields.
        asserterror RecRef.SetTable(Other);
        Message(GetLastErrorText());   // expect: SetTable: the RecordRef is open on table RR Thing, not on RR Other.
        asserterror RecRef.Field(2).Value := 'B';
        Message(GetLastErrorText());   // expect: Unable to convert from Text to Option.
        asserterror RecRef.Field(1).FieldError();
        Message(GetLastErrorText());   // expect: Id must not be 0 in RR Thing Id='0'.
        asserterror RecRef.Field(1).CalcField();
        Message(GetLastErrorText());   // expect: Id in RR Thing is not a FlowField; CalcFields works on FlowFields only.
        FldRef := RecRef.Field(1);
        RecRef.Open(Database::"RR Other");
        Message('%1', FldRef.Name);    // expect: Id
        Message('%1', FldRef.Value);   // expect runtime error: The FieldRef belongs to table RR Thing, but its RecordRef is now open on table RR Other.
    end;
}
