// The background task from the article's sum/concat variant: it reads the
// row named by the RecId parameter (the codeunit runs on the table, so Get
// and the field names refer to its implicit record) and returns the sum of
// the numbers and the joined texts.
codeunit 50150 PBTDataSumConcatRow
{
  TableNo = PBTData;

  trigger OnRun()
  var
    RecId: Code[10];
    Result: Dictionary of [Text, Text];
  begin
    if not Evaluate(RecId, Page.GetBackgroundParameters().Get('RecId')) then
      Error('RecId could not be parsed.');

    if not Get(RecId) then
      Error('PBTData record ID %1 was not found.', RecId);

    Result.Add('Sum', Format(IntA + IntB + IntC));
    Result.Add('Concat', TextA + '-' + TextB);

    Page.SetBackgroundTaskResult(Result);
  end;
}
