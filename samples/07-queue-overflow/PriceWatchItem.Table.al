// Items whose purchase price we check with the vendor now and then.
table 50400 "Price Watch Item"
{
    Caption = 'Price Watch Item';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "No."; Code[20]) { Caption = 'No.'; NotBlank = true; }
        field(2; Description; Text[100]) { Caption = 'Description'; }
        field(3; "Vendor Price"; Decimal) { Caption = 'Vendor Price'; DecimalPlaces = 2 : 2; }
        field(4; "Checked At"; Time) { Caption = 'Checked At'; }
    }

    keys
    {
        key(PK; "No.") { Clustered = true; }
    }
}
