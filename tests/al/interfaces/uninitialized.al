// Calling through an interface that was never assigned is a runtime error.
interface IThing
{
    procedure Touch();
}

codeunit 50100 Main
{
    var
        Held: Interface IThing;

    trigger OnRun()
    begin
        Message('before');          // expect: before
        Held.Touch();                // expect runtime error: The interface variable 'Held' is not initialized.
        Message('not reached');
    end;
}
