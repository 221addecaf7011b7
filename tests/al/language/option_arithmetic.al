// An Option takes part in arithmetic as its ordinal; the result assigns back to the Option.
codeunit 50100 O
{
    trigger OnRun()
    var
        Step: Option Intro,Setup,Done;
    begin
        Step := Step + 1;
        Message('%1', Step);          // expect: Setup
        Step := Step::Done;
        Step := Step - 1;
        Message('%1 %2', Step, Step * 2); // expect: Setup 2
    end;
}
