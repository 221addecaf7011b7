// tests/bench/pbt/bench.al — page background task overhead (run.sh):
// action One enqueues one empty task and the script waits for it, many
// times over (latency: enqueue -> completion trigger); action Many
// enqueues 10,000 at once through the 5 slots (throughput).
codeunit 50900 "Empty Worker"
{
    trigger OnRun()
    begin
    end;
}

page 50900 "PBT Bench"
{
    PageType = Card;
    layout { area(Content) { field(Done; Done) { } } }
    actions
    {
        area(Processing)
        {
            action(One)
            {
                trigger OnAction()
                var
                    Id: Integer;
                begin
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Empty Worker");
                end;
            }
            action(Many)
            {
                trigger OnAction()
                var
                    Id: Integer;
                    i: Integer;
                begin
                    for i := 1 to 10000 do
                        CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Empty Worker");
                end;
            }
        }
    }
    var
        Done: Integer;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Done += 1;
    end;
}
