// 10^5 appends to a TextBuilder, then one ToText (twins: text_builder.lua, .py).
codeunit 50902 "Bench TextBuilder"
{
    trigger OnRun()
    var
        TB: TextBuilder;
        S: Text;
        I: Integer;
    begin
        for I := 1 to 100000 do
            TB.Append('ab');
        S := TB.ToText();
        Message('text_builder: length %1, tail %2', Format(StrLen(S), 0, 9), CopyStr(S, StrLen(S) - 3));
    end;
}
