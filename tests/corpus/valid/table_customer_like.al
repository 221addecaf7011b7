namespace Contoso.Club.Members;

using Microsoft.Foundation.Address;
using Microsoft.Foundation.NoSeries;
using Microsoft.Finance.Currency;
using Microsoft.CRM.Team;
using System.Email;

table 50100 "CSO Club Member"
{
    Caption = 'Club Member';
    DataClassification = CustomerContent;
    DataCaptionFields = "No.", Name;
    DrillDownPageId = "CSO Club Member List";
    LookupPageId = "CSO Club Member List";
    Permissions = tabledata "CSO Member Ledger Entry" = r;

    fields
    {
        field(1; "No."; Code[20])
        {
            Caption = 'No.';
            NotBlank = true;
            OptimizeForTextSearch = true;

            trigger OnValidate()
            begin
                if "No." <> xRec."No." then begin
                    ClubSetup.Get();
                    NoSeries.TestManual(ClubSetup."Member Nos.");
                    "No. Series" := '';
                end;
            end;
        }
        field(2; Name; Text[100])
        {
            Caption = 'Name', Comment = 'Full name of the club member';

            trigger OnValidate()
            begin
                if ("Search Name" = UpperCase(xRec.Name)) or ("Search Name" = '') then
                    "Search Name" := CopyStr(Name, 1, MaxStrLen("Search Name"));
            end;
        }
        field(3; "Search Name"; Code[100])
        {
            Caption = 'Search Name';
        }
        field(4; "Name 2"; Text[50])
        {
            Caption = 'Name 2';
        }
        field(5; Address; Text[100])
        {
            Caption = 'Address';
        }
        field(6; "Post Code"; Code[20])
        {
            Caption = 'Post Code';
            TableRelation = if ("Country/Region Code" = const('')) "Post Code"
            else
            if ("Country/Region Code" = filter(<> '')) "Post Code" where("Country/Region Code" = field("Country/Region Code"));
            ValidateTableRelation = false;

            trigger OnLookup()
            begin
                PostCode.LookupPostCode(City, "Post Code", County, "Country/Region Code");
            end;

            trigger OnValidate()
            begin
                PostCode.ValidatePostCode(City, "Post Code", County, "Country/Region Code", (CurrFieldNo <> 0) and GuiAllowed);
            end;
        }
        field(7; City; Text[30])
        {
            Caption = 'City';
            TableRelation = if ("Country/Region Code" = const('')) "Post Code".City
            else
            if ("Country/Region Code" = filter(<> '')) "Post Code".City where("Country/Region Code" = field("Country/Region Code"));
            ValidateTableRelation = false;
        }
        field(8; County; Text[30])
        {
            CaptionClass = '5,1,' + "Country/Region Code";
            Caption = 'County';
        }
        field(9; "Country/Region Code"; Code[10])
        {
            Caption = 'Country/Region Code';
            TableRelation = "Country/Region";
        }
        field(10; "Phone No."; Text[30])
        {
            Caption = 'Phone No.';
            ExtendedDatatype = PhoneNo;
        }
        field(11; "E-Mail"; Text[80])
        {
            Caption = 'Email';
            ExtendedDatatype = EMail;

            trigger OnValidate()
            var
                MailManagement: Codeunit "Mail Management";
            begin
                if "E-Mail" = '' then
                    exit;
                MailManagement.CheckValidEmailAddresses("E-Mail");
            end;
        }
        field(12; "Member Type"; Option)
        {
            Caption = 'Member Type';
            OptionMembers = " ",Individual,Family,"Corporate Account";
            OptionCaption = ' ,Individual,Family,Corporate Account';
        }
        field(13; "Membership Level"; Enum "CSO Membership Level")
        {
            Caption = 'Membership Level';
            InitValue = Bronze;
        }
        field(14; "Currency Code"; Code[10])
        {
            Caption = 'Currency Code';
            TableRelation = Currency;
        }
        field(15; "Credit Limit"; Decimal)
        {
            Caption = 'Credit Limit';
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
            BlankZero = true;
            MinValue = 0;
        }
        field(16; "Discount %"; Decimal)
        {
            Caption = 'Discount %';
            DecimalPlaces = 0 : 5;
            MinValue = 0;
            MaxValue = 100;
        }
        field(17; Blocked; Boolean)
        {
            Caption = 'Blocked';
        }
        field(18; "Salesperson Code"; Code[20])
        {
            Caption = 'Salesperson Code';
            TableRelation = "Salesperson/Purchaser" where(Blocked = const(false));
        }
        field(19; "Salesperson Name"; Text[50])
        {
            Caption = 'Salesperson Name';
            FieldClass = FlowField;
            CalcFormula = lookup("Salesperson/Purchaser".Name where(Code = field("Salesperson Code")));
            Editable = false;
        }
        field(20; "Date Filter"; Date)
        {
            Caption = 'Date Filter';
            FieldClass = FlowFilter;
        }
        field(21; "Location Filter"; Code[10])
        {
            Caption = 'Location Filter';
            FieldClass = FlowFilter;
            TableRelation = Location;
        }
        field(22; Balance; Decimal)
        {
            Caption = 'Balance';
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
            FieldClass = FlowField;
            CalcFormula = sum("CSO Member Ledger Entry".Amount where("Member No." = field("No.")));
            Editable = false;
        }
        field(23; "Balance at Date"; Decimal)
        {
            Caption = 'Balance at Date';
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
            FieldClass = FlowField;
            CalcFormula = sum("CSO Member Ledger Entry".Amount where("Member No." = field("No."),
                                                                      "Posting Date" = field(upperlimit("Date Filter"))));
            Editable = false;
        }
        field(24; "Net Change"; Decimal)
        {
            Caption = 'Net Change';
            AutoFormatType = 1;
            AutoFormatExpression = "Currency Code";
            FieldClass = FlowField;
            CalcFormula = sum("CSO Member Ledger Entry".Amount where("Member No." = field("No."),
                                                                      "Posting Date" = field("Date Filter"),
                                                                      "Location Code" = field("Location Filter")));
            Editable = false;
        }
        field(25; "No. of Visits"; Integer)
        {
            Caption = 'No. of Visits';
            FieldClass = FlowField;
            CalcFormula = count("CSO Member Ledger Entry" where("Member No." = field("No."),
                                                                 "Entry Type" = const(Visit),
                                                                 "Posting Date" = field(filter("Date Filter"))));
            Editable = false;
            BlankZero = true;
        }
        field(26; "Has Open Entries"; Boolean)
        {
            Caption = 'Has Open Entries';
            FieldClass = FlowField;
            CalcFormula = exist("CSO Member Ledger Entry" where("Member No." = field("No."), Open = const(true)));
            Editable = false;
        }
        field(27; "Last Visit Date"; Date)
        {
            Caption = 'Last Visit Date';
            FieldClass = FlowField;
            CalcFormula = max("CSO Member Ledger Entry"."Posting Date" where("Member No." = field("No."), "Entry Type" = const(Visit)));
            Editable = false;
        }
        field(28; "First Visit Date"; Date)
        {
            Caption = 'First Visit Date';
            FieldClass = FlowField;
            CalcFormula = min("CSO Member Ledger Entry"."Posting Date" where("Member No." = field("No."), "Entry Type" = const(Visit)));
            Editable = false;
        }
        field(29; "Average Spend"; Decimal)
        {
            Caption = 'Average Spend';
            AutoFormatType = 1;
            FieldClass = FlowField;
            CalcFormula = average("CSO Member Ledger Entry".Amount where("Member No." = field("No."),
                                                                          "Entry Type" = filter(Purchase | Fee)));
            Editable = false;
        }
        field(30; Picture; MediaSet)
        {
            Caption = 'Picture';
        }
        field(31; "No. Series"; Code[20])
        {
            Caption = 'No. Series';
            Editable = false;
            TableRelation = "No. Series";
        }
        field(32; "Last Date Modified"; Date)
        {
            Caption = 'Last Date Modified';
            Editable = false;
        }
        field(33; "Member Since"; Date)
        {
            Caption = 'Member Since';
        }
        field(34; "Renewal Formula"; DateFormula)
        {
            Caption = 'Renewal Formula';
        }
    }

    keys
    {
        key(Key1; "No.")
        {
            Clustered = true;
        }
        key(Key2; "Search Name")
        {
        }
        key(Key3; "Member Type", "Membership Level")
        {
        }
        key(Key4; "Salesperson Code", Blocked)
        {
        }
    }

    fieldgroups
    {
        fieldgroup(DropDown; "No.", Name, City, "Membership Level")
        {
        }
        fieldgroup(Brick; "No.", Name, "Membership Level", Balance, Picture)
        {
        }
    }

    trigger OnInsert()
    begin
        if "No." = '' then begin
            ClubSetup.Get();
            ClubSetup.TestField("Member Nos.");
            "No. Series" := ClubSetup."Member Nos.";
            "No." := NoSeries.GetNextNo("No. Series", WorkDate());
        end;

        if "Member Since" = 0D then
            "Member Since" := WorkDate();
        "Last Date Modified" := Today();
        OnAfterInsertMember(Rec);
    end;

    trigger OnModify()
    begin
        "Last Date Modified" := Today;
    end;

    trigger OnDelete()
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
    begin
        MemberLedgerEntry.SetRange("Member No.", "No.");
        MemberLedgerEntry.SetRange(Open, true);
        if not MemberLedgerEntry.IsEmpty() then
            Error(OpenEntriesExistErr, TableCaption(), "No.");
    end;

    trigger OnRename()
    begin
        "Last Date Modified" := Today;
    end;

    var
        ClubSetup: Record "CSO Club Setup";
        PostCode: Record "Post Code";
        NoSeries: Codeunit "No. Series";
        OpenEntriesExistErr: Label 'You cannot delete %1 %2 because there are open ledger entries.', Comment = '%1 = table caption, %2 = member number';

    protected var
        SkipNotifications: Boolean;

    /// <summary>
    /// Lets the user choose a number series for a new member.
    /// </summary>
    /// <param name="OldMember">The member record before the change.</param>
    /// <returns>True if a number was assigned.</returns>
    procedure AssistEdit(OldMember: Record "CSO Club Member"): Boolean
    var
        Member: Record "CSO Club Member";
    begin
        Member := Rec;
        ClubSetup.Get();
        ClubSetup.TestField("Member Nos.");
        if NoSeries.LookupRelatedNoSeries(ClubSetup."Member Nos.", OldMember."No. Series", Member."No. Series") then begin
            Member."No." := NoSeries.GetNextNo(Member."No. Series");
            Rec := Member;
            exit(true);
        end;
    end;

    procedure GetDisplayName() DisplayName: Text[150]
    begin
        DisplayName := Name;
        if "Name 2" <> '' then
            DisplayName := CopyStr(Name + ' ' + "Name 2", 1, MaxStrLen(DisplayName));
    end;

    procedure IsVip(): Boolean
    begin
        exit("Membership Level" in ["Membership Level"::Gold, "Membership Level"::Platinum]);
    end;

    protected procedure SetSkipNotifications(NewSkip: Boolean)
    begin
        SkipNotifications := NewSkip;
    end;

    internal procedure CheckBlocked()
    begin
        if Blocked then
            Error(ErrorInfo.Create(StrSubstNo('Member %1 is blocked.', "No."), true, Rec, FieldNo(Blocked)));
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterInsertMember(var ClubMember: Record "CSO Club Member")
    begin
    end;
}
