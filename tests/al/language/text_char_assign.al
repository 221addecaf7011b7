// Assigning one character of a Text or Code variable: S[i] := C (Code upper-cases it); an index past the end fails.
codeunit 50100 S
{
    trigger OnRun()
    var
        T: Text;
        C: Code[5];
    begin
        T := 'abc';
        T[2] := 'X';
        Message(T);                 // expect: aXc
        C := 'ABC';
        C[1] := 'z';
        Message(C);                 // expect: ZBC
        T[9] := 'q';               // expect runtime error: Index was outside the bounds of the array.
    end;
}
