// error-line: 10
codeunit 50920 "CSO Missing Do"
{
    procedure CountDown(): Integer
    var
        i: Integer;
    begin
        i := 10;
        while i > 0
            i -= 1;
        exit(i);
    end;
}
