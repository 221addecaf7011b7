// JSON values are reference types: assignment shares the tree; Add links
// a token that has no parent yet and copies one that has (Newtonsoft's
// rule); tokens got from a tree change it; Clone and ReadFrom make new
// trees.
codeunit 50104 JsonSharingTest
{
    trigger OnRun()
    var
        O, O2, Inner, Other : JsonObject;
        A: JsonArray;
        T: JsonToken;
        V: JsonValue;
        Vt: Variant;
    begin
        O2 := O;
        O2.Add('a', 1);
        Message('%1', O);                           // expect: {"a":1}
        // a root is linked: later changes show in the parent
        O.Add('inner', Inner);
        Inner.Add('x', 1);
        Message('%1', O);                           // expect: {"a":1,"inner":{"x":1}}
        // a token that already has a parent is copied
        Other.Add('copy', Inner);
        Inner.Add('y', 2);
        Message('%1', Other);                       // expect: {"copy":{"x":1}}
        Message('%1', O);                           // expect: {"a":1,"inner":{"x":1,"y":2}}
        // a token taken out of the tree is the tree's own
        O.Get('inner', T);
        T.AsObject().Add('z', 3);
        Message('%1', O);                           // expect: {"a":1,"inner":{"x":1,"y":2,"z":3}}
        O.Get('a', T);
        T.AsValue().SetValue('changed');
        Message('%1', O);                           // expect: {"a":"changed","inner":{"x":1,"y":2,"z":3}}
        // a JsonValue variable added, then changed
        V.SetValue(1);
        A.Add(V);
        V.SetValue(2);
        Message('%1', A);                           // expect: [2]
        // adding an object to itself adds a copy
        Inner.Add('self', Inner);
        Message('%1', Inner);                       // expect: {"x":1,"y":2,"z":3,"self":{"x":1,"y":2,"z":3}}
        Inner.Remove('self');
        // Clone is a new tree
        T := O.Clone();
        T.AsObject().Remove('inner');
        Message('%1 / %2', T, O.Count());           // expect: {"a":"changed"} / 2
        // a removed token is a root again: adding it elsewhere links it
        O.Get('inner', T);
        O.Remove('inner');
        A.Add(T);
        T.AsObject().Add('w', 4);
        Message('%1', A);                           // expect: [2,{"x":1,"y":2,"z":3,"w":4}]
        Message('%1', T.Path());                    // expect: [1]
        // ReadFrom gives the variable a new tree; what shared the old one keeps it
        O2.ReadFrom('{"new":true}');
        Message('%1 / %2', O, O2);                  // expect: {"a":"changed"} / {"new":true}
        // Clear gives the variable a new empty object
        O2 := O;
        Clear(O2);
        O2.Add('b', 1);
        Message('%1 / %2', O, O2);                  // expect: {"a":"changed"} / {"b":1}
        // through a Variant and a var parameter
        Vt := O;
        Message('%1 %2 %3', Vt.IsJsonObject(), Vt.IsJsonArray(), Vt);   // expect: Yes No {"a":"changed"}
        O2 := Vt;
        O2.Add('c', 3);
        Message('%1', O);                           // expect: {"a":"changed","c":3}
        AddKey(O, 'd');
        Message('%1', O);                           // expect: {"a":"changed","c":3,"d":true}
        AddByValue(O, 'e');
        Message('%1', O);                           // expect: {"a":"changed","c":3,"d":true,"e":true}
        O2 := Make();
        Message('%1', O2);                          // expect: {"made":1}
    end;

    local procedure AddKey(var J: JsonObject; K: Text)
    begin
        J.Add(K, true);
    end;

    // a reference type: a parameter without var still shares the tree
    local procedure AddByValue(J: JsonObject; K: Text)
    begin
        J.Add(K, true);
    end;

    local procedure Make() Result: JsonObject
    begin
        Result.Add('made', 1);
    end;
}
