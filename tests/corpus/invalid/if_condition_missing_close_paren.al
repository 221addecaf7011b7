// error-line: 6
codeunit 50924 "CSO Missing Paren In If"
{
    procedure IsWeekend(TheDate: Date): Boolean
    begin
        if (Date2DWY(TheDate, 1) in [6, 7] then
            exit(true);
        exit(false);
    end;
}
