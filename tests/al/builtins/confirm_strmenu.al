// args: --confirm yes
codeunit 50220 "Confirm And StrMenu"
{
    trigger OnRun()
    var
        Choice: Integer;
    begin
        if Confirm('Delete everything?') then    // expect: Delete everything?
            Message('deleted');                  // expect: -> Yes
                                                 // expect: deleted
        if Confirm('Keep %1?', false) then       // expect: Keep %1?
            Message('kept');                     // expect: -> Yes
                                                 // expect: kept
        if Confirm('Line one\Line two %1', false, 'x') then // expect: Line one
            ;                                    // expect: Line two x
                                                 // expect: -> Yes
        Choice := StrMenu('Red,Green,Blue');     // expect: Red,Green,Blue -> 1
        Message('%1', Choice);                   // expect: 1
        Choice := StrMenu('Red,Green,Blue', 3, 'Pick a colour'); // expect: Pick a colour
        Message('%1', Choice);                   // expect: Red,Green,Blue -> 3
                                                 // expect: 3
    end;
}
