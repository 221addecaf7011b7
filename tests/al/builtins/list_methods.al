codeunit 50211 "List Methods"
{
    trigger OnRun()
    var
        L, Shared : List of [Integer];
        R: List of [Integer];
        T: List of [Text];
        I, V : Integer;
        S: Text;
    begin
        L.AddRange(5);
        L.AddRange(6, 7, 5);
        Message('%1 %2 %3', L.Count(), L.IndexOf(5), L.LastIndexOf(5));   // expect: 4 1 4
        Message('%1 %2', L.IndexOf(99), L.LastIndexOf(99));                 // expect: 0 0
        Message('%1 %2', L.Contains(7), L.Contains(8));                     // expect: Yes No
        if L.Get(2, V) then
            Message('got %1', V);                                           // expect: got 6
        V := -1;
        if not L.Get(5, V) then
            Message('no 5th, V still %1', V);                               // expect: no 5th, V still -1
        if not L.Get(0, V) then
            Message('no 0th');                                              // expect: no 0th
        L.Insert(5, 8);                                                     // Count + 1 appends
        L.Insert(1, 4);
        foreach I in L do
            S += Format(I) + ' ';
        Message(S);                                                         // expect: 4 5 6 7 5 8 
        Message('%1', L.Remove(5));                                         // expect: Yes
        Message('%1 %2', L.Get(2), L.Count());                              // expect: 6 5
        L.Set(1, 40);
        L.RemoveAt(L.Count());
        R := L.GetRange(1, L.Count());
        R.Reverse();
        S := '';
        foreach I in R do
            S += Format(I) + ' ';
        Message(S);                                                         // expect: 5 7 6 40 
        R := L.GetRange(2, 0);
        Message('%1', R.Count());                                           // expect: 0
        L.RemoveRange(1, 0);
        L.RemoveRange(2, 2);
        Message('%1 %2 %3', L.Count(), L.Get(1), L.Get(2));                 // expect: 2 40 5
        Shared := L;
        Shared.Add(1);
        Message('%1', L.Count());                                           // expect: 3
        T.Add('a');
        T.Add('A');
        Message('%1 %2', T.IndexOf('A'), T.Contains('b'));                  // expect: 2 No
        R.Reverse();
        Message('%1', R.Count());                                           // expect: 0
        asserterror L.Insert(5, 1);
        Message(GetLastErrorText());  // expect: An invalid argument was passed to a 'List' data type method.
        asserterror L.Set(0, 1);
        Message(GetLastErrorText());  // expect: An invalid argument was passed to a 'List' data type method.
        asserterror L.RemoveAt(4);
        Message(GetLastErrorText());  // expect: An invalid argument was passed to a 'List' data type method.
        asserterror L.RemoveRange(2, 5);
        Message(GetLastErrorText());  // expect: An invalid argument was passed to a 'List' data type method.
        asserterror R := L.GetRange(3, 2);
        Message(GetLastErrorText());  // expect: An invalid argument was passed to a 'List' data type method.
        L.Get(4, V); // expect runtime error: An invalid argument was passed to a 'List' data type method.
    end;
}
