codeunit 50241 "Date Time Arithmetic"
{
    trigger OnRun()
    var
        D: Date;
        T: Time;
        DT, DT2 : DateTime;
        Dur: Duration;
        I: Integer;
    begin
        Message(Format(20240301D - 1, 0, 9));                 // expect: 2024-02-29
        Message(Format(20230301D - 1, 0, 9));                 // expect: 2023-02-28
        Message('%1 %2', 20240301D - 20230301D, 20230301D - 20240301D); // expect: 366 -366
        Message('%1', 20250301D - 20240301D);                 // expect: 365
        Message('%1', ClosingDate(20240131D) - 20240130D);    // expect: 1
        Message(Format(ClosingDate(20240131D) + 1));          // expect: C02/01/24
        Message('%1', 120000T - 110000T);                     // expect: 3600000
        Message(Format(120000T + 500));                       // expect: 12:00:00.5 PM
        Message(Format(235959T + 2000));                      // expect: 12:00:01 AM
        DT := CreateDateTime(20240131D, 230000T);
        DT2 := DT + 3600000;
        Message(Format(DT2, 0, 9));                           // expect: 2024-02-01T00:00:00Z
        Dur := DT2 - DT;
        Message('%1', Dur);                                   // expect: 1 hour
        Dur := DT - DT2;
        Message('%1', Dur);                                   // expect: -1 hour
        Message('%1', DT2 > DT);                              // expect: Yes
        Message('[%1]', Format(CreateDateTime(0D, 120000T))); // expect: []
        Message('%1', 0D < 17530101D);                        // expect: Yes
        asserterror D := 0D + 1;
        Message(GetLastErrorText());  // expect: You cannot base a date calculation on an undefined date.
        asserterror T := 0T + 1;
        Message(GetLastErrorText());  // expect: You cannot base a time calculation on an undefined time.
        asserterror DT := 0DT + 1;
        Message(GetLastErrorText());  // expect: You cannot base a date-time calculation on an undefined date-time.
        asserterror I := 20240101D - 0D;
        Message(GetLastErrorText());  // expect: You cannot base a date calculation on an undefined date.
        D := 99991231D + 1; // expect runtime error: The date is not valid. Dates must be between 01/01/1753 and 12/31/9999.
    end;
}
