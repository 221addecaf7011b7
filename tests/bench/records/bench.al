// tests/bench/records/bench.al — the record store's benchmark (run.sh):
// insert 100,000 rows, FindSet over a filter with Modify on each, CalcSums.
table 50900 "Bench Entry"
{
    fields
    {
        field(1; "Entry No."; Integer) { }
        field(2; "Group"; Code[10]) { }
        field(3; Amount; Decimal) { }
        field(4; Qty; Integer) { }
    }
    keys
    {
        key(PK; "Entry No.") { }
        key(ByGroup; "Group") { SumIndexFields = Amount; }
    }
}

codeunit 50900 "Records Bench"
{
    trigger OnRun()
    var
        E: Record "Bench Entry";
        i: Integer;
        n: Integer;
    begin
        for i := 1 to 100000 do begin
            E.Init();
            E."Entry No." := i;
            E."Group" := 'G' + Format(i mod 10);
            E.Amount := i / 4;
            E.Qty := i;
            E.Insert();
        end;
        E.SetCurrentKey("Group");
        E.SetRange("Group", 'G3');
        if E.FindSet() then
            repeat
                n += 1;
                E.Qty := E.Qty + 1;
                E.Modify();
            until E.Next() = 0;
        E.CalcSums(Amount);
        Message('%1 %2', n, E.Amount);
        Commit();
    end;
}
