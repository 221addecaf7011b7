// args: --codeunit 50490
// TestPage field methods: Lookup, Drilldown, AssistEdit (the control's
// triggers; an OnLookup that returns true sets the field), Enabled and
// ShowMandatory (the control's properties), AsTime and AsDateTime.
table 50490 "TP Meeting"
{
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Room; Text[30])
        {
            trigger OnValidate()
            begin
                Message('Room validated: %1', Room);
            end;
        }
        field(3; Starts; Time) { }
        field(4; Booked; DateTime) { }
        field(5; Note; Text[50]) { }
    }
    keys { key(PK; "No.") { } }
}

page 50490 "TP Meeting Card"
{
    PageType = Card;
    SourceTable = "TP Meeting";
    layout
    {
        area(Content)
        {
            field("No."; Rec."No.") { ShowMandatory = true; }
            field(Room; Rec.Room)
            {
                trigger OnLookup(var Text: Text): Boolean
                begin
                    Message('OnLookup');
                    Text := 'Blue Room';
                    exit(true);
                end;
            }
            field(Note; Rec.Note)
            {
                Enabled = false;
                trigger OnLookup(var Text: Text): Boolean
                begin
                    Message('OnLookup on Note');
                    Text := 'ignored';
                    exit(false);
                end;

                trigger OnDrillDown()
                begin
                    Message('OnDrillDown %1', Rec."No.");
                end;

                trigger OnAssistEdit()
                begin
                    Rec.Note := 'assisted';
                end;
            }
            field(Starts; Rec.Starts) { }
            field(Booked; Rec.Booked) { }
            field(StartsText; Format(Rec.Starts)) { }
        }
    }
}

codeunit 50490 "TP Field Triggers"
{
    Subtype = Test;

    trigger OnRun()
    var
        Meeting: Record "TP Meeting";
        Card: TestPage "TP Meeting Card";
    begin
        Meeting."No." := 'M1';
        Meeting.Starts := 093000T;
        Meeting.Booked := CreateDateTime(20250106D, 140000T);
        Meeting.Insert();
        Commit();                                    // asserterror rolls back to here

        Card.OpenEdit();
        Card.Room.Lookup();                          // expect: OnLookup
                                                     // expect: Room validated: Blue Room
        Message(Card.Room.Value);                    // expect: Blue Room
        Meeting.Get('M1');
        Message(Meeting.Room);                       // expect: Blue Room
        Card.Note.Lookup();                          // expect: OnLookup on Note
        Message('[%1]', Card.Note.Value);            // expect: []
        Card.Note.Drilldown();                       // expect: OnDrillDown M1
        Card.Note.AssistEdit();
        Message(Card.Note.Value);                    // expect: assisted
        Card."No.".Lookup();                         // no trigger: nothing happens

        Message('%1 %2', Card.Note.Enabled(), Card.Room.Enabled());                  // expect: No Yes
        Message('%1 %2', Card."No.".ShowMandatory(), Card.Room.ShowMandatory());    // expect: Yes No

        Message('%1', Card.Starts.AsTime());                                  // expect: 9:30:00 AM
        Message('%1', Card.Starts.AsTime() + 60000);                          // expect: 9:31:00 AM
        Message('%1', Card.StartsText.AsTime());                              // expect: 9:30:00 AM
        Message('%1', DT2Date(Card.Booked.AsDateTime()));                     // expect: 01/06/25
        Message('%1', DT2Time(Card.Booked.AsDateTime()));                     // expect: 2:00:00 PM
        asserterror Card.Room.AsTime();
        Message(GetLastErrorText());                 // expect: The value "Blue Room" can't be evaluated into type Time.
        Card.Close();
        asserterror Card.Room.Lookup();
        Message(GetLastErrorText());                 // expect: The TestPage is not open.
    end;
}
