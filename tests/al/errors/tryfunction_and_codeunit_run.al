// args: --codeunit 50113
codeunit 50113 "Catch Points"
{
    trigger OnRun()
    begin
        if not TryDivide(0) then
            Message('caught: %1', GetLastErrorText());   // expect: caught: Attempted to divide by zero.
        if TryDivide(2) then
            Message('fine');                              // expect: fine
        if not Codeunit.Run(Codeunit::"Failing Worker") then
            Message('run failed: %1', GetLastErrorText()); // expect: run failed: worker failed
        asserterror Error('expected');
        Message(GetLastErrorText());                      // expect: expected
        ClearLastError();
        Message('[%1]', GetLastErrorText());              // expect: []
    end;

    [TryFunction]
    local procedure TryDivide(D: Integer)
    var
        X: Integer;
    begin
        X := 10 div D;
    end;
}

codeunit 50114 "Failing Worker"
{
    trigger OnRun()
    begin
        Error('worker failed');
    end;
}
