codeunit 50155 "DateTime Literals"
{
    trigger OnRun()
    var
        DT: DateTime;
        T: Time;
        D: Date;
    begin
        Message('[%1]', DT = 0DT);                 // expect: [Yes]
        Message('[%1][%2][%3]', Format(0DT), Format(0T), Format(0D)); // expect: [][][]
        T := 235959T;
        Message(Format(T));                        // expect: 11:59:59 PM
        D := 20240229D;
        Message(Format(D, 0, 4));                  // expect: February 29, 2024
    end;
}
