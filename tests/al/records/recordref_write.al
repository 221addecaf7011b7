// Writing through a RecordRef: FieldRef.Value := X converts to the
// field's type (no trigger runs), Validate runs OnValidate, and
// Insert/Modify/Delete run the table's triggers only when asked, as a
// Record's do; the Record methods' error texts; Init, RecordId,
// Get(RecordId), GetBySystemId, TestField, FieldError.  Validate without
// a value sees xRec with the value already set, as Record.Validate(Field).
table 50320 "RR Customer"
{
    Caption = 'Customer';
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Name; Text[30])
        {
            trigger OnValidate()
            begin
                Message('OnValidate %1 -> %2 (field %3)', xRec.Name, Name, CurrFieldNo);
                "Search Name" := Name;
            end;
        }
        field(3; "Search Name"; Code[30]) { }
        field(4; Balance; Decimal) { InitValue = 7; }
        field(5; Status; Enum "RR Status") { }
    }
    keys { key(PK; "No.") { } }

    trigger OnInsert()
    begin
        Message('OnInsert %1', "No.");
    end;

    trigger OnModify()
    begin
        Message('OnModify %1', "No.");
    end;

    trigger OnDelete()
    begin
        Message('OnDelete %1', "No.");
    end;
}

enum 50320 "RR Status" { value(0; Open) { } value(1; Released) { } }

codeunit 50320 "RR Write"
{
    trigger OnRun()
    var
        Cust: Record "RR Customer";
        RecRef: RecordRef;
        Other: RecordRef;
        Id: RecordId;
        SysId: Guid;
    begin
        RecRef.Open(Database::"RR Customer");
        RecRef.Init();
        Message('%1', RecRef.Field(4).Value);                       // expect: 7
        RecRef.Field(1).Value := 'c1';                              // Code: upper case
        RecRef.Field(2).Value := 'Adam';                            // no OnValidate
        RecRef.Field(4).Value := 12;                                // Integer into Decimal
        RecRef.Field(5).Value := 1;                                 // an ordinal into an Enum field
        RecRef.Insert();                                            // no OnInsert
        Cust.Get('C1');
        Message('%1 %2 [%3] %4 %5', Cust."No.", Cust.Name, Cust."Search Name", Cust.Balance, Cust.Status); // expect: C1 Adam [] 12 Released

        RecRef.Field(1).Value := 'C2';
        RecRef.Field(2).Validate('Bea');                            // expect: OnValidate Adam -> Bea (field 2)
        RecRef.Insert(true);                                        // expect: OnInsert C2
        Message('%1', RecRef.Field(3).Value);                       // expect: BEA
        RecRef.Field(2).Value := 'Cleo';
        RecRef.Field(2).Validate();                                 // expect: OnValidate Cleo -> Cleo (field 2)
        RecRef.Modify(true);                                        // expect: OnModify C2
        RecRef.Modify();
        Cust.Get('C2');
        Message('%1 %2', Cust.Name, Cust."Search Name");            // expect: Cleo CLEO

        // [Ok :=] forms and the Record's error texts (asserterror rolls back to here)
        Commit();
        RecRef.Field(1).Value := 'C1';
        Message('%1', RecRef.Insert());                             // expect: No
        asserterror RecRef.Insert();
        Message(GetLastErrorText());                                // expect: The record in table Customer already exists. Identification fields and values: No.='C1'
        Message(GetLastErrorCode());                                // expect: DB:RecordExists
        RecRef.Field(1).Value := 'NOPE';
        asserterror RecRef.Modify();
        Message(GetLastErrorText());                                // expect: The Customer does not exist. Identification fields and values: No.='NOPE'
        asserterror RecRef.Field(2).Value := 'a name much longer than thirty characters';
        Message(GetLastErrorText());                                // expect: The length of the string is 41, but it must be less than or equal to 30 characters. Value: a name much longer than thirty characters
        asserterror RecRef.Field(4).Value := 'x';
        Message(GetLastErrorText());                                // expect: Unable to convert from Text to Decimal.

        // RecordId and Get(RecordId): another RecordRef, not yet open, opens the table
        RecRef.Field(1).Value := 'C1';
        RecRef.Find('=');
        Id := RecRef.RecordId;
        Message('%1', Id);                                          // expect: RR Customer: C1
        Other.Get(Id);
        Message('%1 %2', Other.Number, Other.Field(2).Value);       // expect: 50320 Adam
        SysId := RecRef.Field(RecRef.SystemIdNo).Value;
        Clear(Other);
        Other.Open(Database::"RR Customer");
        Message('%1 %2', Other.GetBySystemId(SysId), Other.Field(1).Value); // expect: Yes C1

        // TestField and FieldError through a FieldRef
        RecRef.Field(4).TestField(12);
        asserterror RecRef.Field(3).TestField();
        Message(GetLastErrorText());                                // expect: Search Name must have a value in Customer: No.=C1. It cannot be zero or empty.
        asserterror RecRef.Field(4).TestField(5);
        Message(GetLastErrorText());                                // expect: Balance must be equal to '5'  in Customer: No.=C1. Current value is '12'.
        asserterror RecRef.Field(2).FieldError('is wrong');
        Message(GetLastErrorText());                                // expect: Name is wrong in Customer No.='C1'.

        // Delete with and without the trigger
        RecRef.Delete(true);                                        // expect: OnDelete C1
        RecRef.Field(1).Value := 'C2';
        RecRef.Delete();
        Message('%1 %2', RecRef.IsEmpty, Cust.IsEmpty);             // expect: Yes Yes
        RecRef.Delete(); // expect runtime error: The Customer does not exist. Identification fields and values: No.='C2'
    end;
}
