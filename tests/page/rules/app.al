// What a worker and the triggers may do: the worker is read-only (its
// writes fail with BC's permission error; a temporary record is writable)
// and has no UI; in the triggers CurrPage.Update does nothing, a dialog
// fails with BC's client callback error (always shown as an Error), and a
// task can be enqueued again (an auto-refresh chain).  Also the order of
// the page triggers when it opens.
table 50410 Counter
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Hits; Integer) { }
    }
    keys { key(PK; Id) { } }
}

codeunit 50410 "Write Worker"
{
    trigger OnRun()
    var
        C: Record Counter;
        T: Record Counter temporary;
        R: Dictionary of [Text, Text];
    begin
        T.Id := 7;
        T.Insert();
        R.Add('temp rows', Format(T.Count()));
        Page.SetBackgroundTaskResult(R);
        C.Get(1);
        C.Hits += 1;
        C.Modify();
    end;
}

codeunit 50411 "UI Worker"
{
    trigger OnRun()
    begin
        Message('hello from the worker');
    end;
}

codeunit 50412 "Tick Worker"
{
    trigger OnRun()
    var
        R: Dictionary of [Text, Text];
    begin
        Sleep(250);
        R.Add('tick', Page.GetBackgroundParameters().Get('n'));
        Page.SetBackgroundTaskResult(R);
    end;
}

page 50410 "Counter Card"
{
    PageType = Card;
    SourceTable = Counter;
    layout
    {
        area(Content)
        {
            field(Id; Rec.Id) { }
            field(Hits; Rec.Hits) { }
            field(Ticks; Ticks) { }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Write)
            {
                trigger OnAction()
                begin
                    CurrPage.EnqueueBackgroundTask(WriteTask, Codeunit::"Write Worker");
                end;
            }
            action(Dialog)
            {
                trigger OnAction()
                begin
                    CurrPage.EnqueueBackgroundTask(UiTask, Codeunit::"UI Worker", Params, 1000, PageBackgroundTaskErrorLevel::Warning);
                end;
            }
            action(Chain)
            {
                trigger OnAction()
                begin
                    Ticks := 0;
                    Enqueue();
                end;
            }
        }
    }
    var
        WriteTask: Integer;
        UiTask: Integer;
        TickTask: Integer;
        Ticks: Integer;
        Params: Dictionary of [Text, Text];

    trigger OnInit()
    begin
        Message('OnInit');
    end;

    trigger OnOpenPage()
    begin
        Message('OnOpenPage');
    end;

    trigger OnAfterGetRecord()
    begin
        Message('OnAfterGetRecord %1', Rec.Id);
    end;

    trigger OnAfterGetCurrRecord()
    begin
        Message('OnAfterGetCurrRecord %1', Rec.Id);
    end;

    local procedure Enqueue()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('n', Format(Ticks + 1));
        CurrPage.EnqueueBackgroundTask(TickTask, Codeunit::"Tick Worker", P);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    var
        N: Notification;
    begin
        case TaskId of
            WriteTask:
                begin
                    N.Message(StrSubstNo('temp rows in the worker: %1', Results.Get('temp rows')));
                    N.Send();
                end;
            TickTask:
                begin
                    Evaluate(Ticks, Results.Get('tick'));
                    CurrPage.Update(false);          // does nothing here
                    if Ticks < 3 then
                        Enqueue()
                    else
                        Message('three ticks');      // a dialog: not allowed here
                end;
        end;
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    var
        N: Notification;
    begin
        N.Message(StrSubstNo('task %1 failed: %2', TaskId, ErrorText));
        N.Send();
        IsHandled := TaskId = WriteTask;
    end;
}
