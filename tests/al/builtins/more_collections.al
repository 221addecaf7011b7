codeunit 50158 "More Collections"
{
    trigger OnRun()
    var
        L: List of [Text];
        R: List of [Text];
        D: Dictionary of [Code[10], Decimal];
        Old: Decimal;
        V: Decimal;
        T: Text;
    begin
        L.AddRange('a', 'b', 'c', 'b');
        L.Insert(1, 'z');
        L.Set(2, 'A');
        Message('%1 %2', L.IndexOf('b'), L.LastIndexOf('b'));  // expect: 3 5
        L.Reverse();
        R := L.GetRange(2, 3);
        foreach T in R do
            Message(T);                                         // expect: c
                                                                // expect: b
                                                                // expect: A
        L.RemoveRange(1, 2);
        Message('%1', L.Count());                               // expect: 3
        Message('%1', L.Remove('nope'));                        // expect: No
        D.Add('one', 1.5);
        D.Set('one', 2.5, Old);
        Message('%1', Old);                                     // expect: 1.5
        foreach V in D.Values() do
            Message('%1', V);                                   // expect: 2.5
        Message('%1', D.ContainsKey('ONE'));                    // expect: Yes
    end;
}
