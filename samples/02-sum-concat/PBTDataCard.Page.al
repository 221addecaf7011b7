// A card on PBTData that shows the sum and the concatenation, computed by
// the background task each time the current record changes.
page 50150 "PBT Data Card"
{
    PageType = Card;
    SourceTable = PBTData;
    Caption = 'PBT Data';

    layout
    {
        area(Content)
        {
            group(General)
            {
                field(Id; Rec.Id) { ApplicationArea = All; }
                field(IntA; Rec.IntA) { ApplicationArea = All; }
                field(IntB; Rec.IntB) { ApplicationArea = All; }
                field(IntC; Rec.IntC) { ApplicationArea = All; }
                field(TextA; Rec.TextA) { ApplicationArea = All; }
                field(TextB; Rec.TextB) { ApplicationArea = All; }
            }
            group(Computed)
            {
                Caption = 'Computed in the background';
                field(RecordSumAsync; RecordSumAsync)
                {
                    ApplicationArea = All;
                    Caption = 'Sum';
                    Editable = false;
                }
                field(RecordTextConcatAsync; RecordTextConcatAsync)
                {
                    ApplicationArea = All;
                    Caption = 'Concat';
                    Editable = false;
                }
            }
        }
    }

    var
        TaskSumId: Integer;
        RecordSumAsync: Integer;
        RecordTextConcatAsync: Text;

    trigger OnAfterGetCurrRecord()
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        if (TaskSumId > 0) then
            CurrPage.CancelBackgroundTask(TaskSumId);

        TaskParameters.Add('RecId', Rec.Id);
        CurrPage.EnqueueBackgroundTask(TaskSumId, Codeunit::PBTDataSumConcatRow, TaskParameters, 1000, PageBackgroundTaskErrorLevel::Warning);
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        if (TaskId = TaskSumId) then begin
            Evaluate(RecordSumAsync, Results.Get('Sum'));
            Results.Get('Concat', RecordTextConcatAsync);
        end;
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        if (TaskId = TaskSumId) then begin
            if (ErrorCode = 'NDBCS:Deadlock') then begin
                // Suppress the error, and show -2000 for this example
                IsHandled := true;
                RecordSumAsync := -2000;
                exit;
            end else if (ErrorCode = 'DB:FatalCode') then begin
                // Throws a new error message with the severity PageBackgroundTaskErrorLevel:Error
                Error('Fatal error while calculating data');
            end;
        end;
    end;
}
