// error-line: 7
codeunit 50904 "CSO Bad Precedence"
{
    procedure IsHighValue(Amount: Decimal; Points: Integer): Boolean
    begin
        // comparisons bind looser than "and", so this needs parentheses
        if Amount > 1000 and Points > 50 then
            exit(true);
        exit(false);
    end;
}
