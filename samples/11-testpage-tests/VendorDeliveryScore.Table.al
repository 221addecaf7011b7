// How many deliveries each vendor made, and how many arrived on time.
table 50600 "Vendor Delivery Score"
{
    Caption = 'Vendor Delivery Score';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Vendor No."; Code[20]) { Caption = 'Vendor No.'; NotBlank = true; }
        field(2; Name; Text[100]) { Caption = 'Name'; }
        field(3; Deliveries; Integer) { Caption = 'Deliveries'; }
        field(4; "On Time"; Integer) { Caption = 'On Time'; }
        field(5; "Last Grade"; Code[1]) { Caption = 'Last Grade'; }
    }

    keys
    {
        key(PK; "Vendor No.") { Clustered = true; }
    }
}
