// The currencies whose exchange rate a user keeps an eye on.
table 50250 "Watched Currency"
{
    Caption = 'Watched Currency';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Code"; Code[10]) { Caption = 'Code'; NotBlank = true; }
        field(2; Description; Text[50]) { Caption = 'Description'; }
    }

    keys
    {
        key(PK; "Code") { Clustered = true; }
    }
}
