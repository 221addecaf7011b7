codeunit 50111 "Error Stack"
{
    trigger OnRun()
    begin
        Message('before');                 // expect: before
        Fail(42);
        Message('never');
    end;

    local procedure Fail(N: Integer)
    begin
        Error('Value %1 is not allowed.', N); // expect runtime error: Value 42 is not allowed.
    end;
}
