codeunit 50120 "Text Functions"
{
    trigger OnRun()
    var
        S: Text;
    begin
        S := 'Hello World';
        Message('%1', StrLen(S));                 // expect: 11
        Message(CopyStr(S, 7));                   // expect: World
        Message(CopyStr(S, 1, 5));                // expect: Hello
        Message('%1', StrPos(S, 'World'));        // expect: 7
        Message(UpperCase(S));                    // expect: HELLO WORLD
        Message(LowerCase(S));                    // expect: hello world
        Message(IncStr('ABC9'));                  // expect: ABC10
        Message(SelectStr(2, 'a,b,c'));           // expect: b
        Message(DelChr('  x  ', '<>'));           // expect: x
        Message(PadStr('ab', 5, '*'));            // expect: ab***
        Message(StrSubstNo('%1-%2', 'a', 3));     // expect: a-3
        Message('%1', S.Contains('World'));       // expect: Yes
        Message('%1', S.IndexOf('o'));            // expect: 5
        Message(S.Substring(1, 4));               // expect: Hell
        Message(S.Replace('World', 'AL'));        // expect: Hello AL
        Message(S.ToUpper());                     // expect: HELLO WORLD
        Message('%1', S.Split(' ').Count());      // expect: 2
        Message('[%1]', '  pad '.Trim());         // expect: [pad]
    end;
}
