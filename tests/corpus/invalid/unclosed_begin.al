// error-line: 18
codeunit 50903 "CSO Unclosed Begin"
{
    procedure CloseEntries(MemberNo: Code[20])
    var
        LedgerEntry: Record "CSO Member Ledger Entry";
    begin
        LedgerEntry.SetRange("Member No.", MemberNo);
        LedgerEntry.SetRange(Open, true);
        if LedgerEntry.FindSet(true) then begin
            repeat
                LedgerEntry.Open := false;
                LedgerEntry.Modify();
            until LedgerEntry.Next() = 0;
        Message('Entries closed.');
    end;

}
