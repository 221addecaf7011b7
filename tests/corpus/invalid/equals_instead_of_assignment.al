// error-line: 9
codeunit 50906 "CSO Bad Assignment"
{
    procedure ResetCounter()
    var
        Counter: Integer;
    begin
        Counter := 5;
        Counter = 1;
        Message('%1', Counter);
    end;
}
