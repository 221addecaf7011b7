// Call stacks name each frame's current line, innermost first, also after
// a caught error and from a loop's condition.
codeunit 50170 "Call Stacks"
{
    var
        Zero: Integer;

    trigger OnRun()
    var
        I: Integer;
    begin
        if not Outer() then
            Message(GetLastErrorCallStack());
        // expect: "Call Stacks"(CodeUnit 50170).Inner line 44
        // expect: "Call Stacks"(CodeUnit 50170).Outer line 39
        // expect: "Call Stacks"(CodeUnit 50170).OnRun line 12
        if not Outer() then
            Message('%1', 1 div (Zero + 1));   // expect: 1
        asserterror I := 10 div Zero;
        Message(GetLastErrorCallStack());      // expect: "Call Stacks"(CodeUnit 50170).OnRun line 19
        if not LoopCond() then
            Message(GetLastErrorCallStack());
        // (alrun reports a while condition's error on the line of the
        // statement the loop ran last)
        // expect: "Call Stacks"(CodeUnit 50170).LoopCond line 53
        // expect: "Call Stacks"(CodeUnit 50170).OnRun line 21
        Message('%1', Depth(3));              // expect: 3
        Message(GetLastErrorCallStack());
        // expect: "Call Stacks"(CodeUnit 50170).TryDiv line 71
        // expect: "Call Stacks"(CodeUnit 50170).Depth line 62
        // expect: "Call Stacks"(CodeUnit 50170).Depth line 65
        // expect: "Call Stacks"(CodeUnit 50170).Depth line 65
        // expect: "Call Stacks"(CodeUnit 50170).OnRun line 27
    end;

    [TryFunction]
    local procedure Outer()
    begin
        Inner(2);
    end;

    local procedure Inner(N: Integer)
    begin
        Error('inner %1', N);
    end;

    [TryFunction]
    local procedure LoopCond()
    var
        I: Integer;
    begin
        I := 3;
        while 6 div I > 1 do
            I -= 1;
    end;

    local procedure Depth(N: Integer): Integer
    var
        Ok: Boolean;
    begin
        if N = 1 then begin
            Ok := TryDiv();
            exit(1);
        end;
        exit(Depth(N - 1) + 1);
    end;

    [TryFunction]
    local procedure TryDiv()
    begin
        Zero := 5 div Zero;
    end;
}
