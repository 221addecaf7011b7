namespace Contoso.Service.Document;

page 50132 "CSO Service Order Subform"
{
    AutoSplitKey = true;
    Caption = 'Lines';
    DelayedInsert = true;
    LinksAllowed = false;
    MultipleNewLines = true;
    PageType = ListPart;
    SourceTable = "CSO Service Order Line";

    layout
    {
        area(Content)
        {
            repeater(Lines)
            {
                field(Type; Rec.Type)
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the type of the line.';

                    trigger OnValidate()
                    begin
                        SetControlStates();
                    end;
                }
                field("No."; Rec."No.")
                {
                    ApplicationArea = Service;
                    ShowMandatory = Rec.Type <> Rec.Type::" ";
                    ToolTip = 'Specifies the number of the item, resource or account.';

                    trigger OnValidate()
                    begin
                        SetControlStates();
                        CurrPage.Update(true);
                    end;
                }
                field(Description; Rec.Description)
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies a description of the line.';
                }
                field("Location Code"; Rec."Location Code")
                {
                    ApplicationArea = Location;
                    Editable = IsItemLine;
                    ToolTip = 'Specifies the location.';
                    Visible = ShowLocation;
                }
                field("Variant Code"; Rec."Variant Code")
                {
                    ApplicationArea = Planning;
                    Editable = IsItemLine;
                    ToolTip = 'Specifies the item variant.';
                    Visible = false;
                }
                field(Quantity; Rec.Quantity)
                {
                    ApplicationArea = Service;
                    BlankZero = true;
                    Editable = not IsTextLine;
                    ToolTip = 'Specifies the quantity.';

                    trigger OnValidate()
                    begin
                        CurrPage.SaveRecord();
                        UpdateTotals();
                    end;
                }
                field("Unit of Measure Code"; Rec."Unit of Measure Code")
                {
                    ApplicationArea = Service;
                    Editable = not IsTextLine;
                    ToolTip = 'Specifies the unit of measure.';
                }
                field("Unit Price"; Rec."Unit Price")
                {
                    ApplicationArea = Service;
                    BlankZero = true;
                    Editable = not IsTextLine;
                    ToolTip = 'Specifies the unit price.';

                    trigger OnValidate()
                    begin
                        CurrPage.SaveRecord();
                        UpdateTotals();
                    end;
                }
                field("Line Discount %"; Rec."Line Discount %")
                {
                    ApplicationArea = Service;
                    BlankZero = true;
                    ToolTip = 'Specifies the line discount percentage.';
                }
                field(Amount; Rec.Amount)
                {
                    ApplicationArea = Service;
                    BlankZero = true;
                    ToolTip = 'Specifies the line amount.';
                    Style = Strong;
                    StyleExpr = Rec.Amount >= 1000;
                }
                field("Qty. on Hand"; Rec."Qty. on Hand")
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the inventory on hand at the location.';
                    Visible = ShowDetails and (Rec.Type = Rec.Type::Item);

                    trigger OnDrillDown()
                    var
                        ItemLedgerEntry: Record "Item Ledger Entry";
                    begin
                        ItemLedgerEntry.SetRange("Item No.", Rec."No.");
                        ItemLedgerEntry.SetRange("Location Code", Rec."Location Code");
                        Page.RunModal(0, ItemLedgerEntry);
                    end;
                }
                field("Serial No."; Rec."Serial No.")
                {
                    ApplicationArea = ItemTracking;
                    ToolTip = 'Specifies the serial number of the serviced item.';

                    trigger OnLookup(var Text: Text): Boolean
                    var
                        SerialNoInfo: Record "Serial No. Information";
                    begin
                        SerialNoInfo.SetRange("Item No.", Rec."No.");
                        if Page.RunModal(Page::"Serial No. Information List", SerialNoInfo) = Action::LookupOK then begin
                            Text := SerialNoInfo."Serial No.";
                            exit(true);
                        end;
                        exit(false);
                    end;
                }
            }
            group(Totals)
            {
                ShowCaption = false;

                field(TotalAmountExclVAT; TotalAmount)
                {
                    ApplicationArea = Service;
                    AutoFormatType = 1;
                    Caption = 'Total Excl. VAT';
                    DrillDown = false;
                    Editable = false;
                    ToolTip = 'Specifies the total amount excluding VAT.';
                }
                field(TotalAmountInclVAT; TotalAmountInclVAT)
                {
                    ApplicationArea = Service;
                    AutoFormatType = 1;
                    Caption = 'Total Incl. VAT';
                    Editable = false;
                    Style = Strong;
                    StyleExpr = true;
                    ToolTip = 'Specifies the total amount including VAT.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            group("F&unctions")
            {
                Caption = 'F&unctions';
                Image = "Action";

                action(InsertExtendedText)
                {
                    AccessByPermission = TableData "Extended Text Header" = R;
                    ApplicationArea = Service;
                    Caption = 'Insert &Ext. Texts';
                    Image = Text;
                    Scope = Repeater;
                    ToolTip = 'Insert the extended description that is set up for the item or resource.';

                    trigger OnAction()
                    begin
                        InsertExtendedTextNow(true);
                    end;
                }
                separator(Separator1)
                {
                }
                action(ShowDetailsAction)
                {
                    ApplicationArea = Service;
                    Caption = 'Show Details';
                    Image = View;
                    ToolTip = 'Show or hide the detail columns.';

                    trigger OnAction()
                    begin
                        ShowDetails := not ShowDetails;
                        CurrPage.Update(false);
                    end;
                }
            }
            group(Line)
            {
                Caption = '&Line';
                Image = Line;

                action(Dimensions)
                {
                    AccessByPermission = TableData Dimension = R;
                    ApplicationArea = Dimensions;
                    Caption = 'Dimensions';
                    Image = Dimensions;
                    ShortcutKey = 'Alt+D';
                    ToolTip = 'View or edit dimensions for the line.';

                    trigger OnAction()
                    begin
                        Message(NotImplementedMsg);
                    end;
                }
            }
        }
    }

    trigger OnAfterGetRecord()
    begin
        SetControlStates();
    end;

    trigger OnAfterGetCurrRecord()
    begin
        UpdateTotals();
    end;

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec.Type := xRec.Type;
        Clear(IsTextLine);
    end;

    trigger OnDeleteRecord(): Boolean
    begin
        if (Rec.Quantity <> 0) and (Rec.Type = Rec.Type::Item) then
            if not Confirm(DeleteLineQst, false, Rec."No.") then
                exit(false);
        exit(true);
    end;

    trigger OnInit()
    begin
        ShowLocation := true;
    end;

    var
        TotalAmount: Decimal;
        TotalAmountInclVAT: Decimal;
        IsItemLine: Boolean;
        IsTextLine: Boolean;
        ShowLocation: Boolean;
        ShowDetails: Boolean;
        DeleteLineQst: Label 'Line for %1 has a quantity. Delete it anyway?', Comment = '%1 = item number';
        NotImplementedMsg: Label 'Dimensions are not available for service lines yet.';

    local procedure SetControlStates()
    begin
        IsItemLine := Rec.Type = Rec.Type::Item;
        IsTextLine := Rec.Type in [Rec.Type::" ", Rec.Type::Text];
    end;

    local procedure UpdateTotals()
    var
        ServiceLine: Record "CSO Service Order Line";
    begin
        ServiceLine.SetRange("Document No.", Rec."Document No.");
        ServiceLine.CalcSums(Amount, "Amount Including VAT");
        TotalAmount := ServiceLine.Amount;
        TotalAmountInclVAT := ServiceLine."Amount Including VAT";
    end;

    procedure InsertExtendedTextNow(Unconditionally: Boolean)
    var
        TransferExtendedText: Codeunit "Transfer Extended Text";
    begin
        OnBeforeInsertExtendedText(Rec);
        if Unconditionally then
            CurrPage.SaveRecord();
        Commit();
        if TransferExtendedText.MakeUpdate() then
            CurrPage.Update(true);
    end;

    procedure UpdateForm(SetSaveRecord: Boolean)
    begin
        CurrPage.Update(SetSaveRecord);
    end;

    [IntegrationEvent(true, false)]
    local procedure OnBeforeInsertExtendedText(var ServiceOrderLine: Record "CSO Service Order Line")
    begin
    end;
}
