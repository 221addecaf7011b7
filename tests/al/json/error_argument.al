// Add takes a JSON type or a simple value: a List is a compile error.
codeunit 50110 JsonErrorArgument
{
    trigger OnRun()
    var
        O: JsonObject;
        L: List of [Integer];
    begin
        O.Add('l', L);      // expect error: Add: argument 2 must be a JSON type or a simple value, not List of [Integer]
    end;
}
