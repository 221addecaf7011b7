pageextension 50181 "CSO Item List Ext." extends "Item List"
{
    layout
    {
        addafter(Description)
        {
            field("CSO Certification"; Rec."CSO Certification")
            {
                ApplicationArea = Basic, Suite;
                ToolTip = 'Specifies the eco certification of the item.';
            }
            field("CSO CO2 per Unit (kg)"; Rec."CSO CO2 per Unit (kg)")
            {
                ApplicationArea = Basic, Suite;
                ToolTip = 'Specifies the CO2 emitted per unit.';
                Visible = false;
            }
        }
        addlast(Control1)
        {
            field(CSOFootprintPer100; FootprintPer100)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Footprint per 100 (kg)';
                DecimalPlaces = 0 : 2;
                Editable = false;
                ToolTip = 'Specifies the calculated CO2 footprint for 100 units, including packaging.';
            }
        }
        addfirst(factboxes)
        {
            part(CSOSustainability; "CSO Item Sustainability Part")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = "No." = field("No.");
            }
        }
        modify("Unit Cost")
        {
            Visible = ShowCosts;
        }
        modify("Vendor No.")
        {
            Visible = false;
        }
        movebefore("Unit Price"; "Base Unit of Measure")
        moveafter(Description; "CSO Certification")
        movelast(Control1; "Search Description")
    }

    actions
    {
        addafter(AdjustInventory)
        {
            action(CSOCheckCertificates)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Check Certificates';
                Image = CheckList;
                ToolTip = 'Find items whose eco certificate expires within 30 days.';

                trigger OnAction()
                var
                    Item: Record Item;
                    ExpiringItems: List of [Code[20]];
                    ItemNo: Code[20];
                    MessageText: TextBuilder;
                begin
                    Item.SetFilter("CSO Certification", '<>%1', Item."CSO Certification"::None);
                    Item.SetRange("CSO Certificate Expiry", WorkDate(), CalcDate('<+30D>', WorkDate()));
                    if Item.FindSet() then
                        repeat
                            ExpiringItems.Add(Item."No.");
                        until Item.Next() = 0;

                    if ExpiringItems.Count() = 0 then begin
                        Message(NothingExpiresMsg);
                        exit;
                    end;

                    MessageText.AppendLine(StrSubstNo(ExpiringMsg, ExpiringItems.Count()));
                    foreach ItemNo in ExpiringItems do
                        MessageText.AppendLine(ItemNo);
                    Message(MessageText.ToText());
                end;
            }
        }
        addlast(processing)
        {
            group(CSOSustainability)
            {
                Caption = 'Sustainability';
                Image = Certificate;

                action(CSOFootprintReport)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Footprint Report';
                    Image = Report;
                    RunObject = report "CSO Item Footprint";
                    ToolTip = 'Print the carbon footprint of the selected items.';
                }
            }
        }
        moveafter(AdjustInventory; CopyItem)
        movefirst(Functions; "Create Stockkeeping Unit")
    }

    trigger OnAfterGetRecord()
    begin
        FootprintPer100 := Rec.CSOCalcFootprint(100);
    end;

    trigger OnOpenPage()
    begin
        ShowCosts := UserHasCostPermission();
    end;

    var
        FootprintPer100: Decimal;
        ShowCosts: Boolean;
        NothingExpiresMsg: Label 'No certificates expire within the next 30 days.';
        ExpiringMsg: Label '%1 certificates expire soon:', Comment = '%1 = number of items';

    local procedure UserHasCostPermission(): Boolean
    var
        ValueEntry: Record "Value Entry";
    begin
        exit(ValueEntry.ReadPermission());
    end;
}
