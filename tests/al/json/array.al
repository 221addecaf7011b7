// JsonArray: 0-based Add/Insert/Set/Get/RemoveAt/Remove/IndexOf/Count,
// foreach over its tokens, the [Ok :=] forms.
codeunit 50101 JsonArrayTest
{
    trigger OnRun()
    var
        A, A2 : JsonArray;
        O: JsonObject;
        T, T2 : JsonToken;
        V: JsonValue;
        S: Text;
        D: Decimal;
        I: Integer;
        Ok: Boolean;
    begin
        A.Add(1);
        A.Add('two');
        A.Add(true);
        O.Add('k', 'v');
        A.Add(O);
        A2.Add(10);
        A.Add(A2);
        V.SetValueToNull();
        A.Add(V);
        A.WriteTo(S);
        Message(S);                                 // expect: [1,"two",true,{"k":"v"},[10],null]
        Message('%1', A.Count());                   // expect: 6
        A.Insert(0, 'first');
        A.Insert(A.Count(), 'last');
        Message('%1', A);                           // expect: ["first",1,"two",true,{"k":"v"},[10],null,"last"]
        Ok := A.Insert(99, 'x');
        Message('%1', Ok);                          // expect: No
        A.Set(1, 100);
        A.Get(1, T);
        Message('%1', T.AsValue().AsInteger());     // expect: 100
        Ok := A.Get(8, T);
        Message('%1', Ok);                          // expect: No
        Ok := A.Set(-1, 0);
        Message('%1', Ok);                          // expect: No
        Message('%1 %2 %3', A.IndexOf('two'), A.IndexOf(100), A.IndexOf('none'));   // expect: 2 1 -1
        D := 100.0;
        Message('%1', A.IndexOf(D));                // expect: 1
        Message('%1', A.IndexOf(O));                // expect: 4
        A.RemoveAt(0);
        Ok := A.RemoveAt(7);
        Message('%1 %2', Ok, A);                    // expect: No [100,"two",true,{"k":"v"},[10],null,"last"]
        A.Get(3, T);
        Message('%1', A.Remove(T));                 // expect: Yes
        T2.ReadFrom('{"k":"v"}');
        Message('%1', A.Remove(T2));                // expect: No
        Message('%1', A);                           // expect: [100,"two",true,[10],null,"last"]
        foreach T in A do
            if T.IsValue() then
                I += 1;
        Message('%1', I);                           // expect: 5
        foreach T in A do
            A.Add(0);                               // the loop runs over the tokens it started with
        Message('%1', A.Count());                   // expect: 12
        Clear(A);
        Message('%1', A);                           // expect: []
        foreach T in A do
            Message('never');
        Message('%1', A.Clone());                   // expect: []
    end;
}
