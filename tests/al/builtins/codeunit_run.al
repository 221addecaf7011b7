// args: --codeunit 50225
codeunit 50225 "Codeunit Run"
{
    trigger OnRun()
    begin
        Codeunit.Run(Codeunit::"Run Worker");              // expect: worker ran
        if Codeunit.Run(Codeunit::"Run Worker") then       // expect: worker ran
            Message('ok');                                 // expect: ok
        if not Codeunit.Run(Codeunit::"Run Failer") then
            Message('caught: %1', GetLastErrorText());     // expect: caught: failer failed
        asserterror Codeunit.Run(99999);
        Message(GetLastErrorText());                       // expect: The Codeunit 99999 does not exist.
        Codeunit.Run(Codeunit::"Run Failer"); // expect runtime error: failer failed
        Message('never');
    end;
}

codeunit 50226 "Run Worker"
{
    trigger OnRun()
    begin
        Message('worker ran');
    end;
}

codeunit 50227 "Run Failer"
{
    trigger OnRun()
    begin
        Error('failer failed');
    end;
}
