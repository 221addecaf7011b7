// Variant.IsRecord; IsOption holds for an enum too; alrun's own "$"
// methods on a Record a Variant holds (for the test libraries,
// docs/test-libraries.md).
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
        V."$OpenTable"(Database::"Variant Row");
        Message('%1 %2', V.IsRecord(), V."$RecordCount"()); // expect: Yes 2
        V := 'text';
        V."$RecordCount"(); // expect runtime error: Unable to convert from Text to Record.
    end;

    local procedure Show(V: Variant)
    begin
        Message('%1 %2 %3 [%4] %5', V.IsRecord(), V."$RecordCount"(), V."$RecordIsEmpty"(), V."$RecordFilters"(), V."$TableCaption"());
    end;
}
