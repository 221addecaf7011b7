codeunit 50159 "More Dates"
{
    trigger OnRun()
    var
        D: Date;
        DT: DateTime;
    begin
        D := ClosingDate(20241231D);
        Message('%1', D > 20241231D);                    // expect: Yes
        Message('%1', NormalDate(D) = 20241231D);        // expect: Yes
        DT := CreateDateTime(20240315D, 134500T);
        Message(Format(DT2Time(DT)));                    // expect: 1:45:00 PM
        Message('%1', Date2DWY(20240315D, 1));           // expect: 5
        Message(Format(DWY2Date(1, 1, 2024)));           // expect: 01/01/24
        WorkDate(20230601D);
        Message(Format(WorkDate()));                     // expect: 06/01/23
        Message(Format(CalcDate('<1Y>')));               // expect: 06/01/24
        Message('%1', Today() <> 0D);                    // expect: Yes
        Message('%1', CurrentDateTime() > CreateDateTime(20200101D, 0T)); // expect: Yes
        Evaluate(D, '03/15/2024');
        Message(Format(D, 0, 9));                        // expect: 2024-03-15
    end;
}
