// alrun run --inject: a TestPage in a codeunit run from the command line;
// its task runs synchronously and meets the injected fault.
codeunit 50820 "Inject Run"
{
    trigger OnRun()
    var
        Card: TestPage "Inject Card";
    begin
        Card.OpenEdit();
        Card.Handled.Invoke();
        Message('ErrorCode: %1', Card.LastCode.Value);
        Message('ErrorText: %1', Card.LastText.Value);
        Message('Answer: %1', Card.Answer.Value);
        Card.Close();
    end;
}
