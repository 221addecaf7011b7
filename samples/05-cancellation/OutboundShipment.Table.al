// Parcels we have handed to a carrier, each with its tracking number.
table 50300 "Outbound Shipment"
{
    Caption = 'Outbound Shipment';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "No."; Code[20]) { Caption = 'No.'; NotBlank = true; }
        field(2; "Ship-to Name"; Text[100]) { Caption = 'Ship-to Name'; }
        field(3; Carrier; Text[30]) { Caption = 'Carrier'; }
        field(4; "Tracking No."; Text[30]) { Caption = 'Tracking No.'; }
    }

    keys
    {
        key(PK; "No.") { Clustered = true; }
    }
}
