codeunit 50221 "Last Error Functions"
{
    trigger OnRun()
    begin
        Message('[%1][%2][%3]', GetLastErrorText(), GetLastErrorCode(), GetLastErrorCallStack()); // expect: [][][]
        asserterror Error('Amount %1 is too large for %2.', 1500.5, 'Customer');
        Message(GetLastErrorText());           // expect: Amount 1,500.5 is too large for Customer.
        Message(GetLastErrorCode());           // expect: Dialog
        Message(GetLastErrorCallStack());      // expect: "Last Error Functions"(CodeUnit 50221).OnRun line 6
        asserterror Error('Field #1##### done', 'abc');
        Message(GetLastErrorText());           // expect: Field abc     done
        ClearLastError();
        Message('[%1][%2][%3]', GetLastErrorText(), GetLastErrorCode(), GetLastErrorCallStack()); // expect: [][][]
        if not TryIt() then
            Message('%1 / %2', GetLastErrorText(), GetLastErrorCode()); // expect: inner failure / Dialog
        Error('Final %1', 'error'); // expect runtime error: Final error
    end;

    [TryFunction]
    local procedure TryIt()
    begin
        Error('inner failure');
    end;
}
