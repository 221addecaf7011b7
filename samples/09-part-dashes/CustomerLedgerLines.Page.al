// A ListPart with a customer's ledger entries.  It runs no background task,
// so it shows its rows at once: the article's advice is to keep data that
// needs no task in a part of its own.
page 50502 "Customer Ledger Lines"
{
    Caption = 'Ledger Entries';
    PageType = ListPart;
    SourceTable = "Cust. Ledger Entry";
    Editable = false;

    layout
    {
        area(Content)
        {
            repeater(Entries)
            {
                field("Posting Date"; Rec."Posting Date") { ApplicationArea = All; }
                field("Document Type"; Rec."Document Type") { ApplicationArea = All; }
                field("Document No."; Rec."Document No.") { ApplicationArea = All; }
            }
        }
    }
}
