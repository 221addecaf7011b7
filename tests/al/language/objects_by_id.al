// Older code names objects by ID in declarations: `Record 18`,
// `Codeunit 130002`, `Page 21`; the object is the same as by name.
// Variant.Is* for the reference types a Variant can hold.
table 50830 "By Id Row" { fields { field(1; K; Code[10]) { } } keys { key(PK; K) { } } }
codeunit 50831 "By Id Helper" { procedure Hi(): Text begin exit('hi'); end; }
codeunit 50830 "Objects By Id"
{
    trigger OnRun()
    var
        R: Record 50830;
        Temp: Record 50830 temporary;
        H: Codeunit 50831;
        V: Variant;
        L: List of [Integer];
        D: Dictionary of [Text, Integer];
        N: Notification;
        TB: TextBuilder;
    begin
        Message(H.Hi());                                        // expect: hi
        R.K := 'X';
        R.Insert();
        Temp.K := 'T';
        Temp.Insert();
        Message('%1 %2 %3', R.Count(), Temp.IsTemporary(), R.IsTemporary());   // expect: 1 Yes No
        V := R.RecordId;
        Message('%1 %2', V.IsRecordId(), V.IsRecord());         // expect: Yes No
        V := H;
        Message('%1 %2', V.IsCodeunit(), V.IsRecordId());       // expect: Yes No
        V := L;
        Message('%1 %2', V.IsList(), V.IsDictionary());         // expect: Yes No
        V := D;
        Message('%1 %2', V.IsDictionary(), V.IsList());         // expect: Yes No
        V := N;
        Message('%1 %2', V.IsNotification(), V.IsCodeunit());  // expect: Yes No
        V := TB;
        Message('%1 %2', V.IsTextBuilder(), V.IsText());       // expect: Yes No
    end;
}
