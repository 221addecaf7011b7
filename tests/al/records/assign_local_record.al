// Dst := Src between Record locals copies the buffer into Dst's own
// record: Dst keeps its temporary table, filters and key, and later
// changes to either do not reach the other.  (It used to make Dst the
// same record as Src: a "temporary" copy inserted into the real table.)
table 50331 Crate
{
    fields { field(1; No; Integer) { } field(2; Label; Text[10]) { } }
    keys { key(PK; No) { } }
}

codeunit 50331 AssignLocalRecord
{
    trigger OnRun()
    var
        Real: Record Crate;
        Temp: Record Crate temporary;
        Other: Record Crate;
    begin
        Real.No := 1;
        Real.Label := 'real';
        Real.Insert();

        Temp := Real;
        Message('%1 %2 %3', Temp.IsTemporary(), Temp.No, Temp.Label);   // expect: Yes 1 real
        Temp.No := 2;
        Temp.Insert();
        Message('%1 %2', Real.Count(), Temp.Count());                    // expect: 1 1
        Message('%1', Real.No);                                         // expect: 1

        Other.SetRange(No, 5);
        Other := Real;
        Other.Label := 'changed';
        Message('%1 %2 %3', Real.Label, Other.Label, Other.GetFilters()); // expect: real changed No: 5
    end;
}
