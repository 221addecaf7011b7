// args: --codeunit 50480
// TestPage Filter.SetFilter / GetFilter (the page's record view) and
// FindFirstField / FindNextField / FindPreviousField (a record by the
// value a field control shows).
table 50480 "TP Fruit"
{
    fields
    {
        field(1; "No."; Integer) { }
        field(2; Name; Text[30]) { }
        field(3; Colour; Code[10]) { }
        field(4; Price; Decimal) { }
    }
    keys { key(PK; "No.") { } }
}

page 50480 "TP Fruit List"
{
    PageType = List;
    SourceTable = "TP Fruit";
    layout
    {
        area(Content)
        {
            repeater(Lines)
            {
                field("No."; Rec."No.") { }
                field(Name; Rec.Name) { }
                field(Colour; Rec.Colour) { }
                field(Price; Rec.Price) { }
                field(Doubled; 2 * Rec.Price) { }
            }
        }
    }
}

codeunit 50480 "TP Filter Find"
{
    Subtype = Test;

    trigger OnRun()
    var
        Fruit: Record "TP Fruit";
        List: TestPage "TP Fruit List";
    begin
        Add(Fruit, 1, 'Apple', 'RED', 1.5);
        Add(Fruit, 2, 'Banana', 'YELLOW', 0.25);
        Add(Fruit, 3, 'Cherry', 'RED', 4);
        Add(Fruit, 4, 'Lemon', 'YELLOW', 0.8);
        Add(Fruit, 5, 'Plum', 'BLUE', 2);
        Commit();

        List.OpenView();
        List.Filter.SetFilter(Colour, 'YELLOW');
        Message('%1 %2', List.Name.Value, List.Filter.GetFilter(Colour));   // expect: Banana YELLOW
        Message('%1 %2', List.Next(), List.Name.Value);      // expect: Yes Lemon
        Message('%1', List.Next());                          // expect: No
        List.Filter.SetFilter("No.", '>3');
        Message('%1 %2', List.First(), List.Name.Value);     // expect: Yes Lemon
        Message('%1', List.Last());                          // expect: Yes
        Message(List.Name.Value);                            // expect: Lemon
        List.Filter.SetFilter(Colour, 'GREEN');
        Message('[%1] [%2] %3', List.Name.Value, List."No.".Value, List.First());   // expect: [] [0] No
        List.Filter.SetFilter(Colour, '');
        Message('%1 [%2]', List.Name.Value, List.Filter.GetFilter(Colour));   // expect: Lemon []
        List.Filter.SetFilter("No.", '');
        asserterror List.Filter.SetFilter(Price, 'cheap');
        Message(GetLastErrorText());                         // expect: The filter "cheap" is not valid for the Price field on the TP Fruit table. The value "cheap" can't be evaluated into type Decimal.

        // FindFirstField: from the first record; Next/Previous: from the current one
        Message('%1 %2', List.FindFirstField(Colour, 'red'), List.Name.Value);      // expect: Yes Apple
        Message('%1 %2', List.FindNextField(Colour, 'RED'), List.Name.Value);       // expect: Yes Cherry
        Message('%1 %2', List.FindNextField(Colour, 'RED'), List.Name.Value);       // expect: No Cherry
        Message('%1 %2', List.FindPreviousField(Colour, 'RED'), List.Name.Value);   // expect: Yes Apple
        Message('%1 %2', List.FindFirstField(List.Price, 2), List.Name.Value);      // expect: Yes Plum
        Message('%1 %2', List.FindFirstField(Price, 0.80), List.Name.Value);        // expect: Yes Lemon
        Message('%1 %2', List.FindFirstField(Name, 'Kiwi'), List.Name.Value);       // expect: No Lemon
        List.Filter.SetFilter(Colour, 'RED');
        Message('%1 %2', List.FindFirstField(Name, 'Plum'), List.Name.Value);       // expect: No Apple
        asserterror List.FindFirstField(Doubled, 3);
        Message(GetLastErrorText());                         // expect: FindFirstField: the control Doubled on page TP Fruit List does not show a field of the page's table.
        List.Close();
        asserterror List.Filter.SetFilter(Colour, 'RED');
        Message(GetLastErrorText());                         // expect: The TestPage is not open.
    end;

    local procedure Add(var Fruit: Record "TP Fruit"; No: Integer; Name: Text; Colour: Code[10]; Price: Decimal)
    begin
        Fruit."No." := No;
        Fruit.Name := Name;
        Fruit.Colour := Colour;
        Fruit.Price := Price;
        Fruit.Insert();
    end;
}
