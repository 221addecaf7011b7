// The background task: looks up a customer's credit rating.  A customer
// with no rating on file makes it fail with Error(), which ends the task;
// the page then gets OnPageBackgroundTaskError with the worker's text.
codeunit 50200 "Credit Rating Lookup"
{
    trigger OnRun()
    var
        Rating: Record "Credit Rating";
        Result: Dictionary of [Text, Text];
        CustomerNo: Code[20];
    begin
        CustomerNo := CopyStr(Page.GetBackgroundParameters().Get('CustomerNo'), 1, MaxStrLen(CustomerNo));
        if not Rating.Get(CustomerNo) then
            Error('No credit rating is on file for customer %1.', CustomerNo);

        Result.Add('Score', Format(Rating.Score));
        Result.Add('Agency', Rating.Agency);
        Page.SetBackgroundTaskResult(Result);
    end;
}
