// A list's columns are as wide as their widest cell (20 at least), so a
// long value never runs into the next column; widths count characters,
// not bytes (Zoë, Œuvre).
table 50495 "Lc Item"
{
    fields { field(1; "No."; Code[10]) { } field(2; Description; Text[100]) { } field(3; Qty; Integer) { } }
    keys { key(PK; "No.") { } }
}
page 50495 "Lc Items"
{
    PageType = List;
    SourceTable = "Lc Item";
    layout
    {
        area(Content)
        {
            repeater(Lines)
            {
                field("No."; Rec."No.") { }
                field(Description; Rec.Description) { }
                field(Qty; Rec.Qty) { }
            }
        }
    }
}
