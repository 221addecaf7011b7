// Work takes time under the virtual clock (1 µs per loop iteration or
// call, docs/background-tasks.md): a busy worker ends later, an endless
// loop ends at its timeout, and a timeout passes the worker's own catch
// points (TryFunction, asserterror) — the task is stopped, not the
// statement.
codeunit 50440 Busy
{
    trigger OnRun()
    var
        i: Integer;
        n: Integer;
    begin
        for i := 1 to 250000 do
            n += 1;
    end;
}

codeunit 50441 Forever
{
    trigger OnRun()
    begin
        while true do;
    end;
}

codeunit 50442 "Caught Forever"
{
    trigger OnRun()
    begin
        if not Spin() then
            Error('the TryFunction caught it');
    end;

    [TryFunction]
    local procedure Spin()
    begin
        repeat
        until false;
    end;
}

codeunit 50443 "Asserted Sleep"
{
    trigger OnRun()
    begin
        asserterror Sleep(5000);
        Error('asserterror caught it');
    end;
}

page 50440 Runner
{
    PageType = Card;
    layout { area(Content) { field(Last; Last) { } } }
    actions
    {
        area(Processing)
        {
            action(Go)
            {
                trigger OnAction()
                var
                    Id: Integer;
                    P: Dictionary of [Text, Text];
                begin
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Busy, P, 1000);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Forever, P, 2000);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Caught Forever", P, 3000);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Asserted Sleep", P, 4000);
                end;
            }
        }
    }
    var
        Last: Text;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        Last := StrSubstNo('%1: %2', TaskId, ErrorCode);
        IsHandled := true;
    end;
}
