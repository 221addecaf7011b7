codeunit 50200 "CopyStr StrLen MaxStrLen"
{
    trigger OnRun()
    var
        S: Text;
        Short: Text[30];
        C: Code[20];
        Empty: Text;
    begin
        S := 'Hello World';
        Message('%1 %2', StrLen(S), StrLen(Empty));          // expect: 11 0
        Message('%1', StrLen('äöü€'));                         // expect: 4
        Short := 'abc';
        Message('%1 %2', StrLen(Short), MaxStrLen(Short));     // expect: 3 30
        Message('%1', MaxStrLen(C));                           // expect: 20
        Message('%1', MaxStrLen(S));                           // expect: 2147483647
        Message('[%1]', CopyStr(S, 1, 0));                     // expect: []
        Message('[%1]', CopyStr(S, 7, 100));                   // expect: [World]
        Message('[%1]', CopyStr(S, 11));                       // expect: [d]
        Message('[%1]', CopyStr(S, 12));                       // expect: []
        Message('[%1]', CopyStr(S, 50, 2));                    // expect: []
        Message('[%1]', CopyStr(Empty, 1));                    // expect: []
        Message('[%1]', CopyStr('äöü€', 2, 2));                // expect: [öü]
        Short := CopyStr('abcdefghijklmnopqrstuvwxyz0123456789', 1, MaxStrLen(Short));
        Message(Short);                                        // expect: abcdefghijklmnopqrstuvwxyz0123
        asserterror Message(CopyStr(S, 2, -1));
        Message(GetLastErrorText());  // expect: The value -1 of the Length parameter of CopyStr is out of range. It must be greater than or equal to 0.
        Message(CopyStr(S, -3)); // expect runtime error: The value -3 of the Position parameter of CopyStr is out of range. It must be greater than or equal to 1.
    end;
}
