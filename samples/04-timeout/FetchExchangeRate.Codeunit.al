// The background task: asks the bank for a currency's rate.  The bank is
// slow; Sleep stands in for the time its service takes to answer.
codeunit 50250 "Fetch Exchange Rate"
{
    trigger OnRun()
    var
        BankRate: Record "Bank Exchange Rate";
        Result: Dictionary of [Text, Text];
    begin
        BankRate.Get(Page.GetBackgroundParameters().Get('Currency'));
        Sleep(BankRate."Response Time (ms)");
        Result.Add('Rate', Format(BankRate.Rate, 0, 9));
        Page.SetBackgroundTaskResult(Result);
    end;
}
