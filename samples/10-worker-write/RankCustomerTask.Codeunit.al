// The background task: ranks the customer in the CustomerNo parameter.
// With Cache = true it also tries to store the rank itself (and fails).
codeunit 50551 "Rank Customer Task"
{
    trigger OnRun()
    var
        RankCalc: Codeunit "Customer Rank Calc";
        Parameters: Dictionary of [Text, Text];
        Result: Dictionary of [Text, Text];
        CustomerNo: Code[20];
        CustomerRank: Integer;
        CustomersRanked: Integer;
    begin
        Parameters := Page.GetBackgroundParameters();
        CustomerNo := CopyStr(Parameters.Get('CustomerNo'), 1, MaxStrLen(CustomerNo));
        if Parameters.Get('Cache') = 'true' then
            CustomerRank := RankCalc.RankAndCache(CustomerNo, CustomersRanked)
        else
            CustomerRank := RankCalc.Rank(CustomerNo, CustomersRanked);
        Result.Add('Rank', Format(CustomerRank));
        Result.Add('CustomersRanked', Format(CustomersRanked));
        Page.SetBackgroundTaskResult(Result);
    end;
}
