// The concurrency limit and the queue: with ChildSessionsMaxConcurrency=2
// and ChildSessionsMaxQueueLength=2, five enqueues give two running, two
// waiting and one refused (false when the result is used, an error when
// not); waiting tasks start in FIFO order as slots free up.
codeunit 50420 Napper
{
    trigger OnRun()
    var
        Ms: Integer;
    begin
        Evaluate(Ms, Page.GetBackgroundParameters().Get('ms'));
        Sleep(Ms);
    end;
}

page 50420 Dashboard
{
    PageType = Card;
    layout { area(Content) { field(Done; Done) { } } }
    actions
    {
        area(Processing)
        {
            action(Fill)
            {
                trigger OnAction()
                begin
                    Message('%1', Nap(300));
                    Message('%1', Nap(100));
                    Message('%1', Nap(100));
                    Message('%1', Nap(100));
                    Message('%1', Nap(100));
                end;
            }
            action(Overflow)
            {
                trigger OnAction()
                var
                    Id: Integer;
                    P: Dictionary of [Text, Text];
                begin
                    P.Add('ms', '10');
                    Id := -1;
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Napper, P);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Napper, P);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Napper, P);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Napper, P);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Napper, P);
                    Message('not reached');
                end;
            }
        }
    }
    var
        Done: Integer;

    local procedure Nap(Ms: Integer): Text
    var
        Id: Integer;
        P: Dictionary of [Text, Text];
    begin
        P.Add('ms', Format(Ms));
        Id := -1;
        if CurrPage.EnqueueBackgroundTask(Id, Codeunit::Napper, P) then
            exit(StrSubstNo('enqueued as %1', Id));
        exit(StrSubstNo('refused, Id still %1', Id));
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Done += 1;
    end;
}
