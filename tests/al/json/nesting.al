// Trees built by code may nest 1000 levels; one more is an error (the
// writer and Clone recurse: a runaway loop must not overflow the stack).
codeunit 50113 JsonNestingTest
{
    trigger OnRun()
    var
        Cur, N : JsonObject;
        A: JsonArray;
        T: JsonToken;
        S: Text;
        I: Integer;
    begin
        for I := 1 to 999 do begin
            Clear(N);
            N.Add('x', Cur);
            Cur := N;
        end;
        Cur.WriteTo(S);
        Message('%1', StrLen(S));                   // expect: 5996
        T := Cur.Clone();
        Message('%1', Format(T) = S);               // expect: Yes
        Clear(N);
        asserterror N.Add('x', Cur);
        Message(GetLastErrorText());                // expect: The JSON would be nested more than 1000 levels deep.
        Message('%1', N.Count());                   // expect: 0
        asserterror A.Add(Cur);
        Message(GetLastErrorText());                // expect: The JSON would be nested more than 1000 levels deep.
        A.Add(1);
        asserterror A.Insert(0, Cur);
        Message(GetLastErrorText());                // expect: The JSON would be nested more than 1000 levels deep.
        asserterror A.Set(0, Cur);
        Message(GetLastErrorText());                // expect: The JSON would be nested more than 1000 levels deep.
        N.Add('y', 1);
        asserterror N.Replace('y', Cur);
        Message(GetLastErrorText());                // expect: The JSON would be nested more than 1000 levels deep.
        Cur.Get('x', T);
        N.Replace('y', T);                          // 999 levels under N: fits
        Message('%1', StrLen(Format(N)) - StrLen(S));   // expect: 0
    end;
}
