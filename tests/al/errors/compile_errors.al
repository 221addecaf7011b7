codeunit 50112 "Compile Errors"
{
    trigger OnRun()
    var
        I: Integer;
        T: Text;
    begin
        I := 'text'; // expect error: Cannot implicitly convert type 'Text' to 'Integer'
        Undefined(1); // expect error: The name 'Undefined' does not exist in the current context
        T := Missing; // expect error: The name 'Missing' does not exist in the current context
        exit(1); // expect error: exit cannot return a value here: 'OnRun' has no return type
        break; // expect error: 'break' is only allowed inside a loop
    end;
}
