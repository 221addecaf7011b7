tableextension 50121 "CSO Item Sustainability" extends Item
{
    fields
    {
        field(50120; "CSO CO2 per Unit (kg)"; Decimal)
        {
            Caption = 'CO2 per Unit (kg)';
            DataClassification = CustomerContent;
            DecimalPlaces = 0 : 5;
            MinValue = 0;
        }
        field(50121; "CSO Recyclable %"; Decimal)
        {
            Caption = 'Recyclable %';
            DataClassification = CustomerContent;
            DecimalPlaces = 0 : 2;
            MinValue = 0;
            MaxValue = 100;
            BlankZero = true;
        }
        field(50122; "CSO Certification"; Enum "CSO Eco Certification")
        {
            Caption = 'Eco Certification';
            DataClassification = CustomerContent;
        }
        field(50123; "CSO Certificate Expiry"; Date)
        {
            Caption = 'Certificate Expiry';
            DataClassification = CustomerContent;

            trigger OnValidate()
            begin
                if ("CSO Certificate Expiry" <> 0D) and ("CSO Certificate Expiry" < WorkDate()) then
                    Error(ExpiryInPastErr, FieldCaption("CSO Certificate Expiry"));
            end;
        }
        field(50124; "CSO Supplier Country"; Code[10])
        {
            Caption = 'Supplier Country';
            DataClassification = CustomerContent;
            TableRelation = "Country/Region";
        }
        field(50125; "CSO Total CO2 Sold"; Decimal)
        {
            Caption = 'Total CO2 Sold (kg)';
            FieldClass = FlowField;
            CalcFormula = - sum("Item Ledger Entry"."Invoiced Quantity" where("Item No." = field("No."),
                                                                              "Entry Type" = const(Sale),
                                                                              "Posting Date" = field("Date Filter")));
            DecimalPlaces = 0 : 2;
            Editable = false;
        }
        field(50126; "CSO Has Eco Docs"; Boolean)
        {
            Caption = 'Has Eco Documents';
            FieldClass = FlowField;
            CalcFormula = exist("Document Attachment" where("Table ID" = const(27),
                                                            "No." = field("No."),
                                                            "File Type" = const(PDF)));
            Editable = false;
        }
        field(50127; "CSO Packaging Type"; Option)
        {
            Caption = 'Packaging Type';
            DataClassification = CustomerContent;
            OptionMembers = "None",Cardboard,Plastic,"Mixed Material",Glass;
            OptionCaption = 'None,Cardboard,Plastic,Mixed Material,Glass';
        }
        modify(Description)
        {
            trigger OnAfterValidate()
            begin
                if "CSO Certification" <> "CSO Certification"::None then
                    CheckDescriptionMentionsCertification();
            end;
        }
    }

    keys
    {
        key(CSOCertification; "CSO Certification", "CSO Certificate Expiry")
        {
        }
    }

    var
        ExpiryInPastErr: Label '%1 cannot be in the past.', Comment = '%1 = field caption';
        DescriptionHintMsg: Label 'Consider mentioning the %1 certification in the description.', Comment = '%1 = certification name';

    procedure CSOCalcFootprint(Qty: Decimal) Footprint: Decimal
    var
        PackagingFactor: Decimal;
    begin
        case "CSO Packaging Type" of
            "CSO Packaging Type"::None:
                PackagingFactor := 1;
            "CSO Packaging Type"::Cardboard, "CSO Packaging Type"::Glass:
                PackagingFactor := 1.05;
            "CSO Packaging Type"::Plastic:
                PackagingFactor := 1.2;
            else
                PackagingFactor := 1.15;
        end;
        Footprint := Round(Qty * "CSO CO2 per Unit (kg)" * PackagingFactor * (1 - "CSO Recyclable %" / 200), 0.00001);
    end;

    procedure CSOIsCertificationValid(AtDate: Date): Boolean
    begin
        if "CSO Certification" = "CSO Certification"::None then
            exit(false);
        if "CSO Certificate Expiry" = 0D then
            exit(true);
        exit("CSO Certificate Expiry" >= AtDate);
    end;

    local procedure CheckDescriptionMentionsCertification()
    var
        CertName: Text;
    begin
        CertName := Format("CSO Certification");
        if StrPos(UpperCase(Description), UpperCase(CertName)) = 0 then
            if GuiAllowed() then
                Message(DescriptionHintMsg, CertName);
    end;
}
