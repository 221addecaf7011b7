// Stands in for the vendor's catalogue service: today's price of each item.
table 50401 "Vendor Catalog Price"
{
    Caption = 'Vendor Catalog Price';
    DataClassification = SystemMetadata;

    fields
    {
        field(1; "Item No."; Code[20]) { Caption = 'Item No.'; TableRelation = "Price Watch Item"; }
        field(2; Price; Decimal) { Caption = 'Price'; }
    }

    keys
    {
        key(PK; "Item No.") { Clustered = true; }
    }
}
