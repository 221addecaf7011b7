namespace Contoso.Club.Loyalty;

using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Contoso.Club.Members;

tableextension 50120 "CSO Customer Loyalty" extends Customer
{
    fields
    {
        field(50100; "CSO Club Member No."; Code[20])
        {
            Caption = 'Club Member No.';
            DataClassification = CustomerContent;
            TableRelation = "CSO Club Member"."No." where(Blocked = const(false));

            trigger OnValidate()
            var
                ClubMember: Record "CSO Club Member";
            begin
                if "CSO Club Member No." = '' then begin
                    "CSO Loyalty Tier" := "CSO Loyalty Tier"::None;
                    exit;
                end;
                ClubMember.Get("CSO Club Member No.");
                ClubMember.CheckBlocked();
                "CSO Loyalty Tier" := ClubMember."Membership Level";
            end;
        }
        field(50101; "CSO Loyalty Tier"; Enum "CSO Membership Level")
        {
            Caption = 'Loyalty Tier';
            DataClassification = CustomerContent;
            Editable = false;
        }
        field(50102; "CSO Points Balance"; Integer)
        {
            Caption = 'Points Balance';
            FieldClass = FlowField;
            CalcFormula = sum("CSO Member Ledger Entry".Points where("Member No." = field("CSO Club Member No."),
                                                                      "Posting Date" = field(upperlimit("Date Filter"))));
            Editable = false;
            BlankZero = true;
        }
        field(50103; "CSO Opt Out Marketing"; Boolean)
        {
            Caption = 'Opt Out of Marketing';
            DataClassification = CustomerContent;
        }
        field(50104; "CSO Preferred Contact"; Option)
        {
            Caption = 'Preferred Contact Method';
            DataClassification = CustomerContent;
            OptionMembers = " ",Email,Phone,"Text Message",Post;
            OptionCaption = ' ,Email,Phone,Text Message,Post';
        }
        field(50105; "CSO Open Service Orders"; Integer)
        {
            Caption = 'Open Service Orders';
            FieldClass = FlowField;
            CalcFormula = count("CSO Service Order Header" where("Customer No." = field("No."),
                                                                  Status = filter(Open | Released)));
            Editable = false;
        }
        field(50106; "CSO Anniversary Date"; Date)
        {
            Caption = 'Anniversary Date';
            DataClassification = CustomerContent;
            AccessByPermission = TableData "CSO Club Member" = R;
        }
        modify("Credit Limit (LCY)")
        {
            trigger OnAfterValidate()
            begin
                if ("CSO Loyalty Tier" = "CSO Loyalty Tier"::Platinum) and ("Credit Limit (LCY)" < 10000) then
                    Message(PlatinumLimitMsg, "No.");
            end;
        }
        modify("E-Mail")
        {
            trigger OnBeforeValidate()
            begin
                if "CSO Opt Out Marketing" and ("E-Mail" = '') then
                    "CSO Preferred Contact" := "CSO Preferred Contact"::" ";
            end;
        }
    }

    keys
    {
        key(CSOClubMember; "CSO Club Member No.")
        {
        }
    }

    fieldgroups
    {
        addlast(DropDown; "CSO Loyalty Tier")
        {
        }
    }

    trigger OnAfterInsert()
    begin
        if "CSO Anniversary Date" = 0D then
            "CSO Anniversary Date" := Today();
    end;

    trigger OnBeforeDelete()
    begin
        CalcFields("CSO Open Service Orders");
        if "CSO Open Service Orders" > 0 then
            Error(OpenOrdersErr, "No.", "CSO Open Service Orders");
    end;

    var
        PlatinumLimitMsg: Label 'Customer %1 is a platinum member. Consider a higher credit limit.', Comment = '%1 = customer number';
        OpenOrdersErr: Label 'Customer %1 still has %2 open service orders.', Comment = '%1 = customer number, %2 = number of orders';

    procedure CSOHasLoyaltyBenefits(): Boolean
    begin
        exit(("CSO Club Member No." <> '') and not ("CSO Loyalty Tier" in ["CSO Loyalty Tier"::None, "CSO Loyalty Tier"::Bronze]));
    end;

    procedure CSOGetPointsAtDate(AtDate: Date) Points: Integer
    begin
        SetRange("Date Filter", 0D, AtDate);
        CalcFields("CSO Points Balance");
        Points := "CSO Points Balance";
        SetRange("Date Filter");
    end;

    procedure CSOApplyTierDiscount(var SalesHeader: Record "Sales Header")
    var
        SalesLine: Record "Sales Line";
        DiscountPct: Decimal;
    begin
        case "CSO Loyalty Tier" of
            "CSO Loyalty Tier"::Silver:
                DiscountPct := 2.5;
            "CSO Loyalty Tier"::Gold:
                DiscountPct := 5;
            "CSO Loyalty Tier"::Platinum:
                DiscountPct := 7.5;
            else
                exit;
        end;

        SalesLine.SetRange("Document Type", SalesHeader."Document Type");
        SalesLine.SetRange("Document No.", SalesHeader."No.");
        SalesLine.SetRange(Type, SalesLine.Type::Item);
        SalesLine.SetFilter(Quantity, '<>0');
        if SalesLine.FindSet(true) then
            repeat
                if SalesLine."Line Discount %" < DiscountPct then begin
                    SalesLine.Validate("Line Discount %", DiscountPct);
                    SalesLine.Modify(true);
                end;
            until SalesLine.Next() = 0;
    end;
}
