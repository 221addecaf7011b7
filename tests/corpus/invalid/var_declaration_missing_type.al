// error-line: 6
codeunit 50923 "CSO Missing Type"
{
    var
        ClubSetup: Record "CSO Club Setup";
        Counter: ;
        IsReady: Boolean;

    procedure Init()
    begin
        Counter := 0;
    end;
}
