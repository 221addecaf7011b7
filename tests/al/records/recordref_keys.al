// KeyRef: the table's keys in order (an extension's after the table's),
// each key's fields as FieldRefs; CurrentKeyIndex follows SetCurrentKey
// and sorts FindSet.
table 50340 "RR Sale"
{
    fields
    {
        field(1; "Doc No."; Code[10]) { }
        field(2; "Line No."; Integer) { }
        field(3; Item; Code[10]) { }
        field(4; Amount; Decimal) { }
    }
    keys
    {
        key(PK; "Doc No.", "Line No.") { }
        key(ByItem; Item, Amount) { }
    }
}

tableextension 50340 "RR Sale Ext" extends "RR Sale"
{
    fields { field(50; Region; Code[10]) { } }
    keys { key(ByRegion; Region) { } }
}

codeunit 50340 "RR Keys"
{
    trigger OnRun()
    var
        Sale: Record "RR Sale";
        RecRef: RecordRef;
        KRef: KeyRef;
        FRef: FieldRef;
        k: Integer;
        f: Integer;
        Line: Text;
    begin
        RecRef.Open(Database::"RR Sale");
        for k := 1 to RecRef.KeyCount do begin
            KRef := RecRef.KeyIndex(k);
            Line := Format(k) + ':';
            for f := 1 to KRef.FieldCount do begin
                FRef := KRef.FieldIndex(f);
                Line += ' ' + FRef.Name + '(' + Format(FRef.Number) + ')';
            end;
            Message('%1 %2 %3', Line, KRef.Active, KRef.Record().Number);
        end;
        // expect: 1: Doc No.(1) Line No.(2) Yes 50340
        // expect: 2: Item(3) Amount(4) Yes 50340
        // expect: 3: Region(50) Yes 50340

        Sale."Doc No." := 'D1'; Sale."Line No." := 1; Sale.Item := 'B'; Sale.Insert();
        Sale."Doc No." := 'D1'; Sale."Line No." := 2; Sale.Item := 'A'; Sale.Insert();
        Sale."Doc No." := 'D2'; Sale."Line No." := 1; Sale.Item := 'C'; Sale.Insert();
        Sale.SetCurrentKey(Item, Amount);
        RecRef.GetTable(Sale);
        Message('%1', RecRef.CurrentKeyIndex);                       // expect: 2
        KRef := RecRef.KeyIndex(RecRef.CurrentKeyIndex);
        FRef := KRef.FieldIndex(1);
        RecRef.FindSet();
        Line := '';
        repeat
            Line += Format(FRef.Value);                              // the FieldRef follows the RecordRef
        until RecRef.Next() = 0;
        Message(Line);                                               // expect: ABC
        RecRef.CurrentKeyIndex(1);
        RecRef.FindFirst();
        Message('%1 %2', RecRef.Field(1).Value, RecRef.Field(2).Value); // expect: D1 1
        KRef := RecRef.KeyIndex(4); // expect runtime error: The key index 4 is out of range. Table RR Sale has 3 keys.
    end;
}
