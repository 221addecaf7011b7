// A typical use: read a response, walk it with SelectToken and foreach,
// build a new document from it; Clone of a token and an array; JSON
// values in a Variant.
codeunit 50111 JsonUsageTest
{
    trigger OnRun()
    var
        Root, Item, T : JsonToken;
        Items, Copy : JsonArray;
        Out, Line : JsonObject;
        Vt: Variant;
        Total: Decimal;
        S: Text;
    begin
        Root.ReadFrom('{"data":{"items":[{"id":"A1","qty":2,"price":1.5},{"id":"B2","qty":1,"price":10}]}}');
        if not Root.SelectToken('$.data.items', T) then
            Error('no items');
        Items := T.AsArray();
        foreach Item in Items do begin
            Clear(Line);
            Line.Add('id', Item.AsObject().GetText('id'));
            Line.Add('amount', Item.AsObject().GetInteger('qty') * Item.AsObject().GetDecimal('price'));
            Total += Line.GetDecimal('amount');
            Out.Add(Item.AsObject().GetText('id'), Line);
        end;
        Out.Add('total', Total);
        Out.WriteTo(S);
        Message(S);         // expect: {"A1":{"id":"A1","amount":3.0},"B2":{"id":"B2","amount":10.0},"total":13.0}
        // Clone of an array and of a token: new trees
        T := Items.Clone();
        Copy := T.AsArray();
        Copy.RemoveAt(0);
        Message('%1 %2', Items.Count(), Copy.Count());    // expect: 2 1
        Message('[%1]', Copy.Path());                     // expect: []
        Items.Get(0, Item);
        T := Item.Clone();
        T.AsObject().Replace('qty', 99);
        Message('%1 %2', Item.AsObject().GetInteger('qty'), T.AsObject().GetInteger('qty'));   // expect: 2 99
        // SelectToken on an array, in the [Ok :=] form, and on a token
        if Items.SelectToken('[1].id', T) then
            Message('%1', T);                             // expect: "B2"
        if not Items.SelectToken('[2].id', T) then
            Message('no third');                          // expect: no third
        Root.SelectToken('data.items[0].price', T);
        Message('%1', T.AsValue().AsDecimal());           // expect: 1.5
        // in a Variant
        Vt := Root;
        Message('%1 %2', Vt.IsJsonToken(), Vt.IsJsonObject());   // expect: Yes No
        Vt := T.AsValue();
        Message('%1 %2', Vt.IsJsonValue(), Vt);           // expect: Yes 1.5
        Vt := Items;
        Message('%1', Vt.IsJsonArray());                  // expect: Yes
    end;
}
