// error-line: 8
codeunit 50902 "CSO Bad Else 2"
{
    procedure GetLabel(Blocked: Boolean): Text
    begin
        if Blocked then
            exit('Blocked');
        else
            exit('Active');
    end;
}
