// error-line: 12
table 50913 "CSO Bad Field Property"
{
    Caption = 'Bad Field Property';

    fields
    {
        field(1; Amount; Decimal)
        {
            Caption = 'Amount';
            DecimalPlaces = 0 : 5
            MinValue = 0;
        }
    }
}
