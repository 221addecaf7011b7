codeunit 50143 "Arrays And Chars"
{
    trigger OnRun()
    var
        Grid: array[2, 3] of Integer;
        Names: array[3] of Text[10];
        I, J : Integer;
        C: Char;
        S: Text;
    begin
        for I := 1 to 2 do
            for J := 1 to 3 do
                Grid[I, J] := I * 10 + J;
        Message('%1 %2', Grid[1, 3], Grid[2, 1]);   // expect: 13 21
        Names[2] := 'two';
        Message('[%1][%2]', Names[1], Names[2]);    // expect: [][two]
        S := 'AL';
        C := S[2];
        Message('%1', C);                            // expect: L
        C := 65;
        Message('%1', C);                            // expect: A
        foreach C in 'xyz' do
            S += Format(C);
        Message(S);                                  // expect: ALxyz
        I := Grid[3, 1]; // expect runtime error: The index 3 is outside the bounds of the array (1..2).
    end;
}
