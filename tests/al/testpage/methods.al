// args: --codeunit 50420
// TestPage "X": opening, moving between records, reading and setting
// field controls, invoking actions, Close; using it closed.
table 50420 "TP Item"
{
    Caption = 'TP Item';
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Name; Text[30])
        {
            trigger OnValidate()
            begin
                "Search Name" := UpperCase(Name);
            end;
        }
        field(3; "Search Name"; Code[30]) { }
        field(4; Qty; Integer) { }
        field(5; Price; Decimal) { }
        field(6; Blocked; Boolean) { }
        field(7; Since; Date) { }
    }
    keys { key(PK; "No.") { } }
}

page 50420 "TP Item Card"
{
    PageType = Card;
    SourceTable = "TP Item";
    Caption = 'Item Card';
    layout
    {
        area(Content)
        {
            group(General)
            {
                field("No."; Rec."No.") { }
                field(Name; Rec.Name) { Caption = 'Item Name'; }
                field("Search Name"; Rec."Search Name") { Editable = false; }
                field(Qty; Rec.Qty) { }
                field(Price; Rec.Price) { }
                field(Blocked; Rec.Blocked) { Visible = false; }
                field(Since; Rec.Since) { }
                field(Clicks; Clicks) { }
            }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Click)
            {
                Caption = 'Click me';
                trigger OnAction()
                begin
                    Clicks += 1;
                end;
            }
            action(Hidden)
            {
                Visible = false;
                Enabled = false;
            }
        }
    }
    var
        Clicks: Integer;

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec.Qty := 7;
    end;
}

codeunit 50420 "TP Methods"
{
    Subtype = Test;

    trigger OnRun()
    var
        Item: Record "TP Item";
        Card: TestPage "TP Item Card";
    begin
        Item."No." := 'A'; Item.Name := 'Anchor'; Item.Qty := 3; Item.Price := 1.5; Item.Since := 20240131D; Item.Insert();
        Item."No." := 'B'; Item.Name := 'Bolt'; Item.Qty := 12; Item.Price := 1234.25; Item.Blocked := true; Item.Insert();
        Item."No." := 'C'; Item.Name := 'Cog'; Item.Qty := 0; Item.Price := 0; Item.Blocked := false; Item.Insert();
        Commit();                                                  // asserterror rolls back to here

        asserterror Card.First();
        Message(GetLastErrorText());                               // expect: The TestPage is not open.
        Card.OpenView();
        Message(Card.Caption());                                   // expect: Item Card
        Message('%1 %2', Card."No.".Value, Card.Name.Value);      // expect: A Anchor
        Message('%1', Card.Next());                                // expect: Yes
        Message('%1 %2', Card."No.".Value, Card.Price.Value);     // expect: B 1,234.25
        Message('%1', Card.Last());                                // expect: Yes
        Message('%1', Card.Next());                                // expect: No
        Message(Card."No.".Value);                                 // expect: C
        Message('%1', Card.Previous());                            // expect: Yes
        Message('%1', Card.Prev());                                // expect: Yes
        Message('%1', Card.First());                               // expect: Yes
        Message('%1', Card.Previous());                            // expect: No
        Message('%1', Card.GoToKey('B'));                          // expect: Yes
        Message('%1 %2', Card.Qty.AsInteger() + 1, Card.Price.AsDecimal() * 2);   // expect: 13 2,468.5
        Message('%1', Card.Blocked.AsBoolean());                   // expect: Yes
        Message('%1', Card.GoToKey('Z'));                          // expect: No
        Message(Card."No.".Value);                                 // expect: B
        Item.Get('A');
        Message('%1', Card.GoToRecord(Item));                      // expect: Yes
        Message('%1', Card.Since.AsDate());                        // expect: 01/31/24
        Message('%1', CalcDate('<+1D>', Card.Since.AsDate()));     // expect: 02/01/24
        Message('%1 %2', Card.Name.Caption, Card."No.".Caption);   // expect: Item Name No.
        Message('%1 %2', Card.Blocked.Visible(), Card.Name.Visible()); // expect: No Yes
        Message('%1 %2', Card.Editable(), Card.Name.Editable());   // expect: No No
        Card.Name.AssertEquals('Anchor');
        Card.Qty.AssertEquals(3);
        asserterror Card.Name.AssertEquals('Bolt');
        Message(GetLastErrorText());                               // expect: AssertEquals for Field: Name Expected = 'Bolt', Actual = 'Anchor'
        asserterror Card.Name.Value := 'x';
        Message(GetLastErrorText());                               // expect: The field Item Name on page TP Item Card cannot be edited.
        Card.Click.Invoke();
        Card.Click.Invoke();
        Message('%1 %2', Card.Clicks.Value, Card.Click.Caption);   // expect: 2 Click me
        Message('%1 %2 %3 %4', Card.Click.Visible(), Card.Click.Enabled(), Card.Hidden.Visible(), Card.Hidden.Enabled()); // expect: Yes Yes No No
        Card.Close();
        asserterror Card.Close();
        Message(GetLastErrorText());                               // expect: The TestPage is not open.
        asserterror Message(Card.Name.Value);
        Message(GetLastErrorText());                               // expect: The TestPage is not open.

        // OpenEdit: values are typed in and validated
        Card.OpenEdit();
        asserterror Card.OpenEdit();
        Message(GetLastErrorText());                               // expect: The TestPage is already open.
        Message('%1 %2', Card.Editable(), Card."Search Name".Editable());   // expect: Yes No
        asserterror Card.Qty.Value := 'many';
        Message(GetLastErrorText());                               // expect: The value "many" can't be evaluated into type Integer.
        Card.Name.Value := 'Anvil';
        Message(Card."Search Name".Value);                         // expect: ANVIL
        Card.Qty.SetValue(41);
        Card.Price.SetValue(2.75);
        Card.Close();
        Item.Get('A');
        Message('%1 %2 %3 %4', Item.Name, Item."Search Name", Item.Qty, Item.Price);   // expect: Anvil ANVIL 41 2.75

        // OpenNew: an empty record, inserted when a field is set
        Card.OpenNew();
        Message('[%1] %2', Card."No.".Value, Card.Qty.Value);     // expect: [] 7
        Card."No.".Value := 'N';
        Card.Name.Value := 'Nut';
        Card.Close();
        Item.Get('N');
        Message('%1 %2 %3', Item.Name, Item.Qty, Item.Count());    // expect: Nut 7 4
    end;
}
