// error-line: 12
codeunit 50901 "CSO Bad Else"
{
    procedure CheckLimit(Amount: Decimal; Limit: Decimal): Boolean
    var
        IsOver: Boolean;
    begin
        if Amount > Limit then begin
            IsOver := true;
            Message('Limit exceeded.');
        end;
        else
            IsOver := false;
        exit(IsOver);
    end;
}
