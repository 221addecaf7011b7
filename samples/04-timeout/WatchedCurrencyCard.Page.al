// A card that fetches the currency's exchange rate in the background.  The
// first attempt gets a short timeout, so the page opens quickly when the
// bank answers quickly.  When the task times out (error code
// ChildSessionTaskTimeout), OnPageBackgroundTaskError handles it by
// enqueueing the task again with a longer timeout; after the last attempt
// the timeout is left to the platform, which shows it as a warning.
page 50250 "Watched Currency Card"
{
    Caption = 'Watched Currency';
    PageType = Card;
    SourceTable = "Watched Currency";

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("Code"; Rec."Code") { ApplicationArea = All; }
                field(Description; Rec.Description) { ApplicationArea = All; }
            }
            group(Live)
            {
                Caption = 'From the bank';
                field(ExchangeRate; ExchangeRate)
                {
                    ApplicationArea = All;
                    Caption = 'Exchange Rate';
                    Editable = false;
                }
                field(FetchStatus; FetchStatus)
                {
                    ApplicationArea = All;
                    Caption = 'Status';
                    Editable = false;
                }
            }
        }
    }

    var
        RateTaskId: Integer;
        Attempt: Integer;
        ExchangeRate: Text;
        FetchStatus: Text;
        TimeoutTok: Label 'ChildSessionTaskTimeout', Locked = true;

    trigger OnAfterGetCurrRecord()
    begin
        ExchangeRate := '';
        Attempt := 0;
        FetchRate();
    end;

    local procedure FetchRate()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        Attempt += 1;
        FetchStatus := StrSubstNo('Attempt %1: waiting up to %2 ms', Attempt, TimeoutForAttempt(Attempt));
        TaskParameters.Add('Currency', Rec."Code");
        CurrPage.EnqueueBackgroundTask(RateTaskId, Codeunit::"Fetch Exchange Rate", TaskParameters,
            TimeoutForAttempt(Attempt), PageBackgroundTaskErrorLevel::Warning);
    end;

    local procedure TimeoutForAttempt(AttemptNo: Integer): Integer
    begin
        // 1 second first, then 5 seconds
        if AttemptNo = 1 then
            exit(1000);
        exit(5000);
    end;

    local procedure MaxAttempts(): Integer
    begin
        exit(2);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        if TaskId <> RateTaskId then
            exit;
        ExchangeRate := Results.Get('Rate');
        FetchStatus := StrSubstNo('Fetched on attempt %1', Attempt);
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        if TaskId <> RateTaskId then
            exit;
        if (ErrorCode = TimeoutTok) and (Attempt < MaxAttempts()) then begin
            IsHandled := true;
            FetchRate(); // re-enqueue from the error trigger, with a longer timeout
            exit;
        end;
        // the last attempt: not handled, the platform shows ErrorText as a warning
        FetchStatus := StrSubstNo('Gave up after %1 attempts', Attempt);
    end;
}
