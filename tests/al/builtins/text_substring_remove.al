codeunit 50207 "Substring Remove"
{
    trigger OnRun()
    var
        S: Text;
    begin
        S := 'abcdef';
        Message(S.Substring(3));              // expect: cdef
        Message(S.Substring(2, 3));           // expect: bcd
        Message('[%1]', S.Substring(7));      // expect: []
        Message('[%1]', S.Substring(1, 0));   // expect: []
        Message(S.Substring(1, 6));           // expect: abcdef
        Message(S.Remove(4));                 // expect: abc
        Message(S.Remove(1, 2));              // expect: cdef
        Message(S.Remove(6));                 // expect: abcde
        Message(S.Remove(3, 0));              // expect: abcdef
        Message(S);                           // expect: abcdef
        asserterror Message(S.Substring(0));
        Message(GetLastErrorText());          // expect: StartIndex cannot be less than zero. (Parameter 'startIndex')
        asserterror Message(S.Substring(8));
        Message(GetLastErrorText());          // expect: startIndex cannot be larger than length of string. (Parameter 'startIndex')
        asserterror Message(S.Substring(2, -1));
        Message(GetLastErrorText());          // expect: Length cannot be less than zero. (Parameter 'length')
        asserterror Message(S.Substring(4, 4));
        Message(GetLastErrorText());          // expect: Index and length must refer to a location within the string. (Parameter 'length')
        asserterror Message(S.Remove(0));
        Message(GetLastErrorText());          // expect: StartIndex cannot be less than zero. (Parameter 'startIndex')
        asserterror Message(S.Remove(7));
        Message(GetLastErrorText());          // expect: startIndex must be less than length of string. (Parameter 'startIndex')
        asserterror Message(S.Remove(2, -1));
        Message(GetLastErrorText());          // expect: Count cannot be less than zero. (Parameter 'count')
        Message(S.Remove(5, 3)); // expect runtime error: Index and count must refer to a location within the string. (Parameter 'count')
    end;
}
