// An unhandled error ends the run with the text and the AL call stack.
codeunit 50108 JsonErrorAdd
{
    trigger OnRun()
    var
        O: JsonObject;
    begin
        O.Add('k', 1);
        Message('added');                   // expect: added
        O.Add('k', 2);
        Message('not reached');
    end;
}
// expect runtime error: Can not add property k to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.
