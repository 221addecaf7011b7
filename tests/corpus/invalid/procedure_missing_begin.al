// error-line: 8
codeunit 50914 "CSO Missing Begin"
{
    procedure Recalculate()
    var
        Total: Decimal;

        Total := 100;
        Message('%1', Total);
    end;
}
