codeunit 50215 "DMY2Date DWY2Date"
{
    trigger OnRun()
    var
        Today_: Date;
        Month, Year : Integer;
    begin
        Message(Format(DMY2Date(29, 2, 2000), 0, 9));    // expect: 2000-02-29
        Message(Format(DMY2Date(31, 12, 9999), 0, 9));   // expect: 9999-12-31
        Message(Format(DMY2Date(1, 1, 1753), 0, 9));     // expect: 1753-01-01
        Message('%1 %2 %3', Date2DMY(20240229D, 1), Date2DMY(20240229D, 2), Date2DMY(20240229D, 3)); // expect: 29 2 2024
        Message('%1', Date2DMY(ClosingDate(20240229D), 1)); // expect: 29
        // week days and ISO weeks: 2021-01-01 is a Friday in week 53 of 2020
        Message('%1 %2 %3', Date2DWY(20210101D, 1), Date2DWY(20210101D, 2), Date2DWY(20210101D, 3)); // expect: 5 53 2020
        Message('%1 %2 %3', Date2DWY(20241230D, 1), Date2DWY(20241230D, 2), Date2DWY(20241230D, 3)); // expect: 1 1 2025
        Message('%1', Date2DWY(20240107D, 1));           // expect: 7
        Message(Format(DWY2Date(5, 53, 2020), 0, 9));    // expect: 2021-01-01
        Message(Format(DWY2Date(1, 1, 2025), 0, 9));     // expect: 2024-12-30
        Message(Format(DWY2Date(7, 52, 2024), 0, 9));    // expect: 2024-12-29
        // omitted month/year (DMY2Date) and week/year (DWY2Date) are the current ones
        Today_ := Today();
        Month := Date2DMY(Today_, 2);
        Year := Date2DMY(Today_, 3);
        Message('%1', DMY2Date(1) = DMY2Date(1, Month, Year));           // expect: Yes
        Message('%1', DMY2Date(1, 1) = DMY2Date(1, 1, Year));            // expect: Yes
        Message('%1', DWY2Date(1) = Today_ - Date2DWY(Today_, 1) + 1);   // expect: Yes
        Message('%1', DWY2Date(3, Date2DWY(Today_, 2)) = DWY2Date(3));   // expect: Yes
        asserterror Message(Format(DMY2Date(29, 2, 2023)));
        Message(GetLastErrorText());  // expect: The date is not valid: day 29, month 2, year 2023.
        asserterror Message(Format(DMY2Date(1, 13, 2024)));
        Message(GetLastErrorText());  // expect: The date is not valid: day 1, month 13, year 2024.
        asserterror Message(Format(DMY2Date(31, 12, 1752)));
        Message(GetLastErrorText());  // expect: The date is not valid: day 31, month 12, year 1752.
        asserterror Message(Format(DWY2Date(1, 53, 2021)));
        Message(GetLastErrorText());  // expect: The date is not valid: weekday 1, week 53, year 2021.
        asserterror Message(Format(DWY2Date(8, 1, 2021)));
        Message(GetLastErrorText());  // expect: The date is not valid: weekday 8, week 1, year 2021.
        asserterror Message('%1', Date2DWY(20240101D, 0));
        Message(GetLastErrorText());  // expect: The value 0 is not valid for the second parameter of Date2DWY; use 1 (weekday), 2 (week) or 3 (year).
        Message('%1 %2', Date2DMY(0D, 1), Date2DWY(0D, 2));  // expect: 0 0
        Message('%1', Date2DMY(20240101D, 4)); // expect runtime error: The value 4 is not valid for the second parameter of Date2DMY; use 1 (day), 2 (month) or 3 (year).
    end;
}
