// A customer card with two parts linked to the customer (SubPageLink): the
// Sales Figures part, whose figures come from background tasks, and the
// Ledger Entries part, which has none.
page 50500 "Customer Overview"
{
    Caption = 'Customer Overview';
    PageType = Card;
    SourceTable = Customer;
    Editable = false;

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("No."; Rec."No.") { ApplicationArea = All; }
                field(Name; Rec.Name) { ApplicationArea = All; }
                field(City; Rec.City) { ApplicationArea = All; }
            }
            part(SalesFigures; "Customer Sales Cues")
            {
                ApplicationArea = All;
                SubPageLink = "No." = field("No.");
            }
            part(LedgerEntries; "Customer Ledger Lines")
            {
                ApplicationArea = All;
                SubPageLink = "Customer No." = field("No.");
            }
        }
    }
}
