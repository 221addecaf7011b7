namespace Contoso.Club.Loyalty;

using Microsoft.Sales.Customer;
using Contoso.Club.Members;

#pragma implicitwith disable
pageextension 50180 "CSO Customer Card Ext." extends "Customer Card"
{
    layout
    {
        addafter(Name)
        {
            field("CSO Club Member No."; Rec."CSO Club Member No.")
            {
                ApplicationArea = Basic, Suite;
                Importance = Promoted;
                ToolTip = 'Specifies the club member linked to this customer.';

                trigger OnValidate()
                begin
                    CurrPage.Update(true);
                end;
            }
        }
        addlast(General)
        {
            field("CSO Loyalty Tier"; Rec."CSO Loyalty Tier")
            {
                ApplicationArea = Basic, Suite;
                StyleExpr = TierStyle;
                ToolTip = 'Specifies the loyalty tier of the linked member.';
            }
            field("CSO Anniversary Date"; Rec."CSO Anniversary Date")
            {
                ApplicationArea = Basic, Suite;
                Importance = Additional;
                ToolTip = 'Specifies the date the customer joined the loyalty program.';
            }
        }
        addbefore("Credit Limit (LCY)")
        {
            field("CSO Points Balance"; Rec."CSO Points Balance")
            {
                ApplicationArea = Basic, Suite;
                ToolTip = 'Specifies the number of loyalty points available.';
                Visible = LoyaltyEnabled;

                trigger OnDrillDown()
                var
                    MemberLedgerEntry: Record "CSO Member Ledger Entry";
                begin
                    MemberLedgerEntry.SetRange("Member No.", Rec."CSO Club Member No.");
                    MemberLedgerEntry.SetFilter(Points, '<>0');
                    Page.Run(0, MemberLedgerEntry);
                end;
            }
        }
        addafter("Address & Contact")
        {
            group(CSOMarketing)
            {
                Caption = 'Marketing Preferences';

                field("CSO Preferred Contact"; Rec."CSO Preferred Contact")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies how the customer prefers to be contacted.';
                }
                field("CSO Opt Out Marketing"; Rec."CSO Opt Out Marketing")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies that the customer does not want marketing material.';
                }
            }
        }
        addfirst(FactBoxes)
        {
            part(CSOMemberStats; "CSO Member Statistics FactBox")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = "No." = field("CSO Club Member No.");
                Visible = Rec."CSO Club Member No." <> '';
            }
        }
        modify("Credit Limit (LCY)")
        {
            StyleExpr = CreditLimitStyle;
        }
        modify("Name 2")
        {
            Visible = true;
            Importance = Additional;
        }
        moveafter("Phone No."; "E-Mail")
        movefirst(General; "No.", Name)
        movelast(General; Blocked)
        movebefore("Post Code"; City)
    }

    actions
    {
        addlast(navigation)
        {
            group(CSOClub)
            {
                Caption = 'Club';
                Image = Customer;

                action(CSOOpenMember)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Club Member';
                    Enabled = Rec."CSO Club Member No." <> '';
                    Image = Card;
                    RunObject = page "CSO Club Member Card";
                    RunPageLink = "No." = field("CSO Club Member No.");
                    ToolTip = 'Open the linked club member.';
                }
                action(CSOPointsHistory)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Points History';
                    Image = History;
                    RunObject = page "CSO Member Ledger Entries";
                    RunPageLink = "Member No." = field("CSO Club Member No.");
                    RunPageView = sorting("Member No.", "Posting Date") where(Points = filter(<> 0));
                    ToolTip = 'View how the loyalty points were earned and redeemed.';
                }
            }
        }
        addafter("Sent Emails")
        {
            action(CSOCreateMember)
            {
                ApplicationArea = Basic, Suite;
                AccessByPermission = TableData "CSO Club Member" = I;
                Caption = 'Create Club Member';
                Image = NewCustomer;
                ToolTip = 'Create a club member from this customer.';
                Visible = Rec."CSO Club Member No." = '';

                trigger OnAction()
                var
                    MemberFromCustomer: Codeunit "CSO Member From Customer";
                begin
                    MemberFromCustomer.CreateMember(Rec);
                    CurrPage.Update(false);
                end;
            }
        }
        modify(Statistics)
        {
            Promoted = true;
        }
        addlast(Category_Process)
        {
            actionref(CSOCreateMember_Promoted; CSOCreateMember)
            {
            }
        }
        addfirst(Category_Category9)
        {
            actionref(CSOOpenMember_Promoted; CSOOpenMember)
            {
            }
        }
    }

    trigger OnOpenPage()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        if ClubSetup.Get() then
            LoyaltyEnabled := ClubSetup."Enable Loyalty";
    end;

    trigger OnAfterGetCurrRecord()
    begin
        SetStyles();
    end;

    var
        TierStyle: Text;
        CreditLimitStyle: Text;
        LoyaltyEnabled: Boolean;

    local procedure SetStyles()
    begin
        TierStyle := 'Standard';
        if Rec.CSOHasLoyaltyBenefits() then
            TierStyle := 'Favorable';

        Rec.CalcFields("Balance (LCY)");
        if (Rec."Credit Limit (LCY)" <> 0) and (Rec."Balance (LCY)" > Rec."Credit Limit (LCY)") then
            CreditLimitStyle := 'Unfavorable'
        else
            CreditLimitStyle := 'None';
    end;
}
#pragma implicitwith restore
