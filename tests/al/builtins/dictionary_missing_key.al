codeunit 50122 "Dictionary Missing Key"
{
    trigger OnRun()
    var
        D: Dictionary of [Text, Text];
    begin
        Message(D.Get('nope')); // expect runtime error: The given key was not present in the dictionary.
    end;
}
