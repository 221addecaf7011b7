// A monitor that keeps the number of open tickets up to date without the
// user doing anything, by chaining background tasks from the completion
// trigger (the pattern of Microsoft's PageBackgroundTask.AutoRefresh
// sample): the count task's completion shows the count and starts the
// timer task, whose completion starts the next count.  The chain stops
// after a few refreshes so the sample ends; a real monitor would go on
// until the page closes, which cancels the pending task.
page 50450 "Support Ticket Monitor"
{
    Caption = 'Support Ticket Monitor';
    PageType = Card;
    Editable = false;

    layout
    {
        area(Content)
        {
            group(Tickets)
            {
                Caption = 'Tickets';
                field(OpenTickets; OpenTickets) { ApplicationArea = All; Caption = 'Open Tickets'; }
                field(LastRefreshed; LastRefreshed) { ApplicationArea = All; Caption = 'Last Refreshed'; }
                field(Refreshes; Refreshes) { ApplicationArea = All; Caption = 'Refreshes'; }
            }
        }
    }

    var
        CountTaskId: Integer;
        TimerTaskId: Integer;
        Refreshes: Integer;
        OpenTickets: Text;
        LastRefreshed: Text;

    trigger OnOpenPage()
    begin
        // The page has no record, so nothing cancels the chain but closing it.
        StartCount();
    end;

    local procedure StartCount()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        CurrPage.EnqueueBackgroundTask(CountTaskId, Codeunit::"Count Open Tickets", TaskParameters, 10000, PageBackgroundTaskErrorLevel::Warning);
    end;

    local procedure StartTimer()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        TaskParameters.Add('Interval', Format(RefreshInterval()));
        CurrPage.EnqueueBackgroundTask(TimerTaskId, Codeunit::"Refresh Timer", TaskParameters, RefreshInterval() + 10000, PageBackgroundTaskErrorLevel::Ignore);
    end;

    local procedure RefreshInterval(): Integer
    begin
        exit(2000);
    end;

    local procedure MaxRefreshes(): Integer
    begin
        exit(4);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        case TaskId of
            CountTaskId:
                begin
                    OpenTickets := Results.Get('OpenTickets');
                    LastRefreshed := Results.Get('CountedAt');
                    Refreshes += 1;
                    if Refreshes < MaxRefreshes() then
                        StartTimer();
                end;
            TimerTaskId:
                StartCount();
        end;
    end;
}
