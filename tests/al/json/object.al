// JsonObject: Add of every simple type, WriteTo (compact, insertion order),
// Keys/Values/Count, Contains, Remove, Replace, Get and Format.
codeunit 50100 JsonObjectTest
{
    trigger OnRun()
    var
        O: JsonObject;
        T: JsonToken;
        S, K : Text;
        C: Code[10];
        D: Decimal;
        B: BigInteger;
        Ch: Char;
        Opt: Option Alpha,Beta,Gamma;
        Ok: Boolean;
    begin
        C := 'abc';
        D := 12.50;
        B := 9000000000L;
        Ch := 'Z';
        Opt := Opt::Gamma;
        O.Add('text', 'hello');
        O.Add('code', C);
        O.Add('int', 42);
        O.Add('neg', -7);
        O.Add('dec', D);
        O.Add('whole', 3.0);
        O.Add('big', B);
        O.Add('yes', true);
        O.Add('no', false);
        O.Add('char', Ch);
        O.Add('opt', Opt);
        O.Add('date', 20240131D);
        O.Add('time', 134500T);
        O.Add('dt', CreateDateTime(20240131D, 134500T));
        O.WriteTo(S);
        Message(S);
        // expect: {"text":"hello","code":"ABC","int":42,"neg":-7,"dec":12.50,"whole":3.0,"big":9000000000,"yes":true,"no":false,"char":"Z","opt":2,"date":"2024-01-31","time":"13:45:00","dt":"2024-01-31T13:45:00Z"}
        Message('%1', O.Count());                   // expect: 14
        Message('%1 %2', O.Contains('int'), O.Contains('INT'));    // expect: Yes No
        Message('%1', Format(O) = S);              // expect: Yes
        foreach K in O.Keys() do
            if K.StartsWith('d') then
                Message(K);
        // expect: dec
        // expect: date
        // expect: dt
        foreach T in O.Values() do
            if T.AsValue().IsNull() then
                Message('null?');
        Message('%1', O.Values().Count());          // expect: 14
        Message('%1', O.Remove('neg'));             // expect: Yes
        Message('%1', O.Remove('neg'));             // expect: No
        Message('%1', O.Replace('int', 'forty-two'));   // expect: Yes
        Ok := O.Replace('nothere', 1);
        Message('%1', Ok);                          // expect: No
        O.Get('int', T);
        Message(T.AsValue().AsText());              // expect: forty-two
        if not O.Get('missing', T) then
            Message('no missing');                  // expect: no missing
        Ok := O.Add('text', 'again');
        Message('%1 %2', Ok, O.GetText('text'));    // expect: No hello
        Message('%1', O.Count());                   // expect: 13
        Clear(O);
        Message('%1 %2', O.Count(), O);             // expect: 0 {}
        Message('%1 %2', O.Clone(), O.Keys().Count());   // expect: {} 0
    end;
}
