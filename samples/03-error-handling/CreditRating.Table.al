// The credit ratings an agency has given our customers, one row per
// customer.  Customers without a row have no rating on file.
table 50200 "Credit Rating"
{
    Caption = 'Credit Rating';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Customer No."; Code[20]) { Caption = 'Customer No.'; TableRelation = Customer; }
        field(2; Score; Integer) { Caption = 'Score'; }
        field(3; Agency; Text[50]) { Caption = 'Agency'; }
    }

    keys
    {
        key(PK; "Customer No.") { Clustered = true; }
    }
}
