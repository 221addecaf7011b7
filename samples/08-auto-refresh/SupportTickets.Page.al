// The tickets themselves, where users open and close them.
page 50451 "Support Tickets"
{
    Caption = 'Support Tickets';
    PageType = List;
    SourceTable = "Support Ticket";

    layout
    {
        area(Content)
        {
            repeater(Tickets)
            {
                field("No."; Rec."No.") { ApplicationArea = All; }
                field(Subject; Rec.Subject) { ApplicationArea = All; }
                field(Status; Rec.Status) { ApplicationArea = All; }
            }
        }
    }
}
