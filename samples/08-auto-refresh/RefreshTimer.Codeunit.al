// The monitor's timer: a task that only waits (the Interval parameter, in
// milliseconds).  Its completion is the page's signal to count again.
codeunit 50451 "Refresh Timer"
{
    trigger OnRun()
    var
        Interval: Integer;
    begin
        Evaluate(Interval, Page.GetBackgroundParameters().Get('Interval'));
        Sleep(Interval);
    end;
}
