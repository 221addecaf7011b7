codeunit 50206 "Text Search Methods"
{
    trigger OnRun()
    var
        S: Text;
        Empty: Text;
    begin
        S := 'banana';
        Message('%1 %2', S.Contains('nan'), S.Contains('NAN'));          // expect: Yes No
        Message('%1 %2', S.Contains(''), Empty.Contains(''));            // expect: Yes Yes
        Message('%1 %2', S.StartsWith('ban'), S.StartsWith(''));         // expect: Yes Yes
        Message('%1 %2', S.EndsWith('ana'), S.EndsWith('banana!'));      // expect: Yes No
        Message('%1 %2', S.IndexOf('an'), S.IndexOf('x'));               // expect: 2 0
        Message('%1 %2', S.IndexOf('an', 3), S.IndexOf('an', 5));        // expect: 4 0
        Message('%1 %2', S.IndexOf('a', 6), S.IndexOf(''));              // expect: 6 1
        Message('%1', S.IndexOf('', 4));                                 // expect: 4
        Message('%1 %2', S.LastIndexOf('an'), S.LastIndexOf('x'));       // expect: 4 0
        Message('%1 %2', S.LastIndexOf('an', 4), S.LastIndexOf('an', 5)); // expect: 2 4
        Message('%1', S.LastIndexOf('b', 1));                            // expect: 1
        Message('%1', 'xäöx'.IndexOf('öx'));                             // expect: 3
        asserterror Message('%1', S.IndexOf('a', 0));
        Message(GetLastErrorText()); // expect: Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')
        asserterror Message('%1', S.IndexOf('a', 8));
        Message(GetLastErrorText()); // expect: Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')
        Message('%1', S.LastIndexOf('a', 0)); // expect runtime error: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')
    end;
}
