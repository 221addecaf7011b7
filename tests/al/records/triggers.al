// Table triggers run only when asked (Insert(true) ...), all before the
// write (OnAfterInsert's changes are stored: a documented choice); an extension's OnBefore/OnAfter triggers run around the base
// table's; Validate runs OnValidate with xRec and CurrFieldNo; table
// procedures and globals belong to each record variable.
table 50220 Customer
{
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Name; Text[50])
        {
            trigger OnValidate()
            begin
                Message('OnValidate %1 -> %2 (field %3)', xRec.Name, Name, CurrFieldNo);
                "Search Name" := UpperCase(Name);
            end;
        }
        field(3; "Search Name"; Code[50]) { }
        field(4; Counter; Integer) { }
    }
    keys { key(PK; "No.") { } }
    var
        Calls: Integer;

    trigger OnInsert()
    begin
        Message('OnInsert %1', "No.");
        Counter += 1;
    end;

    trigger OnModify()
    begin
        Message('OnModify %1 (was %2)', Name, xRec.Name);
    end;

    trigger OnDelete()
    begin
        Message('OnDelete %1', "No.");
    end;

    trigger OnRename()
    begin
        Message('OnRename %1 -> %2', xRec."No.", "No.");
    end;

    procedure Bump(): Integer
    begin
        Calls += 1;
        exit(Calls);
    end;
}

tableextension 50221 CustomerExt extends Customer
{
    fields
    {
        field(50100; Extra; Integer) { }
        modify(Name)
        {
            trigger OnAfterValidate()
            begin
                Message('ext OnAfterValidate %1', Name);
            end;
        }
    }
    trigger OnBeforeInsert()
    begin
        Message('ext OnBeforeInsert');
    end;

    trigger OnAfterInsert()
    begin
        Message('ext OnAfterInsert');
        Extra := 7;
    end;
}

codeunit 50220 Triggers
{
    trigger OnRun()
    var
        Cust: Record Customer;
        Other: Record Customer;
    begin
        Cust."No." := 'C1';
        Cust.Insert();                       // no triggers
        Cust."No." := 'C2';
        Cust.Insert(true);
        // expect: ext OnBeforeInsert
        // expect: OnInsert C2
        // expect: ext OnAfterInsert
        Cust.Get('C2');
        Message('%1 %2', Cust.Counter, Cust.Extra);   // expect: 1 7
        Cust.Validate(Name, 'Ada');
        // expect: OnValidate  -> Ada (field 2)
        // expect: ext OnAfterValidate Ada
        Message(Cust."Search Name");                  // expect: ADA
        Cust.Modify(true);                            // expect: OnModify Ada (was )
        Cust.Rename('C3');                            // expect: OnRename C2 -> C3
        Message('%1 %2', Cust.Get('C2'), Cust.Get('C3')); // expect: No Yes
        Cust.Delete(true);                            // expect: OnDelete C3
        Message('%1 %2 %3', Cust.Bump(), Cust.Bump(), Other.Bump()); // expect: 1 2 1
        Message('%1', Cust.Count());                  // expect: 1
    end;
}
