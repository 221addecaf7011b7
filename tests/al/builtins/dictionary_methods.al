codeunit 50212 "Dictionary Methods"
{
    trigger OnRun()
    var
        D, Shared : Dictionary of [Text, Integer];
        C: Dictionary of [Code[10], Text];
        Keys: List of [Text];
        Values: List of [Integer];
        V: Integer;
        K: Text;
    begin
        Message('%1 %2', D.Count(), D.ContainsKey(''));     // expect: 0 No
        D.Add('b', 2);
        D.Add('a', 1);
        D.Add('', 0);
        Message('%1 %2', D.Count(), D.Get(''));              // expect: 3 0
        Message('%1', D.ContainsKey('A'));                   // expect: No
        D.Set('c', 3);
        Message('%1', D.Get('c'));                           // expect: 3
        D.Set('c', 30);
        Message('%1 %2', D.Get('c'), D.Count());             // expect: 30 4
        V := -1;
        Message('%1 %2', D.Set('c', 33, V), V);              // expect: Yes 30
        Keys := D.Keys();
        Values := D.Values();
        foreach K in Keys do
            Message('%1=%2', K, D.Get(K));                   // expect: b=2
                                                             // expect: a=1
                                                             // expect: =0
                                                             // expect: c=33
        Message('%1 %2', Values.Count(), Values.Get(4));     // expect: 4 33
        Keys.Add('not in D');
        Message('%1', D.Count());                            // expect: 4
        Message('%1 %2', D.Remove('a'), D.Remove('a'));      // expect: Yes No
        D.Add('a', 11);
        Message('%1', D.Keys().Get(4));                      // expect: a
        if D.Get('zz', V) then
            Message('found')
        else
            Message('missing, V still %1', V);               // expect: missing, V still 30
        if D.Get('b', V) then
            Message('b is %1', V);                           // expect: b is 2
        if not D.Add('b', 5) then
            Message('b kept %1', D.Get('b'));                // expect: b kept 2
        Shared := D;
        Shared.Remove('b');
        Message('%1', D.ContainsKey('b'));                   // expect: No
        C.Add('key', 'v');
        Message('%1 %2', C.ContainsKey('KEY'), C.Get(' key ')); // expect: Yes v
        asserterror D.Add('a', 0);
        Message(GetLastErrorText());     // expect: An item with the same key has already been added.
        asserterror V := D.Get('nope');
        Message(GetLastErrorText());     // expect: The given key was not present in the dictionary.
        D.Get('nope', V); // expect runtime error: The given key was not present in the dictionary.
    end;
}
