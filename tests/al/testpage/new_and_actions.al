// args: --codeunit 50460
// TestPage New(): a new record as the page client's `new` (OnNewRecord;
// inserted when the test leaves it); the system actions OK, Cancel, Yes,
// No (close the page with that Action), Edit and View (switch the mode).
table 50460 "TP Note"
{
    fields
    {
        field(1; "No."; Integer) { }
        field(2; Body; Text[30]) { }
        field(3; Kind; Code[10]) { }
    }
    keys { key(PK; "No.") { } }

    trigger OnInsert()
    begin
        Message('table OnInsert %1', "No.");
    end;
}

page 50460 "TP Note Card"
{
    PageType = Card;
    SourceTable = "TP Note";
    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { }
            field(Body; Rec.Body) { }
            field(Kind; Rec.Kind) { }
        }
    }

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec.Kind := 'NEW';
        Message('OnNewRecord');
    end;

    trigger OnInsertRecord(BelowxRec: Boolean): Boolean
    begin
        Message('OnInsertRecord %1', Rec."No.");
    end;

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    begin
        Message('OnQueryClosePage %1', CloseAction);
    end;
}

page 50461 "TP Note View"
{
    PageType = Card;
    SourceTable = "TP Note";
    Editable = false;
    layout
    {
        area(Content)
        {
            field(Body; Rec.Body) { }
        }
    }
}

codeunit 50460 "TP New Actions"
{
    Subtype = Test;

    trigger OnRun()
    var
        Note: Record "TP Note";
        Card: TestPage "TP Note Card";
        ViewCard: TestPage "TP Note View";
    begin
        Note."No." := 1; Note.Body := 'one'; Note.Insert();
        Commit();

        asserterror Card.New();
        Message(GetLastErrorText());                    // expect: The TestPage is not open.
        Card.OpenEdit();
        Card.New();                                     // expect: OnNewRecord
        Message('[%1] [%2] %3', Card."No.".Value, Card.Body.Value, Card.Kind.Value);   // expect: [0] [] NEW
        Card."No.".SetValue(2);
        Card.Body.Value := 'two';
        Message('%1', Note.Count());                    // expect: 1
        Card.First();                                   // expect: OnInsertRecord 2
                                                        // expect: table OnInsert 2
        Message('%1 %2', Card."No.".Value, Note.Count());   // expect: 1 2
        Card.Last();
        Message('%1 %2', Card.Body.Value, Card.Kind.Value); // expect: two NEW
        Card.New();                                     // expect: OnNewRecord
        Card."No.".SetValue(3);
        Card.OK().Invoke();                             // expect: OnInsertRecord 3
                                                        // expect: table OnInsert 3
                                                        // expect: OnQueryClosePage OK
        Message('%1', Note.Count());                    // expect: 3
        asserterror Card.First();
        Message(GetLastErrorText());                    // expect: The TestPage is not open.

        Card.OpenEdit();
        Card.Cancel().Invoke();                         // expect: OnQueryClosePage Cancel
        Card.OpenEdit();
        Card.Yes().Invoke();                            // expect: OnQueryClosePage Yes
        Card.OpenEdit();
        Card.No.Invoke();                               // expect: OnQueryClosePage No
        asserterror Card.OK().Invoke();
        Message(GetLastErrorText());                    // expect: The TestPage is not open.

        // View and Edit switch the mode
        Card.OpenView();
        Message('%1 %2 %3', Card.Editable(), Card.Edit().Enabled(), Card.OK().Visible());   // expect: No Yes Yes
        asserterror Card.New();
        Message(GetLastErrorText());                    // expect: You cannot insert records on page TP Note Card.
        asserterror Card.Body.Value := 'x';
        Message(GetLastErrorText());                    // expect: The field Body on page TP Note Card cannot be edited.
        Card.Edit().Invoke();
        Message('%1', Card.Editable());                 // expect: Yes
        Card.Body.Value := 'uno';
        Card.View().Invoke();
        Message('%1', Card.Editable());                 // expect: No
        Card.Close();                                   // expect: OnQueryClosePage OK
        Note.Get(1);
        Message(Note.Body);                             // expect: uno

        // a page that is not editable has no Edit
        ViewCard.OpenView();
        Message('%1', ViewCard.Edit().Enabled());       // expect: No
        asserterror ViewCard.Edit().Invoke();
        Message(GetLastErrorText());                    // expect: The action Edit is not available on page TP Note View.
        ViewCard.Close();
    end;
}
