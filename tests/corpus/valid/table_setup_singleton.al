namespace Contoso.Club.Setup;

using Microsoft.Foundation.NoSeries;
using Microsoft.Finance.GeneralLedger.Account;
using System.Security.AccessControl;

table 50103 "CSO Club Setup"
{
    Caption = 'Club Setup';
    DataClassification = CustomerContent;
    DrillDownPageId = "CSO Club Setup";
    LookupPageId = "CSO Club Setup";
    InherentEntitlements = RX;
    InherentPermissions = RX;

    fields
    {
        field(1; "Primary Key"; Code[10])
        {
            Caption = 'Primary Key', Locked = true;
            DataClassification = SystemMetadata;
        }
        field(2; "Member Nos."; Code[20])
        {
            Caption = 'Member Nos.';
            TableRelation = "No. Series";
        }
        field(3; "Voucher Nos."; Code[20])
        {
            Caption = 'Voucher Nos.';
            TableRelation = "No. Series";
        }
        field(4; "Fee Account No."; Code[20])
        {
            Caption = 'Fee Account No.';
            TableRelation = "G/L Account" where("Account Type" = const(Posting),
                                                Blocked = const(false),
                                                "Income/Balance" = const("Income Statement"));
        }
        field(5; "Points per Currency Unit"; Decimal)
        {
            Caption = 'Points per Currency Unit';
            DecimalPlaces = 0 : 2;
            InitValue = 1;
            MinValue = 0;
        }
        field(6; "Enable Loyalty"; Boolean)
        {
            Caption = 'Enable Loyalty';
            InitValue = true;
        }
        field(7; "Default Renewal Period"; DateFormula)
        {
            Caption = 'Default Renewal Period';
        }
        field(8; "Max. Guests per Visit"; Integer)
        {
            Caption = 'Max. Guests per Visit';
            InitValue = 2;
            MinValue = 0;
            MaxValue = 10;
        }
        field(9; "Reminder Time"; Time)
        {
            Caption = 'Reminder Time';
            InitValue = 090000T;
        }
        field(10; "Last Sync At"; DateTime)
        {
            Caption = 'Last Sync At';
            Editable = false;
        }
#if not CLEAN24
        field(11; "Legacy Discount Code"; Code[10])
        {
            Caption = 'Legacy Discount Code';
            ObsoleteReason = 'Discounts are now configured per membership level.';
            ObsoleteState = Pending;
            ObsoleteTag = '24.0';
        }
#endif
        field(12; "Service Base URL"; Text[250])
        {
            Caption = 'Service Base URL';
            ExtendedDatatype = URL;
        }
        field(13; "API Key Storage Id"; Guid)
        {
            Caption = 'API Key Storage Id';
            DataClassification = SystemMetadata;
        }
        field(14; "Welcome Message"; Text[2048])
        {
            Caption = 'Welcome Message';
        }
        field(15; "Approval Required Above"; Decimal)
        {
            Caption = 'Approval Required Above';
            AutoFormatType = 1;
            BlankZero = true;
        }
        field(16; "Logo"; Blob)
        {
            Caption = 'Logo';
            Subtype = Bitmap;
        }
        field(17; "Notification Email"; Text[80])
        {
            Caption = 'Notification Email';
            ExtendedDatatype = EMail;
        }
        field(18; "Retention Period"; Duration)
        {
            Caption = 'Retention Period';
        }
        field(19; "Old Points Calculation"; Option)
        {
            Caption = 'Old Points Calculation';
            OptionMembers = "Per Document","Per Line";
            OptionCaption = 'Per Document,Per Line';
#if CLEAN24
            ObsoleteState = Removed;
            ObsoleteTag = '27.0';
#else
            ObsoleteState = Pending;
            ObsoleteTag = '24.0';
#endif
            ObsoleteReason = 'Points are always calculated per line.';
        }
    }

    keys
    {
        key(PK; "Primary Key")
        {
            Clustered = true;
        }
    }

    var
        RecordHasBeenRead: Boolean;
        ApiKeyNotSetErr: Label 'The API key has not been set up. Open the %1 page to set it.', Comment = '%1 = page caption';
        ApiKeyIsolatedKeyTok: Label 'CSO-API-KEY', Locked = true;

    procedure GetRecordOnce()
    begin
        if RecordHasBeenRead then
            exit;
        Get();
        RecordHasBeenRead := true;
    end;

    procedure InsertIfNotExists()
    begin
        Reset();
        if not Get() then begin
            Init();
            "Primary Key" := '';
            Insert(true);
        end;
    end;

    [NonDebuggable]
    [Scope('OnPrem')]
    procedure SetApiKey(NewApiKey: SecretText)
    begin
        if IsNullGuid("API Key Storage Id") then
            "API Key Storage Id" := CreateGuid();
        IsolatedStorage.Set(ApiKeyIsolatedKeyTok + Format("API Key Storage Id"), NewApiKey, DataScope::Company);
        Modify();
    end;

    [NonDebuggable]
    internal procedure GetApiKey() ApiKey: SecretText
    begin
        if IsNullGuid("API Key Storage Id") then
            Error(ApiKeyNotSetErr, Page::"CSO Club Setup");
        if not IsolatedStorage.Get(ApiKeyIsolatedKeyTok + Format("API Key Storage Id"), DataScope::Company, ApiKey) then
            Error(ApiKeyNotSetErr, Page::"CSO Club Setup");
    end;

    procedure GetWelcomeMessage(MemberName: Text): Text
    var
        DefaultWelcomeTxt: Label 'Welcome to the club, %1! It''s great to have you.', Comment = '%1 = member name';
    begin
        GetRecordOnce();
        if "Welcome Message" = '' then
            exit(StrSubstNo(DefaultWelcomeTxt, MemberName));
        exit(StrSubstNo("Welcome Message", MemberName));
    end;

    procedure CalcRenewalDate(FromDate: Date): Date
    var
        DefaultPeriod: DateFormula;
    begin
        GetRecordOnce();
        if FromDate = 0D then
            FromDate := WorkDate();
        if Format("Default Renewal Period") = '' then begin
            Evaluate(DefaultPeriod, '<1Y>');
            exit(CalcDate(DefaultPeriod, FromDate));
        end;
        exit(CalcDate("Default Renewal Period", FromDate));
    end;
}
