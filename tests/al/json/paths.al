// SelectToken (the JPath subset: $, .name, ['name'], ["name"], [n], a
// leading name) and Path (Newtonsoft's: a.b[0], ['x y'] for names with
// special characters, '' for a root).
codeunit 50105 JsonPathTest
{
    trigger OnRun()
    var
        O: JsonObject;
        A: JsonArray;
        T, T2 : JsonToken;
        V: JsonValue;
        Ok: Boolean;
    begin
        O.ReadFrom('{"a":{"b":[10,{"c":"deep"}]},"x y":{"it''s":1},"n":null,"q":[[1,2],[3]]}');
        Message('%1', O.SelectToken('$.a.b[1].c', T));   // expect: Yes
        Message('%1 %2', T, T.Path());              // expect: "deep" a.b[1].c
        O.SelectToken('a.b[0]', T);
        Message('%1 %2', T, T.Path());              // expect: 10 a.b[0]
        O.SelectToken('$[''a''][''b'']', T);
        Message('%1', T.Path());                    // expect: a.b
        O.SelectToken('["x y"]', T);
        Message('%1 %2', T, T.Path());              // expect: {"it's":1} ['x y']
        O.SelectToken('$[''x y''][''it\''s'']', T);
        Message('%1', T.AsValue().AsInteger());     // expect: 1
        Message(ConvertStr(T.Path(), '\', '/'));   // expect: ['x y']['it/'s']
        O.SelectToken('q[1][0]', T);
        Message('%1 %2', T, T.Path());              // expect: 3 q[1][0]
        O.SelectToken('$', T);
        Message('[%1] %2', T.Path(), T.IsObject()); // expect: [] Yes
        O.SelectToken('n', T);
        Message('%1', T.AsValue().IsNull());        // expect: Yes
        // not there: false
        Message('%1', O.SelectToken('$.a.nope', T));     // expect: No
        Message('%1', O.SelectToken('$.a.b[5]', T));     // expect: No
        Message('%1', O.SelectToken('$.a.b.c', T));      // expect: No
        Message('%1', O.SelectToken('$.a[0]', T));       // expect: No
        // not a path alrun reads: false too
        Message('%1', O.SelectToken('$..c', T));         // expect: No
        Message('%1', O.SelectToken('$.a.b[*]', T));     // expect: No
        // from a token, an array and a value
        O.SelectToken('a', T);
        Message('%1', T.SelectToken('b[1].c', T2));      // expect: Yes
        Message(T2.Path());                              // expect: a.b[1].c
        O.SelectToken('a.b', T);
        A := T.AsArray();
        A.SelectToken('[1]', T2);
        Message('%1 %2', T2, A.Path());                  // expect: {"c":"deep"} a.b
        Message('%1', O.Path() = '');                    // expect: Yes
        // Path of what Get gives
        O.Get('x y', T);
        T.AsObject().Get('it''s', T2);
        V := T2.AsValue();
        Message(ConvertStr(V.Path(), '\', '/'));        // expect: ['x y']['it/'s']
        Ok := O.SelectToken('$.a.b[1].c', T);
        Message('%1', T.AsValue().AsText());             // expect: deep
    end;
}
