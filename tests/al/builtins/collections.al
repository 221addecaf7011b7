codeunit 50121 Collections
{
    trigger OnRun()
    var
        L, L2 : List of [Integer];
        D: Dictionary of [Text, Integer];
        K: Text;
        I, V : Integer;
        TB: TextBuilder;
    begin
        L.Add(3);
        L.Add(1);
        L.Add(2);
        L2 := L;               // a List is shared on assignment
        L2.Add(4);
        Message('%1 %2', L.Count(), L.Get(4));     // expect: 4 4
        Message('%1', L.Contains(2));              // expect: Yes
        L.RemoveAt(1);
        foreach I in L do
            TB.Append(Format(I));
        Message(TB.ToText());                      // expect: 124
        D.Add('one', 1);
        D.Add('two', 2);
        D.Set('one', 11);
        foreach K in D.Keys() do
            Message('%1=%2', K, D.Get(K));         // expect: one=11
                                                   // expect: two=2
        if not D.Get('three', V) then
            Message('no three');                   // expect: no three
        Message('%1', D.ContainsKey('two'));       // expect: Yes
        Message('%1', D.Remove('two'));            // expect: Yes
        Message('%1', D.Count());                  // expect: 1
        V := L.Get(10); // expect runtime error: An invalid argument was passed to a 'List' data type method.
    end;
}
