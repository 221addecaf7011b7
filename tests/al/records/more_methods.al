// The remaining Record methods: Find with its search strings, Ascending,
// CountApprox, HasFilter, Get() on a setup table, TransferFields, Copy,
// CopyFilters, SetRecFilter, Validate without a value, FieldError without
// a text, DeleteAll(true)/ModifyAll(.., true) running triggers, LockTable,
// the [Ok :=] forms of FindFirst and Rename, FindSet(ForUpdate).
table 50310 Setup
{
    fields
    {
        field(1; "Primary Key"; Code[10]) { }
        field(2; "Next No."; Integer) { }
    }
    keys { key(PK; "Primary Key") { } }
}

table 50311 Line
{
    fields
    {
        field(1; "No."; Integer) { }
        field(2; Description; Text[30])
        {
            trigger OnValidate()
            begin
                Message('validate %1 (CurrFieldNo %2)', Description, CurrFieldNo());
            end;
        }
        field(3; Qty; Decimal) { }
    }
    keys { key(PK; "No.") { } }

    trigger OnModify()
    begin
        Message('modify %1', "No.");
    end;

    trigger OnDelete()
    begin
        Message('delete %1', "No.");
    end;
}

table 50312 "Line Archive"
{
    fields
    {
        field(1; "No."; Integer) { }
        field(2; Description; Text[50]) { }
        field(3; Qty; Decimal) { }
        field(4; Archived; Boolean) { }
    }
    keys { key(PK; "No.") { } }
}

codeunit 50310 More
{
    trigger OnRun()
    var
        S: Record Setup;
        L: Record Line;
        L2: Record Line;
        A: Record "Line Archive";
    begin
        S.Insert();
        S.Get();
        S."Next No." += 1;
        S.Modify();
        S.Get();
        Message('%1', S."Next No.");                     // expect: 1
        Add(10, 'ten', 1);
        Add(20, 'twenty', 2);
        Add(30, 'thirty', 3);
        L."No." := 20;
        Message('%1 %2', L.Find(), L.Description);         // expect: Yes twenty
        L."No." := 25;
        Message('%1 %2', L.Find('=><'), L."No.");          // expect: Yes 30
        L."No." := 25;
        Message('%1 %2', L.Find('<'), L."No.");            // expect: Yes 20
        Message('%1 %2', L.Find('+'), L."No.");            // expect: Yes 30
        L.Ascending(false);
        L.FindFirst();
        Message('%1 %2', L."No.", L.Ascending());          // expect: 30 No
        L.Ascending(true);
        Message('%1 %2', L.CountApprox(), L.HasFilter());  // expect: 3 No
        L.Get(20);
        L.SetRecFilter();
        Message('%1 [%2]', L.HasFilter(), L.GetFilters()); // expect: Yes [No.: 20]
        L2.CopyFilters(L);
        Message('%1', L2.Count());                         // expect: 1
        L2.Reset();
        L2.Copy(L);
        Message('%1 %2', L2.Description, L2.Count());      // expect: twenty 1
        L.Reset();
        L.Get(10);
        L.Description := 'TEN';
        L.Validate(Description);                           // expect: validate TEN (CurrFieldNo 2)
        Commit();                                          // asserterror rolls back to here
        asserterror L.FieldError(Qty);
        Message(GetLastErrorText());                       // expect: Qty must not be 1 in Line No.='10'.
        A.TransferFields(L);
        Message('%1 %2 %3 %4', A."No.", A.Description, A.Qty, A.Archived); // expect: 10 TEN 1 No
        A."No." := 99;
        A.TransferFields(L, false);
        Message('%1', A."No.");                            // expect: 99
        L.LockTable(true);
        if L.FindSet(true) then;
        Message('%1 %2', L.Rename(20), L."No.");           // expect: No 10
        L.SetRange("No.", 99);
        Message('%1', L.FindFirst());                      // expect: No
        L.SetRange("No.", 10, 20);
        L.ModifyAll(Qty, 5, true);
        // expect: modify 10
        // expect: modify 20
        L.SetRange("No.");
        L.DeleteAll(true);
        // expect: delete 10
        // expect: delete 20
        // expect: delete 30
        Message('%1', L.IsEmpty());                        // expect: Yes
    end;

    local procedure Add(No: Integer; Descr: Text[30]; Q: Decimal)
    var
        L: Record Line;
    begin
        L."No." := No;
        L.Description := Descr;
        L.Qty := Q;
        L.Insert();
    end;
}
