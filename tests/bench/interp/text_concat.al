// 10^5 appends with += on a Text (twins: text_concat.lua, .py).
codeunit 50903 "Bench Text Concat"
{
    trigger OnRun()
    var
        S: Text;
        I: Integer;
    begin
        for I := 1 to 100000 do
            S += 'ab';
        Message('text_concat: length %1, tail %2', Format(StrLen(S), 0, 9), CopyStr(S, StrLen(S) - 3));
    end;
}
