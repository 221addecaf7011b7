// Mark/MarkedOnly/ClearMarks, FilterGroup (filters in another group are
// ANDed with the user's), SetAutoCalcFields (FlowFields computed on every
// read), SetLoadFields (a hint: whole rows are read anyway).
table 50270 Bin
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Zone; Code[10]) { }
        field(3; Items; Integer) { FieldClass = FlowField; CalcFormula = count("Bin Item" where("Bin Code" = field(Code))); }
    }
    keys { key(PK; Code) { } }
}

table 50271 "Bin Item"
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; "Bin Code"; Code[10]) { }
    }
    keys { key(PK; Id) { } }
}

codeunit 50270 Marks
{
    trigger OnRun()
    var
        B: Record Bin;
        I: Record "Bin Item";
        Line: Text;
    begin
        AddBin('A1', 'PICK');
        AddBin('A2', 'PICK');
        AddBin('B1', 'SHIP');
        AddBin('B2', 'SHIP');
        I.Id := 1; I."Bin Code" := 'A2'; I.Insert();
        I.Id := 2; I."Bin Code" := 'A2'; I.Insert();
        I.Id := 3; I."Bin Code" := 'B2'; I.Insert();
        B.Get('A2');
        B.Mark(true);
        B.Get('B1');
        B.Mark(true);
        Message('%1 %2', B.Mark(), B.Get('A1') and B.Mark());  // expect: Yes No
        B.MarkedOnly(true);
        Message('%1', B.Count());                              // expect: 2
        B.SetRange(Zone, 'SHIP');
        Message('%1', B.Count());                              // expect: 1
        B.ClearMarks();
        Message('%1', B.Count());                              // expect: 0
        B.Reset();
        B.FilterGroup(2);
        B.SetRange(Zone, 'PICK');
        B.FilterGroup(0);
        Message('[%1] %2', B.GetFilter(Zone), B.Count());      // expect: [] 2
        B.SetRange(Code, 'A2', 'B2');
        Message('%1', B.Count());                              // expect: 1
        B.Reset();
        B.SetLoadFields(Code);
        B.AddLoadFields(Zone);
        B.SetAutoCalcFields(Items);
        if B.FindSet() then
            repeat
                Line += StrSubstNo('%1=%2 ', B.Code, B.Items);
            until B.Next() = 0;
        Message(Line);                                         // expect: A1=0 A2=2 B1=0 B2=1 
    end;

    local procedure AddBin(NewCode: Code[10]; NewZone: Code[10])
    var
        B: Record Bin;
    begin
        B.Code := NewCode;
        B.Zone := NewZone;
        B.Insert();
    end;
}
