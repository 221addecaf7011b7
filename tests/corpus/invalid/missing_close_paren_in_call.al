// error-line: 9
codeunit 50909 "CSO Bad Paren"
{
    procedure ShowBalance(MemberNo: Code[20])
    var
        ClubMember: Record "CSO Club Member";
    begin
        ClubMember.Get(MemberNo);
        Message('%1 has a balance of %2', ClubMember.Name, ClubMember.Balance;
    end;
}
