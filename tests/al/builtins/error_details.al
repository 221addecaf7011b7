codeunit 50149 "Error Details"
{
    trigger OnRun()
    begin
        if not TryFail() then begin
            Message(GetLastErrorText());       // expect: Something broke
            Message(GetLastErrorCallStack());  // expect: "Error Details"(CodeUnit 50149).TryFail line 15
                                               // expect: "Error Details"(CodeUnit 50149).OnRun line 5
        end;
    end;

    [TryFunction]
    local procedure TryFail()
    begin
        Error('Something broke');
    end;
}
