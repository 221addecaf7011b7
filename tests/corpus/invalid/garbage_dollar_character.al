// error-line: 8
codeunit 50910 "CSO Bad Character"
{
    procedure CalcFee(): Decimal
    var
        Fee: Decimal;
    begin
        Fee := $25.00;
        exit(Fee);
    end;
}
