// error-line: 7
codeunit 50919 "CSO Missing Then"
{
    procedure Check(Quantity: Decimal)
    begin
        if Quantity < 0
            Error('Quantity cannot be negative.');
    end;
}
