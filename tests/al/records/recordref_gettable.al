// GetTable/SetTable: the RecordRef takes a Record's table, filters, key
// and current values (a copy: later changes on one side do not reach the
// other); SetTable hands them back.  A Variant holding a Record can be
// opened; a Variant holds a RecordRef.  A RecordRef is shared on
// assignment and by value (a choice, docs/records.md), Duplicate makes a
// separate one; temporary records stay temporary; Copy, Close, IsOpen.
table 50330 "RR Line"
{
    fields
    {
        field(1; "Line No."; Integer) { }
        field(2; Qty; Decimal) { }
        field(3; Note; Text[20]) { }
    }
    keys { key(PK; "Line No.") { } key(ByQty; Qty) { } }
}

codeunit 50330 "RR GetTable"
{
    trigger OnRun()
    var
        Line: Record "RR Line";
        Line2: Record "RR Line";
        Temp: Record "RR Line" temporary;
        RecRef: RecordRef;
        Shared: RecordRef;
        Dup: RecordRef;
        V: Variant;
        i: Integer;
    begin
        for i := 1 to 5 do begin
            Line."Line No." := i * 10000;
            Line.Qty := i;
            Line.Insert();
        end;
        Line.SetCurrentKey(Qty);
        Line.SetFilter(Qty, '>=%1', 2);
        Line.FindFirst();
        Line.Note := 'unsaved';
        RecRef.GetTable(Line);
        Message('%1 [%2] %3 %4 %5', RecRef.Count, RecRef.GetFilters, RecRef.CurrentKeyIndex, RecRef.Field(1).Value, RecRef.Field(3).Value);
        // expect: 4 [Qty: >=2] 2 20000 unsaved
        Line.SetRange(Qty);                                   // the RecordRef keeps its own copy
        RecRef.Field(3).Value := 'changed';
        Message('%1 %2 %3', RecRef.Count, Line.Count, Line.Note); // expect: 4 5 unsaved

        // SetTable: values, filters and key back into a Record
        RecRef.Field(2).SetRange(3, 4);
        RecRef.SetTable(Line2);
        Message('[%1] %2 %3 %4', Line2.GetFilters, Line2.Count, Line2."Line No.", Line2.Note);
        // expect: [Qty: 3..4] 2 20000 changed
        Line2.FindLast();
        Message('%1', Line2."Line No.");                      // expect: 40000

        // a Variant holding a Record, and one holding a RecordRef
        Line.Reset();
        Line.SetRange("Line No.", 50000);
        V := Line;
        Clear(RecRef);
        RecRef.GetTable(V);
        Message('%1 [%2] %3', RecRef.Count, RecRef.GetFilters, V.IsRecordRef); // expect: 1 [Line No.: 50000] No
        V := RecRef;
        Shared := V;
        Message('%1 %2 %3', V.IsRecordRef, V.IsRecord, Shared.Count);        // expect: Yes No 1

        // shared on assignment and by value; Duplicate is a separate RecordRef
        Shared := RecRef;
        Shared.Field(1).SetRange();
        Message('%1 %2', RecRef.Count, RecRef.HasFilter);     // expect: 5 No
        Narrow(RecRef);
        Message('%1', RecRef.Count);                          // expect: 2
        Dup := RecRef.Duplicate();
        Dup.Reset();
        Message('%1 %2', Dup.Count, RecRef.Count);            // expect: 5 2
        Message('%1', RecRef.Field(2).Record().Count);        // expect: 2

        // Copy: another RecordRef's table, filters and values
        Clear(Dup);
        Message('%1', Dup.IsOpen);                            // expect: No
        Dup.Copy(RecRef);
        Message('%1 %2 [%3]', Dup.IsOpen, Dup.Number, Dup.GetFilters); // expect: Yes 50330 [Qty: <3]

        // a temporary Record's RecordRef works on its rows
        Temp."Line No." := 1;
        Temp.Insert();
        RecRef.GetTable(Temp);
        Message('%1 %2', RecRef.IsTemporary, RecRef.Count);   // expect: Yes 1
        RecRef.Field(1).Value := 2;
        RecRef.Insert();
        Message('%1 %2', Temp.Count, Line.Count);             // expect: 2 1
        RecRef.Open(Database::"RR Line", true);
        Message('%1 %2', RecRef.IsTemporary, RecRef.Count);   // expect: Yes 0

        RecRef.Close();
        Message('%1', RecRef.IsOpen);                         // expect: No
        RecRef.SetTable(Line2); // expect runtime error: The RecordRef is not open. Open a table with Open or GetTable first.
    end;

    local procedure Narrow(R: RecordRef)
    begin
        R.Field(2).SetFilter('<3');
    end;
}
