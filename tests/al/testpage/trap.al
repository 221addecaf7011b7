// args: --codeunit 50470
// TestPage Trap(): the next page AL code runs with Page.Run opens into
// the trapped TestPage — on the record (and filters) it was given, or on a
// page variable's own instance; a page nobody trapped still has no client.
table 50470 "TP Trap Item"
{
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Name; Text[30]) { }
    }
    keys { key(PK; "No.") { } }
}

page 50470 "TP Trap Card"
{
    PageType = Card;
    SourceTable = "TP Trap Item";
    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
            field(Name; Rec.Name) { }
            field(Greeting; Greeting) { }
        }
    }
    actions
    {
        area(Processing)
        {
            action(OpenOther)
            {
                trigger OnAction()
                begin
                    Page.Run(Page::"TP Trap Other");
                end;
            }
        }
    }
    var
        Greeting: Text;

    trigger OnOpenPage()
    begin
        Message('OnOpenPage');
    end;

    procedure SetGreeting(NewGreeting: Text)
    begin
        Greeting := NewGreeting;
    end;
}

page 50471 "TP Trap Other"
{
    PageType = Card;
    layout
    {
        area(Content)
        {
            field(Answer; Answer) { }
        }
    }
    var
        Answer: Integer;

    trigger OnOpenPage()
    begin
        Answer := 42;
    end;
}

codeunit 50470 "TP Trap"
{
    Subtype = Test;

    trigger OnRun()
    var
        Item: Record "TP Trap Item";
        Card: TestPage "TP Trap Card";
        Other: TestPage "TP Trap Other";
        CardPage: Page "TP Trap Card";
    begin
        Item."No." := 'A'; Item.Name := 'Anchor'; Item.Insert();
        Item."No." := 'B'; Item.Name := 'Bolt'; Item.Insert();
        Item."No." := 'C'; Item.Name := 'Cog'; Item.Insert();
        Commit();                                           // asserterror rolls back to here

        // Page.Run(Id, Rec): on Rec's record, with Rec's filters
        Card.Trap();
        Item.SetFilter("No.", 'B..C');
        Item.Get('C');
        Page.Run(Page::"TP Trap Card", Item);               // expect: OnOpenPage
        Message('%1 %2', Card."No.".Value, Card.Name.Value); // expect: C Cog
        Card.First();
        Message(Card."No.".Value);                          // expect: B
        Message('%1', Card.Previous());                     // expect: No
        Card.Name.Value := 'Bolts';
        Card.OK().Invoke();
        Item.Get('B');
        Message(Item.Name);                                 // expect: Bolts

        // a page variable's Run: its own instance (SetRecord, procedures)
        Item.Reset();
        Item.Get('A');
        CardPage.SetRecord(Item);
        CardPage.SetGreeting('hello');
        Card.Trap();
        CardPage.Run();                                     // expect: OnOpenPage
        Message('%1 %2', Card."No.".Value, Card.Greeting.Value);   // expect: A hello
        Card.Close();

        // a page opened by page code; the trap is used once
        Card.OpenView();                                    // expect: OnOpenPage
        Other.Trap();
        Card.OpenOther.Invoke();
        Message(Other.Answer.Value);                        // expect: 42
        Other.Close();
        asserterror Card.OpenOther.Invoke();
        Message(GetLastErrorText());                        // expect: Page 50471 TP Trap Other cannot be shown: this session has no client (alrun page opens pages).

        // a trap waits for its own page
        Other.Trap();
        asserterror Page.Run(Page::"TP Trap Card");
        Message(GetLastErrorText());                        // expect: Page 50470 TP Trap Card cannot be shown: this session has no client (alrun page opens pages).
        Page.Run(Page::"TP Trap Other");
        Message(Other.Answer.Value);                        // expect: 42

        asserterror Card.Trap();
        Message(GetLastErrorText());                        // expect: The TestPage is already open.
        Card.Close();

        // a TestPage the test opens itself stops waiting for a trapped page
        Other.Close();
        Other.Trap();
        Other.OpenView();
        Other.Close();
        asserterror Page.Run(Page::"TP Trap Other");
        Message(GetLastErrorText());                        // expect: Page 50471 TP Trap Other cannot be shown: this session has no client (alrun page opens pages).
    end;
}
