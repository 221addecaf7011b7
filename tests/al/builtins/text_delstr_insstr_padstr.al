codeunit 50204 "DelStr InsStr PadStr"
{
    trigger OnRun()
    begin
        Message(DelStr('abcdef', 3));          // expect: ab
        Message(DelStr('abcdef', 1, 1));       // expect: bcdef
        Message(DelStr('abcdef', 5, 10));      // expect: abcd
        Message(DelStr('abcdef', 7));          // expect: abcdef
        Message(DelStr('abcdef', 2, 0));       // expect: abcdef
        Message('[%1]', DelStr('', 1));        // expect: []
        Message(InsStr('abc', 'X', 1));        // expect: Xabc
        Message(InsStr('abc', 'X', 4));        // expect: abcX
        Message(InsStr('abc', 'X', 10));       // expect: abcX
        Message(InsStr('abc', '', 2));         // expect: abc
        Message(InsStr('', 'X', 1));           // expect: X
        Message('[%1]', PadStr('abc', 5));     // expect: [abc  ]
        Message('[%1]', PadStr('abc', 6, '-')); // expect: [abc---]
        Message('[%1]', PadStr('abcdef', 3));  // expect: [abc]
        Message('[%1]', PadStr('abc', 0));     // expect: []
        Message('[%1]', PadStr('', 3, 'xy'));  // expect: [xxx]
        Message('[%1]', PadStr('ab', 4, ''));  // expect: [ab  ]
        asserterror Message(DelStr('abc', 0));
        Message(GetLastErrorText());           // expect: The value 0 of the Position parameter of DelStr is out of range. It must be greater than or equal to 1.
        asserterror Message(DelStr('abc', 1, -2));
        Message(GetLastErrorText());           // expect: The value -2 of the Length parameter of DelStr is out of range. It must be greater than or equal to 0.
        asserterror Message(InsStr('abc', 'X', 0));
        Message(GetLastErrorText());           // expect: The value 0 of the Position parameter of InsStr is out of range. It must be greater than or equal to 1.
        Message(PadStr('abc', -1)); // expect runtime error: The value -1 of the Length parameter of PadStr is out of range. It must be greater than or equal to 0.
    end;
}
