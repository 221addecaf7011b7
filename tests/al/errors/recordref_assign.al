// A Record is not assigned to a RecordRef (RecordRef.GetTable does that),
// nor a RecordRef to a Record.
table 50362 "RR Assign" { fields { field(1; Id; Integer) { } } }

codeunit 50362 "RR Assign"
{
    trigger OnRun()
    var
        R: Record "RR Assign";
        RecRef: RecordRef;
        i: Integer;
    begin
        RecRef := R; // expect error: Cannot implicitly convert type 'Record "RR Assign"' to 'RecordRef'
        R := RecRef; // expect error: Cannot implicitly convert type 'RecordRef' to 'Record "RR Assign"'
        RecRef.GetTable(i); // expect error: GetTable: argument 1 must be a Record, not Integer
    end;
}
