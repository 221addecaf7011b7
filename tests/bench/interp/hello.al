// Start-up: a one-line codeunit.
codeunit 50906 "Bench Hello"
{
    trigger OnRun()
    begin
        Message('hello');
    end;
}
