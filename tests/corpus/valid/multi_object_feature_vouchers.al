namespace Contoso.Club.Vouchers;

using Contoso.Club.Members;
using Contoso.Club.Setup;

table 50107 "CSO Voucher"
{
    Caption = 'Voucher';
    DataClassification = CustomerContent;
    LookupPageId = "CSO Voucher List";
    DrillDownPageId = "CSO Voucher List";

    fields
    {
        field(1; Code; Code[20])
        {
            Caption = 'Code';
            NotBlank = true;
        }
        field(2; "Member No."; Code[20])
        {
            Caption = 'Member No.';
            TableRelation = "CSO Club Member";
        }
        field(3; "Member Name"; Text[100])
        {
            Caption = 'Member Name';
            FieldClass = FlowField;
            CalcFormula = lookup("CSO Club Member".Name where("No." = field("Member No.")));
            Editable = false;
        }
        field(4; Amount; Decimal)
        {
            Caption = 'Amount';
            AutoFormatType = 1;
            MinValue = 0;
        }
        field(5; "Issued On"; Date)
        {
            Caption = 'Issued On';
            Editable = false;
        }
        field(6; "Expires On"; Date)
        {
            Caption = 'Expires On';
        }
        field(7; Redeemed; Boolean)
        {
            Caption = 'Redeemed';
            Editable = false;
        }
        field(8; "Redeemed On"; Date)
        {
            Caption = 'Redeemed On';
            Editable = false;
        }
        field(9; "Redeemed At"; DateTime)
        {
            Caption = 'Redeemed At';
            Editable = false;
        }
        field(10; Expired; Boolean)
        {
            Caption = 'Expired';
        }
        field(11; "Campaign Code"; Code[20])
        {
            Caption = 'Campaign Code';
        }
        field(12; "Valid From Time"; Time)
        {
            Caption = 'Valid From Time';
            InitValue = 0T;
        }
        field(13; "Valid To Time"; Time)
        {
            Caption = 'Valid To Time';
            InitValue = 235959T;
        }
    }

    keys
    {
        key(PK; Code)
        {
            Clustered = true;
        }
        key(Member; "Member No.", Redeemed, Expired)
        {
            SumIndexFields = Amount;
        }
        key(Expiry; "Expires On")
        {
        }
    }

    fieldgroups
    {
        fieldgroup(DropDown; Code, "Member No.", Amount, "Expires On")
        {
        }
    }

    trigger OnInsert()
    begin
        if "Issued On" = 0D then
            "Issued On" := WorkDate();
    end;

    trigger OnModify()
    begin
        if Redeemed and (xRec.Amount <> Amount) then
            Error(CannotChangeRedeemedErr, Code);
    end;

    trigger OnDelete()
    begin
        TestField(Redeemed, false);
    end;

    var
        CannotChangeRedeemedErr: Label 'You cannot change the amount of redeemed voucher %1.', Comment = '%1 = voucher code';

    procedure IsUsable(AtDateTime: DateTime): Boolean
    var
        AtDate: Date;
        AtTime: Time;
    begin
        if Redeemed or Expired then
            exit(false);
        AtDate := DT2Date(AtDateTime);
        AtTime := DT2Time(AtDateTime);
        if ("Expires On" <> 0D) and (AtDate > "Expires On") then
            exit(false);
        exit((AtTime >= "Valid From Time") and ((AtTime <= "Valid To Time") or ("Valid To Time" = 0T)));
    end;

    procedure GetStatusText(): Text
    begin
        case true of
            Redeemed:
                exit('Redeemed');
            Expired, ("Expires On" <> 0D) and ("Expires On" < WorkDate()):
                exit('Expired');
            else
                exit('Open');
        end;
    end;
}

page 50143 "CSO Voucher List"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Vouchers';
    PageType = List;
    SourceTable = "CSO Voucher";
    SourceTableView = sorting("Expires On") order(ascending) where(Redeemed = const(false));
    UsageCategory = Lists;

    layout
    {
        area(Content)
        {
            repeater(Vouchers)
            {
                field(Code; Rec.Code)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the voucher code.';
                }
                field("Member No."; Rec."Member No.")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the member that owns the voucher.';
                }
                field("Member Name"; Rec."Member Name")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the name of the member.';
                }
                field(Amount; Rec.Amount)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the voucher value.';
                }
                field("Expires On"; Rec."Expires On")
                {
                    ApplicationArea = Basic, Suite;
                    StyleExpr = ExpiryStyle;
                    ToolTip = 'Specifies when the voucher expires.';
                }
                field(Status; StatusText)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Status';
                    Editable = false;
                    ToolTip = 'Specifies the status of the voucher.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Issue)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Issue Voucher';
                Image = NewDocument;
                ToolTip = 'Issue a new voucher to a member.';

                trigger OnAction()
                var
                    VoucherMgt: Codeunit "CSO Voucher Management";
                    NewCode: Code[20];
                begin
                    if Rec."Member No." = '' then
                        exit;
                    NewCode := VoucherMgt.IssueVoucher(Rec."Member No.", 25, '<3M>');
                    Rec.Get(NewCode);
                    CurrPage.Update(false);
                end;
            }
            action(ExpireOld)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Expire Old Vouchers';
                Image = Delete;
                ToolTip = 'Mark vouchers that are past their expiry date as expired.';

                trigger OnAction()
                var
                    VoucherMgt: Codeunit "CSO Voucher Management";
                begin
                    Message(ExpiredMsg, VoucherMgt.ExpireOldVouchers(WorkDate()));
                end;
            }
        }
        area(Promoted)
        {
            actionref(Issue_Promoted; Issue)
            {
            }
            actionref(ExpireOld_Promoted; ExpireOld)
            {
            }
        }
    }

    views
    {
        view(ExpiringSoon)
        {
            Caption = 'Expiring Soon';
            Filters = where(Redeemed = const(false), Expired = const(false));
            OrderBy = ascending("Expires On");
        }
        view(LargeVouchers)
        {
            Caption = 'Large Vouchers';
            Filters = where(Amount = filter(>= 100));
            OrderBy = descending(Amount);
        }
    }

    trigger OnAfterGetRecord()
    begin
        StatusText := Rec.GetStatusText();
        if (Rec."Expires On" <> 0D) and (Rec."Expires On" - WorkDate() <= 7) then
            ExpiryStyle := 'Attention'
        else
            ExpiryStyle := 'Standard';
    end;

    var
        StatusText: Text;
        ExpiryStyle: Text;
        ExpiredMsg: Label '%1 vouchers were marked as expired.', Comment = '%1 = count';
}

codeunit 50220 "CSO Voucher Events"
{
    Access = Internal;

    [EventSubscriber(ObjectType::Table, Database::"CSO Club Member", OnBeforeDeleteEvent, '', false, false)]
    local procedure BlockDeleteWithOpenVouchers(var Rec: Record "CSO Club Member"; RunTrigger: Boolean)
    var
        Voucher: Record "CSO Voucher";
    begin
        if Rec.IsTemporary() then
            exit;
        Voucher.SetRange("Member No.", Rec."No.");
        Voucher.SetRange(Redeemed, false);
        Voucher.SetRange(Expired, false);
        if not Voucher.IsEmpty() then
            Error(OpenVouchersErr, Rec."No.");
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"CSO Member Jnl.-Post Line", 'OnAfterPostJournalLine', '', false, false)]
    local procedure IssueVoucherForMilestone(var MemberJournalLine: Record "CSO Member Journal Line"; var MemberLedgerEntry: Record "CSO Member Ledger Entry")
    var
        VoucherMgt: Codeunit "CSO Voucher Management";
        PointsBefore: Integer;
        PointsAfter: Integer;
    begin
        if MemberLedgerEntry.Points <= 0 then
            exit;
        PointsAfter := GetPoints(MemberLedgerEntry."Member No.");
        PointsBefore := PointsAfter - MemberLedgerEntry.Points;
        if (PointsBefore div 1000) < (PointsAfter div 1000) then
            VoucherMgt.IssueVoucher(MemberLedgerEntry."Member No.", 10, '<6M>');
    end;

    local procedure GetPoints(MemberNo: Code[20]): Integer
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
    begin
        MemberLedgerEntry.SetRange("Member No.", MemberNo);
        MemberLedgerEntry.CalcSums(Points);
        exit(MemberLedgerEntry.Points);
    end;

    var
        OpenVouchersErr: Label 'Member %1 still has open vouchers.', Comment = '%1 = member number';
}
