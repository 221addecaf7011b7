// tests/stress: page background tasks under the real clock (run.sh).
table 50600 Slot
{
    fields { field(1; No; Integer) { } }
    keys { key(PK; No) { } }
}

codeunit 50600 "Empty Task"
{
    trigger OnRun()
    begin
    end;
}

codeunit 50601 "Runaway Task"
{
    trigger OnRun()
    var
        n: Integer;
    begin
        while true do
            n := (n + 1) mod 1000;
    end;
}

codeunit 50602 "Slow Task"
{
    trigger OnRun()
    begin
        Sleep(1000);
    end;
}

page 50600 "Stress Card"
{
    PageType = Card;
    SourceTable = Slot;
    layout { area(Content) { field(No; Rec.No) { } field(Done; Done) { } field(Failed; Failed) { } } }
    actions
    {
        area(Processing)
        {
            action(Empty)
            {
                trigger OnAction()
                var
                    Id: Integer;
                    i: Integer;
                begin
                    for i := 1 to 1000 do
                        CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Empty Task");
                end;
            }
            action(Runaway)
            {
                trigger OnAction()
                var
                    Id: Integer;
                    i: Integer;
                    P: Dictionary of [Text, Text];
                begin
                    for i := 1 to 1000 do
                        CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Runaway Task", P, 10);
                end;
            }
        }
    }
    var
        Done: Integer;
        Failed: Integer;
        SlowTask: Integer;

    trigger OnAfterGetCurrRecord()
    begin
        CurrPage.EnqueueBackgroundTask(SlowTask, Codeunit::"Slow Task");
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Done += 1;
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        if ErrorCode = 'ChildSessionTaskTimeout' then
            Failed += 1;
        IsHandled := true;
    end;
}
