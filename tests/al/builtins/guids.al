codeunit 50228 Guids
{
    trigger OnRun()
    var
        G, H : Guid;
        T: Text;
    begin
        Message('%1', IsNullGuid(G));                               // expect: Yes
        G := CreateGuid();
        H := CreateGuid();
        Message('%1 %2', IsNullGuid(G), G = H);                      // expect: No No
        T := Format(G);
        Message('%1 %2 %3', StrLen(T), CopyStr(T, 1, 1), CopyStr(T, 38, 1)); // expect: 38 { }
        Message('%1', CopyStr(T, 16, 1));                            // expect: 4
        Message('%1 %2', StrLen(Format(G, 0, 3)), StrLen(Format(G, 0, 4))); // expect: 32 36
        G := '{00000000-0000-0000-0000-000000000001}';
        Message('%1', IsNullGuid(G));                                // expect: No
        Message(Format(G, 0, 3));                                    // expect: 00000000000000000000000000000001
        G := '6f9619ff-8b86-d011-b42d-00c04fc964ff';
        Message(Format(G));                                          // expect: {6F9619FF-8B86-D011-B42D-00C04FC964FF}
        Clear(G);
        Message('%1', IsNullGuid(G));                                // expect: Yes
    end;
}
