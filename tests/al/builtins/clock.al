codeunit 50217 "Clock Functions"
{
    trigger OnRun()
    var
        T: Time;
        Start, Stop : DateTime;
        D: Date;
    begin
        T := Time();
        D := Today();
        Message('%1', T <> 0T);                              // expect: Yes
        Message('%1', (T >= 000000T) and (T <= 235959.999T)); // expect: Yes
        Message('%1', DT2Date(CurrentDateTime()) - D <= 1);  // expect: Yes
        Message('%1', WorkDate() = Today());                 // expect: Yes
        Message('%1', Format(WorkDate(20240229D), 0, 9));   // expect: 2024-02-29
        Message('%1', Format(WorkDate(), 0, 9));             // expect: 2024-02-29
        Message('%1', Format(CalcDate('<CM+1D>'), 0, 9));    // expect: 2024-03-01
        Start := CurrentDateTime();
        Sleep(0);
        Sleep(60);
        Stop := CurrentDateTime();
        Message('%1', Stop - Start >= 60);                   // expect: Yes
        Message('%1', Stop - Start < 60000);                 // expect: Yes
    end;
}
