// error-line: 13
codeunit 50921 "CSO Missing Until"
{
    procedure TouchAll()
    var
        ClubMember: Record "CSO Club Member";
    begin
        if ClubMember.FindSet(true) then
            repeat
                ClubMember."Last Date Modified" := Today();
                ClubMember.Modify();
            // the loop condition was forgotten
        end;
    end;
}
