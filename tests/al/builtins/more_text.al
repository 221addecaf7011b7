codeunit 50157 "More Text"
{
    trigger OnRun()
    var
        S: Text;
        TB: TextBuilder;
    begin
        Message(ConvertStr('a-b-c', '-', '+'));      // expect: a+b+c
        Message(DelStr('abcdef', 2, 3));             // expect: aef
        Message(InsStr('abef', 'cd', 3));            // expect: abcdef
        Message('%1', StrPos('abc', 'x'));           // expect: 0
        S := 'a,b,a';
        Message('%1', S.LastIndexOf('a'));           // expect: 5
        Message('[%1]', S.PadLeft(7));               // expect: [  a,b,a]
        Message('[%1]', S.PadRight(7, '.'));         // expect: [a,b,a..]
        Message('[%1]', '  x  '.TrimStart());        // expect: [x  ]
        Message('[%1]', '  x  '.TrimEnd());          // expect: [  x]
        Message(S.Remove(2, 2));                     // expect: a,a
        Message('%1', S.StartsWith('a,'));           // expect: Yes
        Message('%1', S.EndsWith('b'));              // expect: No
        TB.Append('x');
        TB.AppendLine('y');
        TB.Append('z');
        Message('%1', TB.Length());                  // expect: 5
        TB.Clear();
        Message('[%1]', TB.ToText());                // expect: []
        Message(CopyStr('abc', 0)); // expect runtime error: The value 0 of the Position parameter of CopyStr is out of range. It must be greater than or equal to 1.
    end;
}
