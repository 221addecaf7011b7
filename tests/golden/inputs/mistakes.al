codeunit 50101 Mistakes
{
    trigger OnRun()
    var
        Amount: Decimal;
        Count: Integer;
    begin
        if Amount > 0 and Count > 0 then
            Amount := 1;
        Count = 2;
        if Count > 1 then
            Amount := 2;
        else
            Amount := 3;
        Message('unterminated);
    end;

    procedure Missing(X: Integer) Result
    begin
    end;
}

frobnicator 50102 Nope
{
}
