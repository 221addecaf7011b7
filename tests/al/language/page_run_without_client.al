// Page.Run in a session without a client (alrun run) cannot show the page.
codeunit 50480 Cli
{
    trigger OnRun()
    begin
        Page.Run(Page::"Customer Card");  // expect runtime error: Page 21 Customer Card cannot be shown: this session has no client (alrun page opens pages).
    end;
}
