// DecimalPlaces = min:max decides how a page shows a Decimal: on the
// table field, or on the page's control (which wins); without it the
// value shows as Format gives it.
table 50490 "Dp Price"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Price; Decimal) { DecimalPlaces = 2 : 2; }
        field(3; Rate; Decimal) { DecimalPlaces = 0 : 5; }
        field(4; Plain; Decimal) { }
        field(5; Qty; Decimal) { DecimalPlaces = 0 : 0; }
    }
    keys { key(PK; Code) { } }
}
page 50490 "Dp Price Card"
{
    PageType = Card;
    SourceTable = "Dp Price";
    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field(Price; Rec.Price) { }
            field(Rate; Rec.Rate) { }
            field(Plain; Rec.Plain) { }
            field(Qty; Rec.Qty) { }
            field(PriceFine; Rec.Price) { Caption = 'Price (4 decimals)'; DecimalPlaces = 4 : 4; }
            field(Total; Rec.Price * Rec.Qty) { Caption = 'Total (an expression)'; DecimalPlaces = 2 : 2; }
        }
    }
}
