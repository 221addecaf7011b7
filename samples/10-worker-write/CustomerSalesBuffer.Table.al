// A scratch table for ranking customers by sales: it only ever holds
// temporary records (TableType = Temporary), which a background task may
// write, since they never reach the database.
table 50550 "Customer Sales Buffer"
{
    Caption = 'Customer Sales Buffer';
    TableType = Temporary;

    fields
    {
        field(1; "Customer No."; Code[20]) { Caption = 'Customer No.'; }
        field(2; Sales; Decimal) { Caption = 'Sales'; }
    }

    keys
    {
        key(PK; "Customer No.") { Clustered = true; }
        key(BySales; Sales) { }
    }
}
