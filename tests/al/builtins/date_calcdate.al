codeunit 50216 CalcDate
{
    trigger OnRun()
    begin
        // 2024-03-13 is a Wednesday
        Message(F(CalcDate('<1D>', 20240313D)));        // expect: 2024-03-14
        Message(F(CalcDate('<-1D>', 20240301D)));       // expect: 2024-02-29
        Message(F(CalcDate('<-1D>', 20230301D)));       // expect: 2023-02-28
        Message(F(CalcDate('<2W>', 20240313D)));        // expect: 2024-03-27
        Message(F(CalcDate('<1M>', 20230131D)));        // expect: 2023-02-28
        Message(F(CalcDate('<1M>', 20240229D)));        // expect: 2024-03-29
        Message(F(CalcDate('<1Y>', 20240229D)));        // expect: 2025-02-28
        Message(F(CalcDate('<4Y>', 20240229D)));        // expect: 2028-02-29
        Message(F(CalcDate('<-1Q>', 20240531D)));       // expect: 2024-02-29
        Message(F(CalcDate('<CW>', 20240313D)));        // expect: 2024-03-17
        Message(F(CalcDate('<-CW>', 20240313D)));       // expect: 2024-03-11
        Message(F(CalcDate('<CM>', 20240213D)));        // expect: 2024-02-29
        Message(F(CalcDate('<CM>', 21000213D)));        // expect: 2100-02-28
        Message(F(CalcDate('<CQ>', 20240515D)));        // expect: 2024-06-30
        Message(F(CalcDate('<-CQ>', 20240515D)));       // expect: 2024-04-01
        Message(F(CalcDate('<CY>', 20240515D)));        // expect: 2024-12-31
        Message(F(CalcDate('<-CY>', 20240515D)));       // expect: 2024-01-01
        Message(F(CalcDate('<CM+1D>', 20240115D)));     // expect: 2024-02-01
        Message(F(CalcDate('<-CM-1D>', 20240315D)));    // expect: 2024-02-29
        Message(F(CalcDate('<WD1>', 20240313D)));       // expect: 2024-03-18
        Message(F(CalcDate('<D10>', 20240315D)));       // expect: 2024-04-10
        Message(F(CalcDate('<1Y+CY>', 20240601D)));     // expect: 2025-12-31
        Message(F(CalcDate('1M', 20240115D)));          // expect: 2024-02-15
        Message(F(CalcDate('<cm>', 20240415D)));        // expect: 2024-04-30
        Message(F(CalcDate('', 20240415D)));            // expect: 2024-04-15
        Message(F(CalcDate('<-1D>', 20240101D)));       // expect: 2023-12-31
        asserterror Message(F(CalcDate('<1X>', 20240101D)));
        Message(GetLastErrorText());   // expect: The date formula "<1X>" is not valid.
        asserterror Message(F(CalcDate('<1D>', 0D)));
        Message(GetLastErrorText());   // expect: You cannot base a date calculation on an undefined date.
        asserterror Message(F(CalcDate('<1D>', 99991231D)));
        Message(GetLastErrorText());   // expect: The date is not valid. Dates must be between 01/01/1753 and 12/31/9999.
        Message(F(CalcDate('<-1D>', 17530101D))); // expect runtime error: The date is not valid. Dates must be between 01/01/1753 and 12/31/9999.
    end;

    local procedure F(D: Date): Text
    begin
        exit(Format(D, 0, 9));
    end;
}
