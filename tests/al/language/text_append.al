// += on a Text appends in place when the variable alone holds its text;
// every other holder of the old value keeps it (Text is a value type).
codeunit 50172 "Text Append"
{
    var
        G: Text;

    trigger OnRun()
    var
        A, B, C : Text;
        Short: Text[5];
        Cd: Code[6];
        L: List of [Text];
        D: Dictionary of [Integer, Text];
        TB: TextBuilder;
        V: Variant;
        Arr: array[2] of Text;
        I: Integer;
    begin
        A := 'ab';
        B := A;
        A += 'c';
        Message('%1 %2', A, B);                    // expect: abc ab
        // copies taken in a loop
        A := '';
        for I := 1 to 10 do begin
            A += Format(I mod 10);
            if I = 4 then
                B := A;
            if I = 7 then
                L.Add(A);
            if I = 8 then
                D.Add(1, A);
            if I = 9 then
                V := A;
        end;
        Message('%1 %2 %3 %4 %5', A, B, L.Get(1), D.Get(1), V);  // expect: 1234567890 1234 1234567 12345678 123456789
        A := A;
        A += A;
        Message(A);                                // expect: 12345678901234567890
        A := 'x';
        A := A + 'y' + 'z';                        // (A + 'y') + 'z': not an append to A
        A := A + 'w';
        Message(A);                                // expect: xyzw
        C := A.Trim();
        A += '!';
        TB.Append(A);
        A += '?';
        Message('%1 %2 %3', A, C, TB.ToText());     // expect: xyzw!? xyzw xyzw!
        // the receiver of a method and a var argument
        A := 'p';
        A += 'q';
        C := A.PadRight(2);
        AppendTo(A, 3);
        Message('%1 %2', A, C);                    // expect: pq... pq
        C := Built();
        B := C;
        C += '#';
        Message('%1 %2', B, C);                    // expect: abc abc#
        // the right side is evaluated after the variable is read
        G := 'g';
        G += 'h';
        G += ChangeG();
        Message(G);                                // expect: gh+
        G += 'i';
        Message(G);                                // expect: gh+i
        // Text[n]: the length is checked, and a failed append changes nothing
        Short := 'ab';
        Short += 'cde';
        Message(Short);                            // expect: abcde
        asserterror Short += 'f';
        Message(GetLastErrorText());               // expect: The length of the string is 6, but it must be less than or equal to 5 characters. Value: abcdef
        Message(Short);                            // expect: abcde
        // Code: upper-cased, trimmed, its length checked
        Cd := 'ab';
        Cd += 'cd ';
        Message('[%1]', Cd);                        // expect: [ABCD]
        asserterror Cd += 'xyz';
        Message(GetLastErrorText());               // expect: The length of the string is 7, but it must be less than or equal to 6 characters. Value: ABCDXYZ
        Message('[%1]', Cd);                        // expect: [ABCD]
        // array elements and characters outside ASCII
        Arr[1] := 'é';
        Arr[2] := Arr[1];
        Arr[1] += 'ü€';
        Message('%1 %2 %3', Arr[1], Arr[2], StrLen(Arr[1]));  // expect: éü€ é 3
        A := '';
        for I := 1 to 1000 do
            A += 'ß';
        Message('%1 %2', StrLen(A), CopyStr(A, 999));          // expect: 1000 ßß
    end;

    local procedure AppendTo(var S: Text; N: Integer)
    var
        I: Integer;
    begin
        for I := 1 to N do
            S += '.';
    end;

    local procedure Built() R: Text
    begin
        R += 'a';
        R += 'b';
        R += 'c';
    end;

    local procedure ChangeG(): Text
    begin
        G += 'CHANGED';
        exit('+');
    end;
}
