// The monitor's counting task: counts the open tickets and returns the
// count and the time it was taken.
codeunit 50450 "Count Open Tickets"
{
    trigger OnRun()
    var
        Ticket: Record "Support Ticket";
        Result: Dictionary of [Text, Text];
    begin
        Ticket.SetRange(Status, Ticket.Status::Open);
        Result.Add('OpenTickets', Format(Ticket.Count()));
        Result.Add('CountedAt', Format(Time()));
        Page.SetBackgroundTaskResult(Result);
    end;
}
