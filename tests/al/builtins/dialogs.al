// args: --confirm no
codeunit 50148 Dialogs
{
    trigger OnRun()
    begin
        if Confirm('Post %1 lines?', true, 3) then   // expect: Post 3 lines?
            Message('posted')                        // expect: -> No
        else
            Message('cancelled');                    // expect: cancelled
        Message('%1', StrMenu('Ship,Invoice,Both', 2)); // expect: Ship,Invoice,Both -> 2
        // expect: 2
    end;
}
