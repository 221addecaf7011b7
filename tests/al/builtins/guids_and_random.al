codeunit 50153 "Guids And Random"
{
    trigger OnRun()
    var
        G: Guid;
        I, J : Integer;
    begin
        Message('%1', IsNullGuid(G));              // expect: Yes
        Message(Format(G));                        // expect: {00000000-0000-0000-0000-000000000000}
        G := CreateGuid();
        Message('%1', IsNullGuid(G));              // expect: No
        Message('%1', StrLen(Format(G)));          // expect: 38
        Randomize(42);
        I := Random(100);
        Randomize(42);
        J := Random(100);
        Message('%1', I = J);                      // expect: Yes
        Message('%1', (I >= 1) and (I <= 100));    // expect: Yes
    end;
}
