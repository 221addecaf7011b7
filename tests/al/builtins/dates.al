codeunit 50151 Dates
{
    trigger OnRun()
    var
        D: Date;
        T: Time;
        DT: DateTime;
    begin
        D := 20240131D;
        Message(Format(D));                                // expect: 01/31/24
        Message(Format(CalcDate('<CM>', 20240115D)));      // expect: 01/31/24
        Message(Format(CalcDate('<-CM>', 20240115D)));     // expect: 01/01/24
        Message(Format(CalcDate('<1M>', D)));              // expect: 02/29/24
        Message(Format(DMY2Date(29, 2, 2024)));            // expect: 02/29/24
        Message('%1', Date2DMY(D, 3));                     // expect: 2024
        Message('%1', D - 20240101D);                      // expect: 30
        Message(Format(D + 1));                            // expect: 02/01/24
        Message('[%1]', Format(0D));                       // expect: []
        T := 120000T;
        Message(Format(T));                                // expect: 12:00:00 PM
        Message(Format(D, 0, '<Day,2>.<Month,2>.<Year4>'));  // expect: 31.01.2024
        Message(Format(D, 0, 9));                          // expect: 2024-01-31
        DT := CreateDateTime(D, T);
        Message(Format(DT2Date(DT)));                      // expect: 01/31/24
        Message('%1', Date2DWY(20240101D, 2));             // expect: 1
        D := DMY2Date(31, 2, 2024); // expect runtime error: The date is not valid: day 31, month 2, year 2024.
    end;
}
