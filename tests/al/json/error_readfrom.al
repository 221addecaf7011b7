// ReadFrom whose result is not used: invalid JSON is an error.
codeunit 50109 JsonErrorReadFrom
{
    trigger OnRun()
    var
        T: JsonToken;
    begin
        T.ReadFrom('[1, 2');
    end;
}
// expect runtime error: The JSON text is not valid: ',' or ']' expected at line 1, position 6.
