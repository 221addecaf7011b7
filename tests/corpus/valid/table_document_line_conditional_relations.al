namespace Contoso.Service.Document;

using Microsoft.Inventory.Item;
using Microsoft.Projects.Resources.Resource;
using Microsoft.Finance.GeneralLedger.Account;
using Microsoft.Inventory.Location;
using Microsoft.Foundation.UOM;

table 50102 "CSO Service Order Line"
{
    Caption = 'Service Order Line';
    DataClassification = CustomerContent;
    DrillDownPageId = "CSO Service Order Lines";
    LookupPageId = "CSO Service Order Lines";

    fields
    {
        field(1; "Document No."; Code[20])
        {
            Caption = 'Document No.';
            TableRelation = "CSO Service Order Header"."No.";
        }
        field(2; "Line No."; Integer)
        {
            Caption = 'Line No.';
        }
        field(3; Type; Enum "CSO Service Line Type")
        {
            Caption = 'Type';

            trigger OnValidate()
            var
                TempServiceLine: Record "CSO Service Order Line" temporary;
            begin
                GetHeader();
                ServiceHeader.TestStatusOpen();
                TempServiceLine := Rec;
                Init();
                Type := TempServiceLine.Type;
                "Unit of Measure Code" := '';
            end;
        }
        field(4; "No."; Code[20])
        {
            Caption = 'No.';
            TableRelation = if (Type = const(Item)) Item where(Blocked = const(false), Type = filter(Inventory | "Non-Inventory"))
            else
            if (Type = const(Resource)) Resource where(Blocked = const(false))
            else
            if (Type = const("G/L Account")) "G/L Account" where("Direct Posting" = const(true), "Account Type" = const(Posting), Blocked = const(false))
            else
            if (Type = const(Text)) "Standard Text";

            trigger OnValidate()
            begin
                if "No." = xRec."No." then
                    exit;

                case Type of
                    Type::Item:
                        CopyFromItem();
                    Type::Resource:
                        CopyFromResource();
                    Type::"G/L Account":
                        begin
                            GLAccount.Get("No.");
                            GLAccount.CheckGLAcc();
                            Description := GLAccount.Name;
                        end;
                    Type::Text:
                        ;
                    else
                        Error(UnsupportedTypeErr, Type);
                end;

                if Quantity <> 0 then
                    Validate(Quantity);
            end;
        }
        field(5; "Location Code"; Code[10])
        {
            Caption = 'Location Code';
            TableRelation = Location where("Use As In-Transit" = const(false));
        }
        field(6; Description; Text[100])
        {
            Caption = 'Description';
        }
        field(7; "Unit of Measure Code"; Code[10])
        {
            Caption = 'Unit of Measure Code';
            TableRelation = if (Type = const(Item), "No." = filter(<> '')) "Item Unit of Measure".Code where("Item No." = field("No."))
            else
            if (Type = const(Resource), "No." = filter(<> '')) "Resource Unit of Measure".Code where("Resource No." = field("No."))
            else
            "Unit of Measure";
        }
        field(8; Quantity; Decimal)
        {
            Caption = 'Quantity';
            DecimalPlaces = 0 : 5;
            MinValue = 0;

            trigger OnValidate()
            begin
                if (Type = Type::Item) and (Quantity > 1000) then
                    if not Confirm(LargeQuantityQst, false, Quantity) then
                        Error('');
                UpdateAmounts();
            end;
        }
        field(9; "Unit Price"; Decimal)
        {
            Caption = 'Unit Price';
            AutoFormatType = 2;
            AutoFormatExpression = GetCurrencyCode();

            trigger OnValidate()
            begin
                UpdateAmounts();
            end;
        }
        field(10; "Line Discount %"; Decimal)
        {
            Caption = 'Line Discount %';
            DecimalPlaces = 0 : 5;
            MinValue = 0;
            MaxValue = 100;

            trigger OnValidate()
            begin
                UpdateAmounts();
            end;
        }
        field(11; Amount; Decimal)
        {
            Caption = 'Amount';
            AutoFormatType = 1;
            AutoFormatExpression = GetCurrencyCode();
            Editable = false;
        }
        field(12; "Amount Including VAT"; Decimal)
        {
            Caption = 'Amount Including VAT';
            AutoFormatType = 1;
            AutoFormatExpression = GetCurrencyCode();
            Editable = false;
        }
        field(13; "VAT %"; Decimal)
        {
            Caption = 'VAT %';
            DecimalPlaces = 0 : 5;
            Editable = false;
        }
        field(14; "Work Type Code"; Code[10])
        {
            Caption = 'Work Type Code';
            TableRelation = "Work Type";
        }
        field(15; "Serial No."; Code[50])
        {
            Caption = 'Serial No.';
            TableRelation = "Serial No. Information"."Serial No." where("Item No." = field("No."),
                                                                        "Variant Code" = field("Variant Code"));
            ValidateTableRelation = false;
        }
        field(16; "Variant Code"; Code[10])
        {
            Caption = 'Variant Code';
            TableRelation = if (Type = const(Item)) "Item Variant".Code where("Item No." = field("No."));
        }
        field(17; "Qty. on Hand"; Decimal)
        {
            Caption = 'Qty. on Hand';
            DecimalPlaces = 0 : 5;
            FieldClass = FlowField;
            CalcFormula = sum("Item Ledger Entry".Quantity where("Item No." = field("No."),
                                                                  "Location Code" = field("Location Code"),
                                                                  "Variant Code" = field("Variant Code")));
            Editable = false;
        }
        field(18; "Document Status"; Enum "CSO Service Status")
        {
            Caption = 'Document Status';
            FieldClass = FlowField;
            CalcFormula = lookup("CSO Service Order Header".Status where("No." = field("Document No.")));
            Editable = false;
        }
        field(19; "Priority Level"; Integer)
        {
            Caption = 'Priority Level';
            TableRelation = "CSO Priority Level".Level where(Level = filter(1 .. 5));
        }
    }

    keys
    {
        key(Key1; "Document No.", "Line No.")
        {
            Clustered = true;
            SumIndexFields = Amount, "Amount Including VAT";
        }
        key(Key2; Type, "No.", "Location Code")
        {
            SumIndexFields = Quantity;
        }
    }

    var
        ServiceHeader: Record "CSO Service Order Header";
        GLAccount: Record "G/L Account";
        UnsupportedTypeErr: Label 'Line type %1 is not supported.', Comment = '%1 = line type';
        LargeQuantityQst: Label 'The quantity %1 is unusually large. Do you want to continue?', Comment = '%1 = quantity';

    local procedure GetHeader()
    begin
        if ServiceHeader."No." <> "Document No." then
            ServiceHeader.Get("Document No.");
    end;

    local procedure GetCurrencyCode(): Code[10]
    begin
        GetHeader();
        exit(ServiceHeader."Currency Code");
    end;

    local procedure CopyFromItem()
    var
        Item: Record Item;
    begin
        Item.Get("No.");
        Item.TestField(Blocked, false);
        Description := Item.Description;
        "Unit of Measure Code" := Item."Base Unit of Measure";
        "Unit Price" := Item."Unit Price";
    end;

    local procedure CopyFromResource()
    var
        Resource: Record Resource;
    begin
        Resource.Get("No.");
        Resource.TestField(Blocked, false);
        Description := Resource.Name;
        "Unit of Measure Code" := Resource."Base Unit of Measure";
        "Unit Price" := Resource."Unit Price";
    end;

    local procedure UpdateAmounts()
    var
        LineAmount: Decimal;
    begin
        LineAmount := Round(Quantity * "Unit Price", 0.01);
        LineAmount -= Round(LineAmount * "Line Discount %" / 100, 0.01);
        Amount := LineAmount;
        "Amount Including VAT" := Round(Amount * (1 + "VAT %" / 100), 0.01);
    end;
}
