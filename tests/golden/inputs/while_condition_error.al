codeunit 50190 "While Condition Error"
{
    // A while condition that fails after the first pass is reported on the
    // while's line, not on the last statement the body ran.
    trigger OnRun()
    var
        Values: array[3] of Integer;
        i: Integer;
    begin
        Values[1] := 1;
        Values[2] := 2;
        Values[3] := 3;
        i := 1;
        while Values[i] > 0 do
            i += 1;
    end;
}
