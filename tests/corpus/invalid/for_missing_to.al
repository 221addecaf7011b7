// error-line: 9
codeunit 50917 "CSO Bad For"
{
    procedure SumUp(): Integer
    var
        i: Integer;
        Total: Integer;
    begin
        for i := 1 do
            Total += i;
        exit(Total);
    end;
}
