// The background task: grades a vendor by the share of its deliveries
// that arrived on time (A: 95% or more, B: 80% or more, else C).  A vendor
// without deliveries cannot be graded: the task fails.
codeunit 50600 "Delivery Grade Task"
{
    trigger OnRun()
    var
        Score: Record "Vendor Delivery Score";
        Result: Dictionary of [Text, Text];
        OnTimePct: Integer;
    begin
        Score.Get(Page.GetBackgroundParameters().Get('VendorNo'));
        if Score.Deliveries = 0 then
            Error('No deliveries are recorded for vendor %1.', Score."Vendor No.");
        OnTimePct := Score."On Time" * 100 div Score.Deliveries;
        Result.Add('OnTimePct', Format(OnTimePct));
        Result.Add('Grade', Grade(OnTimePct));
        Page.SetBackgroundTaskResult(Result);
    end;

    procedure Grade(OnTimePct: Integer): Text
    begin
        if OnTimePct >= 95 then
            exit('A');
        if OnTimePct >= 80 then
            exit('B');
        exit('C');
    end;
}
