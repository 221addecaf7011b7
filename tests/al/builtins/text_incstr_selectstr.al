codeunit 50202 "IncStr SelectStr"
{
    trigger OnRun()
    begin
        Message(IncStr('ABC1'));          // expect: ABC2
        Message(IncStr('Item 001'));      // expect: Item 002
        Message(IncStr('A99'));           // expect: A100
        Message(IncStr('99'));            // expect: 100
        Message(IncStr('SO-1009'));       // expect: SO-1010
        Message(IncStr('A10B'));          // expect: A11B
        Message(IncStr('X0'));            // expect: X1
        Message('[%1]', IncStr('ABC'));   // expect: []
        Message('[%1]', IncStr(''));      // expect: []
        Message(SelectStr(1, 'a,b,c'));   // expect: a
        Message(SelectStr(3, 'a,b,c'));   // expect: c
        Message('[%1]', SelectStr(2, 'a,,c'));  // expect: []
        Message('[%1]', SelectStr(2, 'a, b ,c')); // expect: [ b ]
        Message('[%1]', SelectStr(1, ''));      // expect: []
        asserterror Message(SelectStr(0, 'a,b'));
        Message(GetLastErrorText());      // expect: The string 'a,b' does not contain a value for index 0.
        Message(SelectStr(4, 'a,b,c')); // expect runtime error: The string 'a,b,c' does not contain a value for index 4.
    end;
}
