// SelectToken whose result is not used: a path that selects nothing is an error.
codeunit 50112 JsonErrorSelectToken
{
    trigger OnRun()
    var
        T: JsonToken;
    begin
        T.ReadFrom('{"a":[1]}');
        T.SelectToken('a[0]', T);
        Message('%1', T);                   // expect: 1
        T.SelectToken('$.b', T);
    end;
}
// expect runtime error: The JSON path '$.b' does not select a token.
