// FindSet/Next: nested loops over one table, Modify inside a loop, a
// filter changed mid-loop, the buffer's key moved before Next (Next goes
// on from the buffer's position, as in BC), and more open loops than the
// store keeps cursors for (the rest fall back to keyset queries).
table 50250 Num
{
    fields
    {
        field(1; N; Integer) { }
        field(2; Parity; Option) { OptionMembers = Even,Odd; }
        field(3; Seen; Integer) { }
    }
    keys
    {
        key(PK; N) { }
        key(ByParity; Parity) { }
    }
}

codeunit 50250 Cursors
{
    trigger OnRun()
    var
        A: Record Num;
        B: Record Num;
        i: Integer;
        Pairs: Integer;
        Line: Text;
    begin
        for i := 1 to 6 do begin
            A.N := i;
            A.Parity := i mod 2;
            A.Insert();
        end;
        if A.FindSet() then
            repeat
                if B.FindSet() then
                    repeat
                        Pairs += 1;
                    until B.Next() = 0;
            until A.Next() = 0;
        Message('%1', Pairs);                     // expect: 36
        A.SetCurrentKey(Parity);
        A.SetRange(Parity, A.Parity::Odd);
        if A.FindSet() then
            repeat
                A.Seen += 1;
                A.Modify();
                Line += Format(A.N);
            until A.Next() = 0;
        Message(Line);                            // expect: 135
        A.Reset();
        A.FindSet();
        A.Next();
        A.N := 4;                                 // move the position: Next continues after 4
        A.Next();
        Message('%1', A.N);                       // expect: 5
        A.FindSet();
        A.SetFilter(N, '>%1', 4);                  // a new view: Next continues from 1 under it
        A.Next();
        Message('%1', A.N);                       // expect: 5
        A.Reset();
        A.SetRange(Seen, 1);
        Message('%1', A.Count());                 // expect: 3
        Message('%1', Deep(40));                  // expect: 240
    end;

    local procedure Deep(Level: Integer): Integer
    var
        R: Record Num;
        Total: Integer;
    begin
        if Level = 0 then
            exit(0);
        R.FindSet();
        Total := Deep(Level - 1);
        repeat
            Total += 1;
        until R.Next() = 0;
        exit(Total);
    end;
}
