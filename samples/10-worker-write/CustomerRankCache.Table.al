// The last rank computed for each customer, kept so other pages can show
// it without computing it again.  A real table: only the page's own
// session may write it.
table 50551 "Customer Rank Cache"
{
    Caption = 'Customer Rank Cache';
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Customer No."; Code[20]) { Caption = 'Customer No.'; TableRelation = Customer; }
        field(2; Rank; Integer) { Caption = 'Rank'; }
        field(3; "Computed At"; Time) { Caption = 'Computed At'; }
    }

    keys
    {
        key(PK; "Customer No.") { Clustered = true; }
    }
}
