codeunit 50219 "Random And Randomize"
{
    trigger OnRun()
    var
        I, N, Lo, Hi : Integer;
        First: Text;
        Second: Text;
        Seen: array[3] of Boolean;
    begin
        Message('%1 %2', Random(1), Random(0));          // expect: 1 0
        Message('%1', Random(-5));                       // expect: 0
        Randomize(7);
        for I := 1 to 5 do
            First += Format(Random(1000)) + ' ';
        Randomize(7);
        for I := 1 to 5 do
            Second += Format(Random(1000)) + ' ';
        Message('%1', First = Second);                   // expect: Yes
        Randomize();
        Lo := 100;
        for I := 1 to 300 do begin
            N := Random(3);
            Seen[N] := true;
            if N < Lo then Lo := N;
            if N > Hi then Hi := N;
        end;
        Message('%1 %2 %3', Lo, Hi, Seen[1] and Seen[2] and Seen[3]); // expect: 1 3 Yes
        N := Random(2147483647);
        Message('%1', N >= 1);                           // expect: Yes
    end;
}
