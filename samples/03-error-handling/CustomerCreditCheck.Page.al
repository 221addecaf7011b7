// A card that shows a customer's credit rating, looked up in the background
// by the Check actions.  Each action enqueues the same task with another
// PageBackgroundTaskErrorLevel; the Handle Errors field decides whether
// OnPageBackgroundTaskError handles a failure itself (IsHandled := true) or
// leaves it to the platform, which shows it as the error level says.  An
// error raised by the completion trigger itself is always shown as an
// error, whatever the level.
page 50200 "Customer Credit Check"
{
    Caption = 'Customer Credit Check';
    PageType = Card;
    SourceTable = Customer;

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("No."; Rec."No.") { ApplicationArea = All; Editable = false; }
                field(Name; Rec.Name) { ApplicationArea = All; Editable = false; }
            }
            group(Rating)
            {
                Caption = 'Credit Rating';
                field(CreditScore; CreditScore)
                {
                    ApplicationArea = All;
                    Caption = 'Score';
                    Editable = false;
                }
                field(RatingAgency; RatingAgency)
                {
                    ApplicationArea = All;
                    Caption = 'Agency';
                    Editable = false;
                }
                field(HandleErrors; HandleErrors)
                {
                    ApplicationArea = All;
                    Caption = 'Handle Errors';
                    ToolTip = 'Specifies whether the page handles a failed lookup itself (IsHandled) instead of leaving it to the error level.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(CheckWithError)
            {
                ApplicationArea = All;
                Caption = 'Check (Error level)';
                trigger OnAction()
                begin
                    StartLookup(PageBackgroundTaskErrorLevel::Error);
                end;
            }
            action(CheckWithWarning)
            {
                ApplicationArea = All;
                Caption = 'Check (Warning level)';
                trigger OnAction()
                begin
                    StartLookup(PageBackgroundTaskErrorLevel::Warning);
                end;
            }
            action(CheckWithIgnore)
            {
                ApplicationArea = All;
                Caption = 'Check (Ignore level)';
                trigger OnAction()
                begin
                    StartLookup(PageBackgroundTaskErrorLevel::Ignore);
                end;
            }
        }
    }

    var
        LookupTaskId: Integer;
        CreditScore: Text;
        RatingAgency: Text;
        HandleErrors: Boolean;

    trigger OnAfterGetCurrRecord()
    begin
        CreditScore := '';
        RatingAgency := '';
    end;

    local procedure StartLookup(ErrorLevel: PageBackgroundTaskErrorLevel)
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        CreditScore := '';
        RatingAgency := '';
        TaskParameters.Add('CustomerNo', Rec."No.");
        CurrPage.EnqueueBackgroundTask(LookupTaskId, Codeunit::"Credit Rating Lookup", TaskParameters, 5000, ErrorLevel);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    var
        Score: Integer;
    begin
        if TaskId <> LookupTaskId then
            exit;
        Evaluate(Score, Results.Get('Score'));
        if Score < MinimumScore() then
            Error('The credit score %1 of customer %2 is below the minimum of %3.', Score, Rec."No.", MinimumScore());
        CreditScore := Format(Score);
        RatingAgency := Results.Get('Agency');
    end;

    local procedure MinimumScore(): Integer
    begin
        exit(50);
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    var
        Unavailable: Notification;
    begin
        if TaskId <> LookupTaskId then
            exit;
        if not HandleErrors then
            exit; // IsHandled stays false: the platform shows ErrorText as the error level says

        // Handled: no platform notification, whatever the error level; the
        // page shows what happened in its own way.
        IsHandled := true;
        CreditScore := 'unavailable';
        Unavailable.Message(StrSubstNo('The credit rating could not be looked up (%1). You can go on working.', ErrorCode));
        Unavailable.Send();
    end;
}
