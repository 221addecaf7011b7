namespace Contoso.Club.Loyalty;

using Microsoft.Sales.History;
using Microsoft.Sales.Customer;
using Microsoft.Inventory.Item;

reportextension 50290 "CSO Sales Invoice Loyalty" extends "Standard Sales - Invoice"
{
    dataset
    {
        add(Header)
        {
            column(CSO_MemberNo; CSOMemberNo)
            {
            }
            column(CSO_LoyaltyTier; CSOLoyaltyTierText)
            {
            }
            column(CSO_PointsEarned; CSOPointsEarned)
            {
            }
            column(CSO_PointsBalance; CSOPointsBalance)
            {
            }
            column(CSO_ShowLoyaltyBlock; CSOShowLoyalty)
            {
            }
        }
        add(Line)
        {
            column(CSO_EcoCertification; CSOEcoCertText)
            {
            }
            column(CSO_LineFootprint; CSOLineFootprint)
            {
                DecimalPlaces = 0 : 2;
            }
        }
        addafter(Line)
        {
            dataitem(CSOVoucherOffer; "CSO Voucher")
            {
                DataItemLink = "Member No." = field("Sell-to Customer No.");
                DataItemLinkReference = Header;
                DataItemTableView = sorting(Code) where(Redeemed = const(false), Expired = const(false));
                MaxIteration = 3;

                column(CSO_VoucherCode; Code)
                {
                }
                column(CSO_VoucherAmount; Amount)
                {
                    AutoFormatType = 1;
                }
                column(CSO_VoucherExpires; Format("Expires On", 0, '<Day,2>.<Month,2>.<Year4>'))
                {
                }

                trigger OnPreDataItem()
                begin
                    if not CSOShowLoyalty then
                        CurrReport.Break();
                    SetRange("Member No.", CSOMemberNo);
                end;
            }
        }
        modify(Header)
        {
            trigger OnAfterAfterGetRecord()
            var
                Customer: Record Customer;
            begin
                Clear(CSOMemberNo);
                Clear(CSOPointsEarned);
                Clear(CSOPointsBalance);
                CSOShowLoyalty := false;

                if not Customer.Get(Header."Sell-to Customer No.") then
                    exit;
                if Customer."CSO Club Member No." = '' then
                    exit;

                CSOMemberNo := Customer."CSO Club Member No.";
                CSOLoyaltyTierText := Format(Customer."CSO Loyalty Tier");
                CSOPointsBalance := Customer.CSOGetPointsAtDate(Header."Posting Date");
                CSOPointsEarned := CalcPointsForInvoice(Header."No.");
                CSOShowLoyalty := CSOPrintLoyalty;
            end;
        }
        modify(Line)
        {
            trigger OnBeforeAfterGetRecord()
            var
                Item: Record Item;
            begin
                Clear(CSOEcoCertText);
                Clear(CSOLineFootprint);
                if Line.Type <> Line.Type::Item then
                    exit;
                if not Item.Get(Line."No.") then
                    exit;
                if Item."CSO Certification" <> Item."CSO Certification"::None then
                    CSOEcoCertText := Format(Item."CSO Certification");
                CSOLineFootprint := Item.CSOCalcFootprint(Line.Quantity);
            end;
        }
    }

    requestpage
    {
        layout
        {
            addlast(Options)
            {
                field(CSOPrintLoyaltyField; CSOPrintLoyalty)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Print Loyalty Information';
                    ToolTip = 'Specifies whether loyalty points and vouchers are printed on the invoice.';
                }
            }
        }

        trigger OnOpenPage()
        begin
            CSOPrintLoyalty := true;
        end;
    }

    rendering
    {
        layout(CSOLoyaltyInvoiceWord)
        {
            Type = Word;
            LayoutFile = './src/ReportExtensions/Layouts/LoyaltyInvoice.docx';
            Caption = 'Invoice with Loyalty (Word)';
            Summary = 'The standard invoice with a loyalty points block and voucher offers.';
        }
        layout(CSOLoyaltyInvoiceRDLC)
        {
            Type = RDLC;
            LayoutFile = './src/ReportExtensions/Layouts/LoyaltyInvoice.rdl';
            Caption = 'Invoice with Loyalty (RDLC)';
        }
    }

    var
        CSOMemberNo: Code[20];
        CSOLoyaltyTierText: Text;
        CSOEcoCertText: Text;
        CSOPointsEarned: Integer;
        CSOPointsBalance: Integer;
        CSOLineFootprint: Decimal;
        CSOShowLoyalty: Boolean;
        CSOPrintLoyalty: Boolean;

    local procedure CalcPointsForInvoice(InvoiceNo: Code[20]): Integer
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
    begin
        MemberLedgerEntry.SetCurrentKey("Document No.", "Posting Date");
        MemberLedgerEntry.SetRange("Document No.", InvoiceNo);
        MemberLedgerEntry.CalcSums(Points);
        exit(MemberLedgerEntry.Points);
    end;
}
