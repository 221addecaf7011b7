// Traced by tests/trace/run.sh: `alrun run` on samples/01-wait-task with
// this codeunit, which drives the card through a TestPage.
codeunit 50191 "Trace Wait Run"
{
    trigger OnRun()
    var
        Card: TestPage "Customer Card";
    begin
        Card.OpenView();
        Sleep(100);
        Card.Next();
        Card.Close();
        Message('done');
    end;
}
