codeunit 50210 "TextBuilder Methods"
{
    trigger OnRun()
    var
        TB: TextBuilder;
        Lines: List of [Text];
        CrLf: Text[2];
        Cr, Lf : Char;
        T: Text;
    begin
        Message('[%1] %2', TB.ToText(), TB.Length());   // expect: [] 0
        TB.Append('äb');
        TB.Append('');
        Message('%1 %2', TB.ToText(), TB.Length());     // expect: äb 2
        TB.AppendLine();
        Message('%1', TB.Length());                     // expect: 4
        TB.AppendLine('c');
        T := TB.ToText();
        Cr := 13;
        Lf := 10;
        CrLf := Format(Cr) + Format(Lf);
        Lines := T.Split(CrLf);
        Message('%1 [%2] [%3] [%4]', Lines.Count(), Lines.Get(1), Lines.Get(2), Lines.Get(3)); // expect: 3 [äb] [c] []
        TB.Clear();
        Message('[%1] %2', TB.ToText(), TB.Length());   // expect: [] 0
        TB.Append('x');
        if TB.Append('y') then
            Message(TB.ToText());                       // expect: xy
    end;
}
