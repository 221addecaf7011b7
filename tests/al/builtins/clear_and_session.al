codeunit 50150 "Clear And Session"
{
    trigger OnRun()
    var
        I: Integer;
        T: Text;
        L: List of [Text];
        Arr: array[4, 2] of Decimal;
    begin
        I := 5;
        T := 'x';
        L.Add('a');
        Clear(I);
        Clear(T);
        Clear(L);
        Message('%1 [%2] %3', I, T, L.Count());   // expect: 0 [] 0
        Message('%1 %2', ArrayLen(Arr), ArrayLen(Arr, 2)); // expect: 4 2
        Message('%1', SessionId());               // expect: 1
        Message(UserId());                        // expect: ALRUN
        Message(CompanyName());                   // expect: CRONUS International Ltd.
        Message('%1', UserSecurityId());          // expect: {5A1E0A11-0000-4000-8000-000000000001}
        Message('%1', GuiAllowed());              // expect: Yes
    end;
}
