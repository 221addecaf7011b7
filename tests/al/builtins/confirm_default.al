// Confirm without a Default argument: BC's default button is No, so a run
// that nobody answers (no --confirm) takes No; with Default = true, Yes.
codeunit 50221 "Confirm Default"
{
    trigger OnRun()
    begin
        if Confirm('Proceed?') then               // expect: Proceed?
            Message('yes')                        // expect: -> No
        else
            Message('no');                        // expect: no
        if Confirm('Proceed %1?', true, 'now') then // expect: Proceed now?
            Message('yes');                       // expect: -> Yes
                                                  // expect: yes
    end;
}
