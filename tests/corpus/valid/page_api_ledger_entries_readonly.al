page 50138 "CSO API Member Ledger Entries"
{
    APIGroup = 'club';
    APIPublisher = 'contoso';
    APIVersion = 'v2.0';
    Caption = 'memberLedgerEntries', Locked = true;
    DataAccessIntent = ReadOnly;
    DeleteAllowed = false;
    Editable = false;
    EntityCaption = 'Member Ledger Entry';
    EntitySetCaption = 'Member Ledger Entries';
    EntityName = 'memberLedgerEntry';
    EntitySetName = 'memberLedgerEntries';
    InsertAllowed = false;
    ModifyAllowed = false;
    ODataKeyFields = SystemId;
    PageType = API;
    SourceTable = "CSO Member Ledger Entry";
    SourceTableView = sorting("Entry No.") order(descending);

    layout
    {
        area(Content)
        {
            repeater(Records)
            {
                field(id; Rec.SystemId)
                {
                    Caption = 'Id';
                }
                field(entryNumber; Rec."Entry No.")
                {
                    Caption = 'Entry No.';
                }
                field(memberNumber; Rec."Member No.")
                {
                    Caption = 'Member No.';
                }
                field(postingDate; Rec."Posting Date")
                {
                    Caption = 'Posting Date';
                }
                field(entryType; Rec."Entry Type")
                {
                    Caption = 'Entry Type';
                }
                field(documentNumber; Rec."Document No.")
                {
                    Caption = 'Document No.';
                }
                field(description; Rec.Description)
                {
                    Caption = 'Description';
                }
                field(amount; Rec.Amount)
                {
                    Caption = 'Amount';
                }
                field(amountLCY; Rec."Amount (LCY)")
                {
                    Caption = 'Amount (LCY)';
                }
                field(currencyCode; CurrencyCodeTxt)
                {
                    Caption = 'Currency Code';
                }
                field(points; Rec.Points)
                {
                    Caption = 'Points';
                }
                field(open; Rec.Open)
                {
                    Caption = 'Open';
                }
                field(dimensionSetId; Rec."Dimension Set ID")
                {
                    Caption = 'Dimension Set Id';
                }
                field(lastModifiedDateTime; Rec.SystemModifiedAt)
                {
                    Caption = 'Last Modified Date';
                }
            }
        }
    }

    trigger OnOpenPage()
    begin
        GeneralLedgerSetup.Get();
        LcyCode := GeneralLedgerSetup."LCY Code";
    end;

    trigger OnAfterGetRecord()
    begin
        if Rec."Currency Code" = '' then
            CurrencyCodeTxt := LcyCode
        else
            CurrencyCodeTxt := Rec."Currency Code";
    end;

    var
        GeneralLedgerSetup: Record "General Ledger Setup";
        LcyCode: Code[10];
        CurrencyCodeTxt: Text;
}
