// The error texts (docs/json.md lists where each comes from), each caught
// with asserterror; the [Ok :=] forms raise them when the result is not used.
codeunit 50107 JsonErrorsTest
{
    trigger OnRun()
    var
        O: JsonObject;
        A: JsonArray;
        T: JsonToken;
        V: JsonValue;
        Lf: Char;
    begin
        O.ReadFrom('{"a":1,"s":"abc","n":null,"big":3000000000,"o":{},"d":"31.01.2024","c":"ab"}');
        A.ReadFrom('[1,2]');
        asserterror O.Add('a', 2);
        Message(GetLastErrorText());    // expect: Can not add property a to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.
        asserterror O.Get('x', T);
        Message(GetLastErrorText());    // expect: The JsonObject does not contain a property named 'x'.
        asserterror O.Replace('x', 1);
        Message(GetLastErrorText());    // expect: The JsonObject does not contain a property named 'x'.
        asserterror O.GetInteger('x');
        Message(GetLastErrorText());    // expect: The JsonObject does not contain a property named 'x'.
        asserterror O.GetInteger('s');
        Message(GetLastErrorText());    // expect: Input string was not in a correct format.
        asserterror O.GetInteger('n');
        Message(GetLastErrorText());    // expect: Can not convert Null to Int32.
        asserterror O.GetDecimal('n');
        Message(GetLastErrorText());    // expect: Can not convert Null to Decimal.
        asserterror O.GetInteger('big');
        Message(GetLastErrorText());    // expect: Value was either too large or too small for an Int32.
        asserterror O.GetBoolean('s');
        Message(GetLastErrorText());    // expect: String was not recognized as a valid Boolean.
        asserterror O.GetBoolean('n');
        Message(GetLastErrorText());    // expect: Can not convert Null to Boolean.
        asserterror O.GetDate('d');
        Message(GetLastErrorText());    // expect: String was not recognized as a valid DateTime.
        asserterror O.GetDate('a');
        Message(GetLastErrorText());    // expect: Can not convert Integer to DateTime.
        asserterror O.GetChar('c');
        Message(GetLastErrorText());    // expect: String must be exactly one character long.
        asserterror O.GetByte('big');
        Message(GetLastErrorText());    // expect: Value was either too large or too small for an unsigned byte.
        asserterror O.GetText('o');
        Message(GetLastErrorText());    // expect: Unable to convert from JsonObject to JsonValue.
        asserterror O.GetArray('o');
        Message(GetLastErrorText());    // expect: Unable to convert from JsonObject to JsonArray.
        asserterror O.GetObject('a');
        Message(GetLastErrorText());    // expect: Unable to convert from JsonValue to JsonObject.
        O.Get('o', T);
        asserterror T.AsValue();
        Message(GetLastErrorText());    // expect: Unable to convert from JsonObject to JsonValue.
        asserterror T.AsArray();
        Message(GetLastErrorText());    // expect: Unable to convert from JsonObject to JsonArray.
        A.AsToken().AsArray().Get(0, T);
        asserterror T.AsObject();
        Message(GetLastErrorText());    // expect: Unable to convert from JsonValue to JsonObject.
        asserterror A.Get(2, T);
        Message(GetLastErrorText());    // expect: Index was out of range. Must be non-negative and less than the size of the collection.
        asserterror A.Set(-1, 0);
        Message(GetLastErrorText());    // expect: Index was out of range. Must be non-negative and less than the size of the collection.
        asserterror A.RemoveAt(2);
        Message(GetLastErrorText());    // expect: Index was out of range. Must be non-negative and less than the size of the collection.
        asserterror A.GetInteger(2);
        Message(GetLastErrorText());    // expect: Index was out of range. Must be non-negative and less than the size of the collection.
        asserterror A.Insert(3, 0);
        Message(GetLastErrorText());    // expect: Index must be within the bounds of the List.
        asserterror O.ReadFrom('{"a":}');
        Message(GetLastErrorText());    // expect: The JSON text is not valid: unexpected character at line 1, position 6.
        Lf := 10;
        asserterror O.ReadFrom('{"a":1,' + Format(Lf) + '"b"}');
        Message(GetLastErrorText());    // expect: The JSON text is not valid: ':' expected at line 2, position 4.
        asserterror O.ReadFrom('[]');
        Message(GetLastErrorText());    // expect: The JSON text is not a JSON object.
        asserterror A.ReadFrom('{}');
        Message(GetLastErrorText());    // expect: The JSON text is not a JSON array.
        asserterror V.ReadFrom('{}');
        Message(GetLastErrorText());    // expect: The JSON text is not a JSON value.
        asserterror O.SelectToken('$.zz', T);
        Message(GetLastErrorText());    // expect: The JSON path '$.zz' does not select a token.
        asserterror O.SelectToken('$..a', T);
        Message(GetLastErrorText());    // expect: The JSON path '$..a' is not valid or not supported by alrun.
        asserterror V.SetValue(O);
        Message(GetLastErrorText());    // expect: Unable to convert from JsonObject to JsonValue.
        Message('%1', O);               // expect: {"a":1,"s":"abc","n":null,"big":3000000000,"o":{},"d":"31.01.2024","c":"ab"}
    end;
}
