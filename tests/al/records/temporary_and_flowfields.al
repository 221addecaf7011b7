// Temporary records: each variable has its own rows, isolated from the
// table; Copy(From, true) shares them; a rollback (asserterror) leaves
// them.  FlowFields are 0 until CalcFields; sum/count/exist/lookup/min/max;
// CalcSums over filters.
table 50230 Item
{
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Inventory; Decimal) { FieldClass = FlowField; CalcFormula = sum("Item Entry".Quantity where("Item No." = field("No."))); }
        field(3; Entries; Integer) { FieldClass = FlowField; CalcFormula = count("Item Entry" where("Item No." = field("No."))); }
        field(4; "Has Open"; Boolean) { FieldClass = FlowField; CalcFormula = exist("Item Entry" where("Item No." = field("No."), Open = const(true))); }
        field(5; "Largest"; Decimal) { FieldClass = FlowField; CalcFormula = max("Item Entry".Quantity where("Item No." = field("No."))); }
        field(6; "Negative"; Decimal) { FieldClass = FlowField; CalcFormula = - sum("Item Entry".Quantity where("Item No." = field("No."))); }
    }
    keys { key(PK; "No.") { } }
}

table 50231 "Item Entry"
{
    fields
    {
        field(1; "Entry No."; Integer) { AutoIncrement = true; }
        field(2; "Item No."; Code[20]) { }
        field(3; Quantity; Decimal) { }
        field(4; Open; Boolean) { }
    }
    keys
    {
        key(PK; "Entry No.") { }
        key(ByItem; "Item No.") { SumIndexFields = Quantity; }
    }
}

codeunit 50230 TempAndFlow
{
    trigger OnRun()
    var
        Item: Record Item;
        Entry: Record "Item Entry";
        TempA: Record Item temporary;
        TempB: Record Item temporary;
        TempShared: Record Item temporary;
    begin
        Item."No." := 'I1';
        Item.Insert();
        Post('I1', 3.5, true);
        Post('I1', 10, false);
        Post('I2', 1, true);
        Item.Get('I1');
        Message('%1 %2', Item.Inventory, Item.Entries);      // expect: 0 0
        Item.CalcFields(Inventory, Entries, "Has Open", Largest, Negative);
        Message('%1 %2 %3 %4 %5', Item.Inventory, Item.Entries, Item."Has Open", Item.Largest, Item.Negative); // expect: 13.5 2 Yes 10 -13.5
        Entry.SetRange("Item No.", 'I1');
        Entry.CalcSums(Quantity);
        Message('%1', Entry.Quantity);                       // expect: 13.5
        Entry.SetRange(Open, true);
        Entry.CalcSums(Quantity);
        Message('%1', Entry.Quantity);                       // expect: 3.5

        TempA."No." := 'T1';
        TempA.Insert();
        TempB."No." := 'T2';
        TempB.Insert();
        TempB."No." := 'T3';
        TempB.Insert();
        Message('%1 %2 %3', TempA.Count(), TempB.Count(), Item.Count()); // expect: 1 2 1
        Message('%1 %2', TempA.IsTemporary(), Item.IsTemporary());       // expect: Yes No
        TempShared.Copy(TempB, true);
        TempShared.DeleteAll();
        Message('%1', TempB.Count());                        // expect: 0
        Commit();
        asserterror begin
            TempA."No." := 'T9';
            TempA.Insert();
            Item."No." := 'I9';
            Item.Insert();
            Error('undo');
        end;
        Message('%1 %2', TempA.Count(), Item.Count());       // expect: 2 1
    end;

    local procedure Post(ItemNo: Code[20]; Qty: Decimal; IsOpen: Boolean)
    var
        Entry: Record "Item Entry";
    begin
        Entry."Item No." := ItemNo;
        Entry.Quantity := Qty;
        Entry.Open := IsOpen;
        Entry.Insert();
    end;
}
