table 50104 "CSO Member Ledger Entry"
{
    Caption = 'Member Ledger Entry';
    DataClassification = CustomerContent;
    DrillDownPageId = "CSO Member Ledger Entries";
    LookupPageId = "CSO Member Ledger Entries";
    Permissions = tabledata "CSO Member Ledger Entry" = rimd,
                  tabledata "G/L Entry" = r;

    fields
    {
        field(1; "Entry No."; Integer)
        {
            Caption = 'Entry No.';
            AutoIncrement = false;
        }
        field(2; "Member No."; Code[20])
        {
            Caption = 'Member No.';
            TableRelation = "CSO Club Member";
        }
        field(3; "Posting Date"; Date)
        {
            Caption = 'Posting Date';
        }
        field(4; "Entry Type"; Enum "CSO Member Entry Type")
        {
            Caption = 'Entry Type';
        }
        field(5; "Document No."; Code[20])
        {
            Caption = 'Document No.';
        }
        field(6; Description; Text[100])
        {
            Caption = 'Description';
        }
        field(7; Amount; Decimal)
        {
            Caption = 'Amount';
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
        }
        field(8; "Amount (LCY)"; Decimal)
        {
            Caption = 'Amount (LCY)';
            AutoFormatType = 1;
        }
        field(9; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            TableRelation = Currency;
        }
        field(10; Open; Boolean)
        {
            Caption = 'Open';
            InitValue = true;
        }
        field(11; Points; Integer)
        {
            Caption = 'Points';
            BlankZero = true;
        }
        field(12; "Location Code"; Code[10])
        {
            Caption = 'Location Code';
            TableRelation = Location;
        }
        field(13; "User ID"; Code[50])
        {
            Caption = 'User ID';
            DataClassification = EndUserIdentifiableInformation;
            Editable = false;
        }
        field(14; "Source Code"; Code[10])
        {
            Caption = 'Source Code';
            TableRelation = "Source Code";
        }
        field(15; "Transaction No."; BigInteger)
        {
            Caption = 'Transaction No.';
        }
        field(16; "Reversed"; Boolean)
        {
            Caption = 'Reversed';
        }
        field(17; "Reversed by Entry No."; Integer)
        {
            Caption = 'Reversed by Entry No.';
            BlankZero = true;
            TableRelation = "CSO Member Ledger Entry";
        }
        field(18; "Global Dimension 1 Code"; Code[20])
        {
            CaptionClass = '1,1,1';
            Caption = 'Global Dimension 1 Code';
            TableRelation = "Dimension Value".Code where("Global Dimension No." = const(1));
        }
        field(19; "Dimension Set ID"; Integer)
        {
            Caption = 'Dimension Set ID';
            Editable = false;
            TableRelation = "Dimension Set Entry";

            trigger OnLookup()
            begin
                ShowDimensions();
            end;
        }
        field(20; "Closed at Date"; Date)
        {
            Caption = 'Closed at Date';
        }
        field(21; "Remaining Amount"; Decimal)
        {
            Caption = 'Remaining Amount';
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
        }
    }

    keys
    {
        key(Key1; "Entry No.")
        {
            Clustered = true;
        }
        key(Key2; "Member No.", "Posting Date", "Currency Code")
        {
            SumIndexFields = Amount, "Amount (LCY)", Points;
        }
        key(Key3; "Member No.", Open, "Entry Type", "Posting Date")
        {
            SumIndexFields = "Remaining Amount";
            MaintainSiftIndex = false;
        }
        key(Key4; "Document No.", "Posting Date")
        {
        }
        key(Key5; "Transaction No.")
        {
            Unique = false;
        }
        key(Key6; "Location Code", "Posting Date")
        {
            SumIndexFields = Amount;
            MaintainSqlIndex = false;
        }
    }

    fieldgroups
    {
        fieldgroup(DropDown; "Entry No.", Description, "Member No.", "Posting Date", "Document No.")
        {
        }
    }

    procedure GetLastEntryNo(): Integer
    var
        FindRecordManagement: Codeunit "Find Record Management";
    begin
        exit(FindRecordManagement.GetLastEntryIntFieldValue(Rec, FieldNo("Entry No.")));
    end;

    procedure ShowDimensions()
    var
        DimMgt: Codeunit DimensionManagement;
    begin
        DimMgt.ShowDimensionSet("Dimension Set ID", StrSubstNo('%1 %2', TableCaption(), "Entry No."));
    end;

    procedure CopyFromJournal(JournalLine: Record "CSO Member Journal Line")
    begin
        "Member No." := JournalLine."Member No.";
        "Posting Date" := JournalLine."Posting Date";
        "Entry Type" := JournalLine."Entry Type";
        "Document No." := JournalLine."Document No.";
        Description := JournalLine.Description;
        Amount := JournalLine.Amount;
        "Amount (LCY)" := JournalLine."Amount (LCY)";
        "Remaining Amount" := Amount;
        "Currency Code" := JournalLine."Currency Code";
        "Location Code" := JournalLine."Location Code";
        "Source Code" := JournalLine."Source Code";
        "Dimension Set ID" := JournalLine."Dimension Set ID";
        "User ID" := CopyStr(UserId(), 1, MaxStrLen("User ID"));
        Open := "Entry Type" <> "Entry Type"::Visit;
        OnAfterCopyFromJournal(Rec, JournalLine);
    end;

    procedure SumOpenAmountForMember(MemberNo: Code[20]; AtDate: Date) Total: Decimal
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
    begin
        MemberLedgerEntry.SetCurrentKey("Member No.", Open, "Entry Type", "Posting Date");
        MemberLedgerEntry.SetRange("Member No.", MemberNo);
        MemberLedgerEntry.SetRange(Open, true);
        if AtDate <> 0D then
            MemberLedgerEntry.SetRange("Posting Date", 0D, AtDate);
        MemberLedgerEntry.CalcSums("Remaining Amount");
        Total := MemberLedgerEntry."Remaining Amount";
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterCopyFromJournal(var MemberLedgerEntry: Record "CSO Member Ledger Entry"; JournalLine: Record "CSO Member Journal Line")
    begin
    end;
}
