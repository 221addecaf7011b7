// GetBoolean, GetInteger ... on JsonObject (by key) and JsonArray (by
// index), with DefaultIfNotFound; AsObject/AsArray/AsValue and Is...
codeunit 50106 JsonGettersTest
{
    trigger OnRun()
    var
        O, Sub : JsonObject;
        A: JsonArray;
        T: JsonToken;
    begin
        O.ReadFrom('{"b":true,"i":-12,"big":9000000000,"d":1.25,"t":"Hi","c":"abc","dt":"2024-01-31T13:45:00Z",' +
                   '"o":{"k":1},"a":[1,"x"],"n":null,"s":"7","h":"H"}');
        Message('%1 %2 %3 %4', O.GetBoolean('b'), O.GetInteger('i'), O.GetBigInteger('big'), O.GetDecimal('d'));
        // expect: Yes -12 9000000000 1.25
        Message('%1 %2 %3', O.GetText('t'), O.GetCode('c'), O.GetInteger('s') * 2);   // expect: Hi ABC 14
        Message('%1 %2 %3', O.GetDate('dt'), O.GetTime('dt'), O.GetDateTime('dt') = CreateDateTime(20240131D, 134500T));
        // expect: 01/31/24 1:45:00 PM Yes
        Sub := O.GetObject('o');
        Sub.Add('k2', 2);
        Message('%1', O.GetObject('o'));            // expect: {"k":1,"k2":2}
        A := O.GetArray('a');
        Message('%1 %2 %3', A.Count(), A.GetInteger(0), A.GetText(1));   // expect: 2 1 x
        Message('%1 %2 %3', O.GetChar('h', true), O.GetOption('i'), O.GetDuration('i'));
        // expect: H -12 -12 milliseconds
        // missing, with DefaultIfNotFound
        Message('%1|%2|%3|%4', O.GetBoolean('zz', true), O.GetInteger('zz', true), O.GetText('zz', true), O.GetDecimal('zz', true));
        // expect: No|0||0
        Message('%1 %2', O.GetObject('zz', true), O.GetArray('zz', true));   // expect: {} []
        Message('%1 %2', A.GetInteger(5, true), A.GetText(-1, true) = '');   // expect: 0 Yes
        Message('[%1]', O.GetText('n'));            // expect: []
        // Is... and As...
        O.Get('o', T);
        Message('%1 %2 %3', T.IsObject(), T.IsArray(), T.IsValue());   // expect: Yes No No
        O.Get('a', T);
        Message('%1 %2 %3', T.IsObject(), T.IsArray(), T.IsValue());   // expect: No Yes No
        Message('%1', T.AsArray().Count());         // expect: 2
        O.Get('n', T);
        Message('%1 %2 %3', T.IsObject(), T.IsArray(), T.IsValue());   // expect: No No Yes
        Message('%1', O.AsToken().AsObject().Count());                 // expect: 12
        Message('%1', A.AsToken().IsArray());       // expect: Yes
    end;
}
