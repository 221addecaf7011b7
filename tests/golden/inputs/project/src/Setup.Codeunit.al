namespace Golden.Setup;

using Golden.Setup;

codeunit 50111 "Golden Setup Mgt."
{
    procedure IsFeatureXEnabled(): Boolean
    var
        Setup: Record "Golden Setup";
    begin
#if FEATURE_X
        if not Setup.Get() then
            exit(false);
        exit(Setup."Feature X Enabled");
#else
        exit(false);
#endif
    end;
}
