// Insert, Get, Modify, Delete, Count, FindSet/Next order, Init and
// InitValue, Code upper-casing, the not-found error with BC's text.
table 50200 Item
{
    Caption = 'Item';
    fields
    {
        field(1; "No."; Code[20]) { }
        field(2; Description; Text[50]) { }
        field(3; "Unit Price"; Decimal) { InitValue = 2.5; }
        field(4; Blocked; Boolean) { }
        field(5; Kind; Option) { OptionMembers = " ",Stock,Service; }
    }
    keys
    {
        key(PK; "No.") { Clustered = true; }
    }
}

codeunit 50200 Basics
{
    trigger OnRun()
    var
        Item: Record Item;
        Item2: Record Item;
    begin
        Message('%1', Item."Unit Price");                       // expect: 2.5
        Item."No." := 'b-2';
        Item.Description := 'Bolt';
        Item.Insert();
        Item.Init();
        Message('[%1] %2', Item."No.", Item.Description);       // expect: [B-2] 
        Item."No." := 'A-1';
        Item.Description := 'Anchor';
        Item."Unit Price" := 10;
        Item.Kind := Item.Kind::Stock;
        Item.Insert();
        Item."No." := 'C-3';
        Item.Insert();
        Message('%1', Item.Count());                            // expect: 3
        Item.Get('b-2');
        Message('%1 %2 %3', Item."No.", Item.Description, Item."Unit Price"); // expect: B-2 Bolt 2.5
        if Item.FindSet() then
            repeat
                Message('%1 %2', Item."No.", Item.Kind);
            until Item.Next() = 0;
        // expect: A-1 Stock
        // expect: B-2  
        // expect: C-3 Stock
        Item.Get('A-1');
        Item.Description := 'Anchor, large';
        Item.Modify();
        Item2.Get('A-1');
        Message(Item2.Description);                             // expect: Anchor, large
        Item2.Delete();
        Message('%1 %2', Item.Count(), Item2.Get('A-1'));       // expect: 2 No
        Item.FindLast();
        Message(Item."No.");                                    // expect: C-3
        Message('%1', Item.Next());                             // expect: 0
        Message('%1', Item.Next(-5));                           // expect: -1
        Message(Item."No.");                                    // expect: B-2
        Item.Get('NOPE');  // expect runtime error: The Item does not exist. Identification fields and values: No.='NOPE'
    end;
}
