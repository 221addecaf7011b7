namespace Microsoft.Sales.Document;

using Microsoft.Sales.Customer;
using System.Utilities;

table 37 "Sales Line"
{
    Caption = 'Sales Line';
    DrillDownPageID = "Sales Lines";
    LookupPageID = "Sales Lines";
    Permissions = TableData "Sales Line" = rimd,
                  tabledata "Item Ledger Entry" = r;
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Document Type"; Enum "Sales Document Type")
        {
            Caption = 'Document Type';
        }
        field(5; Type; Enum "Sales Line Type")
        {
            Caption = 'Type';

            trigger OnValidate()
            var
                TempSalesLine: Record "Sales Line" temporary;
            begin
                TestJobPlanningLine();
                TestStatusOpen();
                GetSalesHeader();
            end;
        }
        field(6; "No."; Code[20])
        {
            CaptionClass = GetCaptionClass(FieldNo("No."));
            Caption = 'No.';
            TableRelation = IF (Type = CONST(" ")) "Standard Text"
            ELSE
            IF (Type = CONST("G/L Account"),
                                     "System-Created Entry" = CONST(false)) "G/L Account" WHERE("Direct Posting" = CONST(true),
                                                                                               "Account Type" = CONST(Posting),
                                                                                               Blocked = CONST(false))
            ELSE
            IF (Type = CONST("G/L Account"),
                                                                                                        "System-Created Entry" = CONST(true)) "G/L Account"
            ELSE
            IF (Type = CONST(Resource)) Resource
            ELSE
            IF (Type = CONST("Fixed Asset")) "Fixed Asset"
            ELSE
            IF (Type = CONST("Charge (Item)")) "Item Charge"
            ELSE
            IF (Type = CONST(Item), "Document Type" = FILTER(<> "Credit Memo" & <> "Return Order")) Item WHERE(Blocked = CONST(false), "Sales Blocked" = CONST(false))
            ELSE
            IF (Type = CONST(Item), "Document Type" = FILTER("Credit Memo" | "Return Order")) Item WHERE(Blocked = CONST(false));
            ValidateTableRelation = false;
        }
        field(15; Quantity; Decimal)
        {
            Caption = 'Quantity';
            DecimalPlaces = 0 : 5;
            AutoFormatType = 0;
        }
        field(99; "VAT Base Amount"; Decimal)
        {
            AutoFormatExpression = Rec."Currency Code";
            AutoFormatType = 1;
            Editable = false;
        }
        field(5495; "Reserved Quantity"; Decimal)
        {
            AccessByPermission = TableData "Purch. Rcpt. Header" = R;
            CalcFormula = - Sum("Reservation Entry".Quantity WHERE("Source ID" = FIELD("Document No."),
                                                                   "Source Ref. No." = FIELD("Line No."),
                                                                   "Source Type" = CONST(37),
                                                                   "Source Subtype" = FIELD("Document Type"),
                                                                   "Reservation Status" = CONST(Reservation)));
            FieldClass = FlowField;
        }
        field(3; "Document No."; Code[20]) { }
        field(4; "Line No."; Integer) { }
        field(16; "Outstanding Quantity"; Decimal) { }
        field(17; "Qty. to Invoice"; Decimal) { }
        field(61; "Quantity Invoiced"; Decimal) { }
        field(5416; "Outstanding Qty. (Base)"; Decimal) { }
        field(27; "Line Discount %"; Decimal) { }
        field(29; Amount; Decimal) { }
        field(30; "Amount Including VAT"; Decimal) { }
        field(1300; "Outstanding Amount"; Decimal) { }
        field(7000; "Date Filter"; Date)
        {
            FieldClass = FlowFilter;
        }
    }
    keys
    {
        key(Key1; "Document Type", "Document No.", "Line No.")
        {
            Clustered = true;
            SumIndexFields = Amount, "Amount Including VAT", "Outstanding Amount";
            MaintainSIFTIndex = false;
        }
    }
    fieldgroups
    {
        fieldgroup(Brick; "No.", Description, "Line Amount", Quantity, "Unit of Measure Code", "Price description")
        {
        }
    }

    var
        SalesHeader: Record "Sales Header";
        Text000: Label 'You cannot delete the order line because it is associated with purchase order %1 line %2.';
        TempErrorMessage: Record "Error Message" temporary;
        HideValidationDialog: Boolean;
        StatusCheckSuspended: Boolean;

    protected var
        IsHandled: Boolean;

    procedure InitOutstanding()
    var
        IsHandled: Boolean;
    begin
        IsHandled := false;
        OnBeforeInitOutstanding(Rec, IsHandled);
        if IsHandled then
            exit;

        if IsCreditDocType() then begin
            "Outstanding Quantity" := Quantity - "Return Qty. Received";
            "Qty. to Invoice" := Quantity - "Quantity Invoiced";
        end else begin
            "Outstanding Quantity" := Quantity - "Quantity Shipped";
            "Qty. to Invoice" := Quantity - "Quantity Invoiced";
        end;
        "Outstanding Qty. (Base)" := CalcBaseQty("Outstanding Quantity", FieldCaption("Outstanding Quantity"), FieldCaption("Outstanding Qty. (Base)"));
        OnAfterInitOutstanding(Rec);
        InitOutstandingAmount();
    end;

    procedure GetCaptionClass(FieldNumber: Integer): Text[80]
    var
        SalesLineCaptionClassMgmt: Codeunit "Sales Line CaptionClass Mgmt";
    begin
        exit(SalesLineCaptionClassMgmt.GetSalesLineCaptionClass(Rec, FieldNumber));
    end;

    local procedure CalcBaseQty(Qty: Decimal; FromFieldName: Text; ToFieldName: Text): Decimal
    begin
        exit(UOMMgt.CalcBaseQty(
            "No.", "Variant Code", "Unit of Measure Code", Qty, "Qty. per Unit of Measure", "Qty. Rounding Precision (Base)", FieldCaption("Qty. Rounding Precision"), FromFieldName, ToFieldName));
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeInitOutstanding(var SalesLine: Record "Sales Line"; var IsHandled: Boolean)
    begin
    end;

    [IntegrationEvent(true, false)]
    local procedure OnAfterInitOutstanding(var SalesLine: Record "Sales Line")
    begin
    end;

    internal procedure Demo(var Arr: array[10] of Decimal; Opt: Option " ",Open,"In Progress"): Boolean
    var
        D: Dictionary of [Code[20], List of [Text]];
        i: Integer;
        s: Text;
        c: Char;
    begin
        for i := ArrayLen(Arr) downto 1 do
            Arr[i] += i * 2.5;
        case true of
            Opt = Opt::Open, Opt = Opt::" ":
                exit(true);
            (i > 5) and (i < 10):
                begin
                    s := StrSubstNo('%1', i);
                    c := s[1];
                end;
            else
                s := '';
                i := 0;
        end;
        foreach s in D.Keys() do
            if s.StartsWith('A') then
                continue
            else
                break;
        while (i > 0) and not IsHandled do
            i -= 1;
        repeat
            i += 1;
        until (i >= 10) or (i mod 3 = 0);
        if Type in [Type::Item, Type::Resource] then;
        if not (Rec."Document Type" in [Rec."Document Type"::Order .. Rec."Document Type"::Invoice]) then
            Error(Text000, Rec."Document No.", Rec."Line No.");
        s := Format(Today, 0, '<Day,2>.<Month,2>.<Year4>') + Format(123.45, 0, '<Precision,2:2><Standard Format,0>');
        i := Round(Rec.Quantity * -1, 1, '>') div 2;
        exit(i <> 0 ? true : false);
    end;
}
