// A shipment card that asks the carrier where the parcel is, in the
// background, each time it shows a shipment.  A lookup is cancelled when
// the user moves to another shipment (the platform does it: the page's
// record changed) or when the user chooses Stop Tracking
// (CurrPage.CancelBackgroundTask).  A cancelled task runs neither
// OnPageBackgroundTaskCompleted nor OnPageBackgroundTaskError.
page 50300 "Outbound Shipment Card"
{
    Caption = 'Outbound Shipment';
    PageType = Card;
    SourceTable = "Outbound Shipment";

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("No."; Rec."No.") { ApplicationArea = All; }
                field("Ship-to Name"; Rec."Ship-to Name") { ApplicationArea = All; }
                field(Carrier; Rec.Carrier) { ApplicationArea = All; }
                field("Tracking No."; Rec."Tracking No.") { ApplicationArea = All; }
            }
            group(Tracking)
            {
                Caption = 'Tracking';
                field(TrackingStatus; TrackingStatus)
                {
                    ApplicationArea = All;
                    Caption = 'Status';
                    Editable = false;
                }
                field(TrackingLocation; TrackingLocation)
                {
                    ApplicationArea = All;
                    Caption = 'Location';
                    Editable = false;
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(TrackParcel)
            {
                ApplicationArea = All;
                Caption = 'Track Parcel';
                trigger OnAction()
                begin
                    StartTracking();
                end;
            }
            action(StopTracking)
            {
                ApplicationArea = All;
                Caption = 'Stop Tracking';
                trigger OnAction()
                var
                    Stopped: Notification;
                begin
                    if CurrPage.CancelBackgroundTask(TrackTaskId) then begin
                        TrackingStatus := 'Lookup stopped';
                        Stopped.Message(StrSubstNo('The tracking lookup for %1 was stopped.', Rec."No."));
                    end else
                        Stopped.Message('No tracking lookup is running.');
                    Stopped.Send();
                end;
            }
        }
    }

    var
        TrackTaskId: Integer;
        TrackingStatus: Text;
        TrackingLocation: Text;

    trigger OnAfterGetCurrRecord()
    begin
        StartTracking();
    end;

    local procedure StartTracking()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        TrackingStatus := 'Asking ' + Rec.Carrier + '...';
        TrackingLocation := '';
        TaskParameters.Add('TrackingNo', Rec."Tracking No.");
        CurrPage.EnqueueBackgroundTask(TrackTaskId, Codeunit::"Track Parcel", TaskParameters, 10000, PageBackgroundTaskErrorLevel::Warning);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        if TaskId <> TrackTaskId then
            exit;
        TrackingStatus := Results.Get('Status');
        if Results.ContainsKey('Location') then
            TrackingLocation := Results.Get('Location');
    end;
}
