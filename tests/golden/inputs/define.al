codeunit 50120 Defines
{
    trigger OnRun()
    begin
#if BROKEN
        this is not AL;
#endif
        Message('fine');
    end;
}
