// ReadFrom/WriteTo round trips: nesting, white space, numbers, escapes
// (Newtonsoft's: \" \\ \b \f \n \r \t by name, other control characters
// as \u00xx, non-ASCII kept), invalid JSON giving false.
codeunit 50103 JsonReadWriteTest
{
    trigger OnRun()
    var
        O: JsonObject;
        A: JsonArray;
        T: JsonToken;
        V: JsonValue;
        S, S2 : Text;
        Short: Text[5];
        Lf, Tab, Bel : Char;
    begin
        O.ReadFrom(' { "a" : [ 1 , 2.50 , { "b" : null } ] ,' + ' "c" : { } , "d" : [ ] , "e" : -0.5e1 } ');
        O.WriteTo(S);
        Message(S);                                 // expect: {"a":[1,2.50,{"b":null}],"c":{},"d":[],"e":-5.0}
        O.ReadFrom(S);
        O.WriteTo(S2);
        Message('%1', S = S2);                      // expect: Yes
        // numbers: integers stay integers, fractions keep their digits
        A.ReadFrom('[0,-0,123456789012345,99999999999999999999,1.000,1E2,2e-3]');
        Message('%1', A);                           // expect: [0,0,123456789012345,99999999999999999999.0,1.000,100.0,0.002]
        A.Get(3, T);
        Message('%1', T.AsValue().AsDecimal());     // expect: 99,999,999,999,999,999,999
        // a repeated name: the last one wins
        O.ReadFrom('{"x":1,"x":2}');
        Message('%1', O);                           // expect: {"x":2}
        // escapes, read and written back (shown with / for \, which Message turns into a new line)
        T.ReadFrom('"q\"b\\s\/n\nt\tr\rb\bf\fu\u0001\u00e9\u20ac\ud83d\ude00"');
        T.WriteTo(S);
        Message(ConvertStr(S, '\', '/'));           // expect: "q/"b//s/n/nt/tr/rb/bf/fu/u0001é€😀"
        Lf := 10;
        Tab := 9;
        Bel := 7;
        V.SetValue('a' + Format(Lf) + Format(Tab) + Format(Bel) + 'z');
        V.WriteTo(S);
        Message(ConvertStr(S, '\', '/'));           // expect: "a/n/t/u0007z"
        Message('%1', StrLen(V.AsText()));          // expect: 5
        // scalars at the top level
        Message('%1', V.ReadFrom(' true '));        // expect: Yes
        Message('%1 %2', V.AsBoolean(), V);         // expect: Yes true
        Message('%1', T.ReadFrom('null'));          // expect: Yes
        Message('%1 %2', T.IsValue(), T.AsValue().IsNull());   // expect: Yes Yes
        // invalid texts: false when the result is used
        Message('%1', O.ReadFrom('{"a":1,}'));      // expect: No
        Message('%1', O.ReadFrom('{"a" 1}'));       // expect: No
        Message('%1', O.ReadFrom('{''a'':1}'));     // expect: No
        Message('%1', O.ReadFrom('{"a":1} x'));     // expect: No
        Message('%1', O.ReadFrom(''));              // expect: No
        Message('%1', A.ReadFrom('[01]'));          // expect: No
        Message('%1', A.ReadFrom('[1.]'));          // expect: No
        Message('%1', A.ReadFrom('["a'));           // expect: No
        Message('%1', A.ReadFrom('[tru]'));         // expect: No
        Message('%1', T.ReadFrom('"\x"'));          // expect: No
        Message('%1', T.ReadFrom('1e999'));         // expect: No
        // the right kind for the receiver
        Message('%1', O.ReadFrom('[1]'));           // expect: No
        Message('%1', A.ReadFrom('{}'));            // expect: No
        Message('%1', V.ReadFrom('[]'));            // expect: No
        // nesting: Newtonsoft's limit of 64 levels 
        Message('%1', T.ReadFrom(PadStr('', 65, '[') + '1' + PadStr('', 65, ']')));   // expect: No
        Message('%1', T.ReadFrom(PadStr('', 64, '[') + '1' + PadStr('', 64, ']')));   // expect: Yes
        Message('%1', T.ReadFrom(PadStr('', 64, '[') + '1' + PadStr('', 63, ']')));   // expect: No
        // a failed ReadFrom leaves the variable as it was
        O.ReadFrom('{"keep":true}');
        if O.ReadFrom('oops') then;
        Message('%1', O);                           // expect: {"keep":true}
        // WriteTo into a short Text: the declared length applies
        A.ReadFrom('[1,2]');
        A.WriteTo(Short);
        Message(Short);                             // expect: [1,2]
    end;
}
