// Variant.IsRecord; IsOption holds for an enum too; a Record a Variant
// holds, read through a RecordRef (RecordRef.GetTable(Variant)), as the
// test libraries do (docs/test-libraries.md).
table 50215 "Variant Row"
{
    Caption = 'Variant Row';
    fields { field(1; "No."; Code[10]) { } }
}

enum 50215 "Variant Kind" { value(0; A) { } value(1; B) { } }

codeunit 50215 "Variant Record"
{
    trigger OnRun()
    var
        Row: Record "Variant Row";
        V: Variant;
        RecRef: RecordRef;
    begin
        Row."No." := 'X1';
        Row.Insert();
        Row."No." := 'X2';
        Row.Insert();
        Row.SetFilter("No.", '<>X2');
        Show(Row);                                  // expect: Yes 1 No [No.: <>X2] Variant Row
        V := 5;
        Message('%1', V.IsRecord());                // expect: No
        V := "Variant Kind"::B;
        Message('%1 %2', V.IsOption(), V.IsInteger()); // expect: Yes No
        RecRef.Open(Database::"Variant Row");
        V := RecRef;
        Message('%1 %2 %3', V.IsRecord(), V.IsRecordRef(), RecRef.Count()); // expect: No Yes 2
        V := 'text';
        RecRef.GetTable(V); // expect runtime error: Unable to convert from Text to Record.
    end;

    local procedure Show(V: Variant)
    var
        RecRef: RecordRef;
    begin
        RecRef.GetTable(V);
        Message('%1 %2 %3 [%4] %5', V.IsRecord(), RecRef.Count(), RecRef.IsEmpty(), RecRef.GetFilters(), RecRef.Caption());
    end;
}
