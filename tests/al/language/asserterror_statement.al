codeunit 50235 "AssertError Statement"
{
    var
        Counter: Integer;

    trigger OnRun()
    var
        I: Integer;
    begin
        asserterror Error('plain');
        Message(GetLastErrorText());         // expect: plain
        asserterror I := 1 div I;
        Message(GetLastErrorText());         // expect: Attempted to divide by zero.
        asserterror begin
            Counter := 5;
            Message('inside');               // expect: inside
            Error('from a block');
            Message('never');
        end;
        Message(GetLastErrorText());         // expect: from a block
        Message('%1', Counter);              // expect: 5
        asserterror Nested();
        Message(GetLastErrorText());         // expect: deep
        for I := 1 to 3 do
            asserterror Error('loop %1', I);
        Message(GetLastErrorText());         // expect: loop 3
        asserterror asserterror I := 1;
        Message(GetLastErrorText());         // expect: An error was expected inside an AssertError statement.
        if TryAssert() then
            Message('try ok');               // expect: try ok
        asserterror I := 5; // expect runtime error: An error was expected inside an AssertError statement.
        Message('never');
    end;

    local procedure Nested()
    begin
        Deeper();
    end;

    local procedure Deeper()
    begin
        Error('deep');
    end;

    [TryFunction]
    local procedure TryAssert()
    begin
        asserterror Error('handled inside a try function');
    end;
}
