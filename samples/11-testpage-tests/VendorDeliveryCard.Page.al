// A vendor's delivery record with its grade, computed by a background
// task each time the card shows another vendor.  A task that fails is
// left to the platform (a warning), unless Handle Errors is on: then the
// page handles it and shows the error in Status.
page 50600 "Vendor Delivery Card"
{
    Caption = 'Vendor Delivery';
    PageType = Card;
    SourceTable = "Vendor Delivery Score";

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("Vendor No."; Rec."Vendor No.") { ApplicationArea = All; }
                field(Name; Rec.Name) { ApplicationArea = All; }
                field(Deliveries; Rec.Deliveries) { ApplicationArea = All; }
                field("On Time"; Rec."On Time") { ApplicationArea = All; }
            }
            group(Grading)
            {
                Caption = 'Grading';
                field(Grade; Grade) { ApplicationArea = All; Caption = 'Grade'; Editable = false; }
                field(OnTimePct; OnTimePct) { ApplicationArea = All; Caption = 'On Time %'; Editable = false; }
                field(Status; Status) { ApplicationArea = All; Caption = 'Status'; Editable = false; }
                field(HandleErrors; HandleErrors) { ApplicationArea = All; Caption = 'Handle Errors'; }
            }
        }
    }

    var
        GradeTaskId: Integer;
        Grade: Text;
        OnTimePct: Text;
        Status: Text;
        HandleErrors: Boolean;

    trigger OnAfterGetCurrRecord()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        Grade := '';
        OnTimePct := '';
        Status := 'Grading...';
        TaskParameters.Add('VendorNo', Rec."Vendor No.");
        CurrPage.EnqueueBackgroundTask(GradeTaskId, Codeunit::"Delivery Grade Task", TaskParameters, 5000, PageBackgroundTaskErrorLevel::Warning);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Grade := Results.Get('Grade');
        OnTimePct := Results.Get('OnTimePct');
        Status := 'Graded';
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        if not HandleErrors then
            exit;
        IsHandled := true;
        Status := ErrorText;
    end;
}
