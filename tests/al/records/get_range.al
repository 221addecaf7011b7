// GetRangeMin/GetRangeMax: the bounds of a field's filter when it is one
// value or one range (an open bound is the empty value); anything else is
// an error.
table 50320 Period
{
    fields
    {
        field(1; No; Integer) { }
        field(2; Day; Date) { }
    }
    keys { key(PK; No) { } }
}

codeunit 50320 Ranges
{
    trigger OnRun()
    var
        P: Record Period;
    begin
        Message('%1 %2', P.GetRangeMin(No), P.GetRangeMax(No));      // expect: 0 0
        P.SetRange(No, 10, 20);
        Message('%1 %2', P.GetRangeMin(No), P.GetRangeMax(No));      // expect: 10 20
        P.SetRange(No, 7);
        Message('%1 %2', P.GetRangeMin(No), P.GetRangeMax(No));      // expect: 7 7
        P.SetRange(Day, 20240101D, 20240131D);
        Message('%1', P.GetRangeMax(Day) - P.GetRangeMin(Day));      // expect: 30
        P.SetFilter(No, '..5');
        Message('%1 %2', P.GetRangeMin(No), P.GetRangeMax(No));      // expect: 0 5
        P.SetFilter(No, '1|3');
        Message('%1', P.GetRangeMin(No));  // expect runtime error: The filter 1|3 on the No field in the Period table is not a single range, so GetRangeMin cannot be used.
    end;
}
