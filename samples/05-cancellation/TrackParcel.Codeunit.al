// The background task: asks the carrier where a parcel is.  Sleep stands
// in for the 2 seconds the carrier's service takes to answer.
codeunit 50300 "Track Parcel"
{
    trigger OnRun()
    var
        TrackingEvent: Record "Carrier Tracking Event";
        Result: Dictionary of [Text, Text];
    begin
        Sleep(2000);
        if TrackingEvent.Get(Page.GetBackgroundParameters().Get('TrackingNo')) then begin
            Result.Add('Status', TrackingEvent.Status);
            Result.Add('Location', TrackingEvent.Location);
        end else
            Result.Add('Status', 'Not yet scanned');
        Page.SetBackgroundTaskResult(Result);
    end;
}
