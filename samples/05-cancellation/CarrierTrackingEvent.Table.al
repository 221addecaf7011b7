// Stands in for the carrier's tracking service: the last scan of each
// parcel, by tracking number.
table 50301 "Carrier Tracking Event"
{
    Caption = 'Carrier Tracking Event';
    DataClassification = SystemMetadata;

    fields
    {
        field(1; "Tracking No."; Text[30]) { Caption = 'Tracking No.'; }
        field(2; Status; Text[50]) { Caption = 'Status'; }
        field(3; Location; Text[50]) { Caption = 'Location'; }
    }

    keys
    {
        key(PK; "Tracking No.") { Clustered = true; }
    }
}
