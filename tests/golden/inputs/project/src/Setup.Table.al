namespace Golden.Setup;

table 50110 "Golden Setup"
{
    DataClassification = CustomerContent;
#if not CLEAN24
    ObsoleteState = Pending;
    ObsoleteReason = 'Replaced by the new setup.';
    this line is not AL and is skipped because CLEAN24 is defined
#endif

    fields
    {
        field(1; "Primary Key"; Code[10]) { }
#if FEATURE_X
        field(2; "Feature X Enabled"; Boolean) { }
#else
        field(2; "Feature X Enabled"; Boolean) { ObsoleteState = Removed; }
#endif
    }
}
