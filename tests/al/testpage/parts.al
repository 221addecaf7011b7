// args: --codeunit 50500
// TestPage parts: Card.Lines is the part's own TestPage — its fields and
// actions, First/Next/..., New (the SubPageLink fields filled in) —
// following the host's record through SubPageLink.
table 50500 "TP Order"
{
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Customer; Text[30]) { }
    }
    keys { key(PK; "No.") { } }
}

table 50501 "TP Order Line"
{
    fields
    {
        field(1; "Order No."; Code[10]) { }
        field(2; "Line No."; Integer) { }
        field(3; Item; Text[30]) { }
        field(4; Qty; Integer) { }
    }
    keys { key(PK; "Order No.", "Line No.") { } }
}

page 50500 "TP Order Card"
{
    PageType = Card;
    SourceTable = "TP Order";
    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
            field(Customer; Rec.Customer) { }
            part(Lines; "TP Order Lines")
            {
                SubPageLink = "Order No." = field("No.");
            }
            part(Hidden; "TP Order Lines")
            {
                Visible = false;
            }
        }
    }
}

page 50501 "TP Order Lines"
{
    PageType = ListPart;
    SourceTable = "TP Order Line";
    layout
    {
        area(Content)
        {
            repeater(Rows)
            {
                field("Line No."; Rec."Line No.") { }
                field(Item; Rec.Item) { }
                field(Qty; Rec.Qty) { }
            }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Double)
            {
                trigger OnAction()
                begin
                    Rec.Qty := Rec.Qty * 2;
                    Rec.Modify();
                end;
            }
        }
    }

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Message('line OnNewRecord for %1', Rec."Order No.");
    end;
}

codeunit 50500 "TP Parts"
{
    Subtype = Test;

    trigger OnRun()
    var
        Order: Record "TP Order";
        Line: Record "TP Order Line";
        Card: TestPage "TP Order Card";
    begin
        Order."No." := 'O1'; Order.Customer := 'Adatum'; Order.Insert();
        Order."No." := 'O2'; Order.Customer := 'Contoso'; Order.Insert();
        AddLine(Line, 'O1', 10000, 'Bolt', 5);
        AddLine(Line, 'O1', 20000, 'Nut', 7);
        AddLine(Line, 'O2', 10000, 'Cog', 1);
        Commit();

        Card.OpenEdit();
        Message('%1: %2 %3', Card."No.".Value, Card.Lines.Item.Value, Card.Lines.Qty.AsInteger());   // expect: O1: Bolt 5
        Message('%1 %2', Card.Lines.Next(), Card.Lines.Item.Value);  // expect: Yes Nut
        Message('%1', Card.Lines.Next());                            // expect: No
        Card.Lines.First();
        Card.Lines.Qty.Value := '6';
        Card.Lines.Double.Invoke();
        Message(Card.Lines.Qty.Value);                               // expect: 12
        Card.Lines.Qty.AssertEquals(12);
        Message('%1 %2', Card.Lines.Item.Caption, Card.Lines.Editable());   // expect: Item Yes

        // the part follows the host's record
        Card.Next();
        Message('%1: %2', Card."No.".Value, Card.Lines.Item.Value);  // expect: O2: Cog
        Message('%1', Card.Lines.Next());                            // expect: No
        Message('%1', Card.Lines.FindFirstField(Item, 'Bolt'));      // expect: No

        // a new line gets the link field
        Card.Lines.New();                                            // expect: line OnNewRecord for O2
        Card.Lines."Line No.".SetValue(20000);
        Card.Lines.Item.Value := 'Gear';
        Card.Lines.First();
        Line.Get('O2', 20000);
        Message('%1 %2', Line.Item, Line.Count());                   // expect: Gear 4
        Card.Lines.Filter.SetFilter(Item, 'G*');
        Message(Card.Lines.Item.Value);                              // expect: Gear

        asserterror Card.Hidden.First();
        Message(GetLastErrorText());                                 // expect: The part Hidden on page TP Order Card is not shown.
        asserterror Card.Lines.OK().Invoke();
        Message(GetLastErrorText());                                 // expect: The action OK is not available on the part TP Order Lines.
        Card.Close();
        asserterror Card.Lines.First();
        Message(GetLastErrorText());                                 // expect: The TestPage is not open.

        Card.OpenView();
        Message('%1', Card.Lines.Editable());                        // expect: No
        asserterror Card.Lines.Qty.Value := '1';
        Message(GetLastErrorText());                                 // expect: The field Qty on page TP Order Lines cannot be edited.
        Card.Close();
    end;

    local procedure AddLine(var Line: Record "TP Order Line"; OrderNo: Code[10]; LineNo: Integer; Item: Text; Qty: Integer)
    begin
        Line."Order No." := OrderNo;
        Line."Line No." := LineNo;
        Line.Item := Item;
        Line.Qty := Qty;
        Line.Insert();
    end;
}
