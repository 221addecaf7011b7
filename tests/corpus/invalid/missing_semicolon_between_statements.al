// error-line: 11
codeunit 50900 "CSO Bad Semicolon"
{
    procedure UpdateTotals()
    var
        Total: Decimal;
        Count: Integer;
    begin
        Total := 0;
        Count := 10
        Total := Count * 2.5;
        Message('%1', Total);
    end;
}
