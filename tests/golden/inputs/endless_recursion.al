// An endless recursion ends with BC-style "too deep" error; its AL call
// stack keeps the 40 innermost and 10 outermost calls and says how many
// are left out, instead of 2000 lines.
codeunit 50980 "Endless Recursion"
{
    trigger OnRun()
    begin
        Descend(1);
    end;

    procedure Descend(Depth: Integer)
    begin
        Descend(Depth + 1);
    end;
}
