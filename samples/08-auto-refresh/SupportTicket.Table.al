// Customer support tickets, open until someone closes them.
table 50450 "Support Ticket"
{
    Caption = 'Support Ticket';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "No."; Code[20]) { Caption = 'No.'; NotBlank = true; }
        field(2; Subject; Text[100]) { Caption = 'Subject'; }
        field(3; Status; Option) { Caption = 'Status'; OptionMembers = Open,Closed; OptionCaption = 'Open,Closed'; }
    }

    keys
    {
        key(PK; "No.") { Clustered = true; }
    }
}
