// The project of the --inject tests: a card whose actions enqueue a
// worker that always succeeds, with each ErrorLevel, and a second worker
// for the queue-full cases; the error trigger copies what it is given
// into fields the scripts show.
table 50800 "Inject Row"
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Name; Text[30]) { }
    }
    keys { key(PK; Id) { } }
}

codeunit 50800 "Inject Worker"
{
    trigger OnRun()
    var
        R: Dictionary of [Text, Text];
    begin
        Sleep(100);
        R.Add('answer', '42');
        Page.SetBackgroundTaskResult(R);
    end;
}

codeunit 50801 "Queue Worker"
{
    trigger OnRun()
    begin
    end;
}

page 50800 "Inject Card"
{
    PageType = Card;
    SourceTable = "Inject Row";
    layout
    {
        area(Content)
        {
            field(Id; Rec.Id) { }
            field(Answer; Answer) { }
            field(LastCode; LastCode) { }
            field(LastText; LastText) { }
            field(LastStack; LastStack) { }
            field(Enqueued; Enqueued) { }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Handled)
            {
                trigger OnAction()
                begin
                    Handle := true;
                    CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::"Inject Worker");
                end;
            }
            action(AsError)
            {
                trigger OnAction()
                begin
                    Handle := false;
                    CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::"Inject Worker", Params, 2000, PageBackgroundTaskErrorLevel::Error);
                end;
            }
            action(AsWarning)
            {
                trigger OnAction()
                begin
                    Handle := false;
                    CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::"Inject Worker", Params, 2000, PageBackgroundTaskErrorLevel::Warning);
                end;
            }
            action(AsIgnore)
            {
                trigger OnAction()
                begin
                    Handle := false;
                    CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::"Inject Worker", Params, 2000, PageBackgroundTaskErrorLevel::Ignore);
                end;
            }
            action(TryEnqueue)
            {
                trigger OnAction()
                begin
                    Enqueued := CurrPage.EnqueueBackgroundTask(QueueTaskId, Codeunit::"Queue Worker");
                end;
            }
            action(MustEnqueue)
            {
                trigger OnAction()
                begin
                    CurrPage.EnqueueBackgroundTask(QueueTaskId, Codeunit::"Queue Worker");
                    Enqueued := true;
                end;
            }
        }
    }
    var
        TaskId: Integer;
        QueueTaskId: Integer;
        Handle: Boolean;
        Answer: Text;
        LastCode: Text;
        LastText: Text;
        LastStack: Text;
        Enqueued: Boolean;
        Params: Dictionary of [Text, Text];

    trigger OnPageBackgroundTaskCompleted(Id: Integer; Results: Dictionary of [Text, Text])
    begin
        if Results.ContainsKey('answer') then
            Answer := Results.Get('answer');
    end;

    trigger OnPageBackgroundTaskError(Id: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        LastCode := ErrorCode;
        LastText := ErrorText;
        LastStack := ErrorCallStack;
        IsHandled := Handle;
    end;
}
