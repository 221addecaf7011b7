codeunit 50147 "Endless Recursion"
{
    trigger OnRun()
    begin
        Recurse(1);
    end;

    local procedure Recurse(N: Integer)
    begin
        Recurse(N + 1); // expect runtime error: The call stack is too deep (more than 2000 calls): endless recursion?
    end;
}
