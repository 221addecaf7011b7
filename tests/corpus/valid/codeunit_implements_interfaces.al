namespace Contoso.Club.Pricing;

using Microsoft.Finance.Currency;
using Contoso.Club.Members;

codeunit 50211 "CSO Level Discount" implements "CSO IDiscount Calculation", "CSO IDiscount Explainer"
{
    Access = Internal;

    var
        LevelLineTxt: Label 'Membership level %1 gives %2 %.', Comment = '%1 = level, %2 = percentage';
        CapLineTxt: Label 'The discount is capped at %1 for amounts above %2.', Comment = '%1 = cap, %2 = threshold';

    procedure GetDiscountPct(MemberNo: Code[20]; Amount: Decimal): Decimal
    var
        ClubMember: Record "CSO Club Member";
    begin
        if not ClubMember.Get(MemberNo) then
            exit(0);
        exit(PctForLevel(ClubMember."Membership Level", Amount));
    end;

    procedure ApplyDiscount(MemberNo: Code[20]; Amount: Decimal; CurrencyCode: Code[10]): Decimal
    var
        Currency: Record Currency;
    begin
        Currency.InitRoundingPrecision();
        if CurrencyCode <> '' then
            if Currency.Get(CurrencyCode) then;
        exit(Round(Amount * (1 - GetDiscountPct(MemberNo, Amount) / 100), Currency."Amount Rounding Precision"));
    end;

    procedure GetDescription(): Text
    begin
        exit('Discount based on membership level');
    end;

    procedure Explain(MemberNo: Code[20]; Amount: Decimal; var Lines: List of [Text])
    var
        ClubMember: Record "CSO Club Member";
    begin
        if not ClubMember.Get(MemberNo) then
            exit;
        Lines.Add(StrSubstNo(LevelLineTxt, ClubMember."Membership Level", PctForLevel(ClubMember."Membership Level", Amount)));
        if Amount > 10000 then
            Lines.Add(StrSubstNo(CapLineTxt, 500, 10000));
    end;

    procedure SupportsCurrency(CurrencyCode: Code[10]): Boolean
    begin
        exit(true);
    end;

    local procedure PctForLevel(Level: Enum "CSO Membership Level"; Amount: Decimal) Pct: Decimal
    begin
        case Level of
            Level::Bronze:
                Pct := 1;
            Level::Silver:
                Pct := 2.5;
            Level::Gold:
                Pct := 5;
            Level::Platinum:
                Pct := 7.5;
            else
                Pct := 0;
        end;
        if (Amount > 10000) and (Amount * Pct / 100 > 500) then
            Pct := 500 / Amount * 100;
    end;
}

codeunit 50212 "CSO Points Discount" implements "CSO IDiscount Calculation", "CSO IDiscount Explainer"
{
    Access = Internal;

    procedure GetDiscountPct(MemberNo: Code[20]; Amount: Decimal): Decimal
    var
        Points: Integer;
    begin
        Points := GetPoints(MemberNo);
        case Points of
            0 .. 999:
                exit(0);
            1000 .. 4999:
                exit(2);
            5000 .. 19999:
                exit(4);
            else
                exit(6);
        end;
    end;

    procedure ApplyDiscount(MemberNo: Code[20]; Amount: Decimal; CurrencyCode: Code[10]): Decimal
    begin
        exit(Round(Amount - Amount * GetDiscountPct(MemberNo, Amount) / 100, 0.01));
    end;

    procedure GetDescription(): Text
    begin
        exit('Discount based on the points balance');
    end;

    procedure Explain(MemberNo: Code[20]; Amount: Decimal; var Lines: List of [Text])
    begin
        Lines.Add(StrSubstNo('Points balance: %1', GetPoints(MemberNo)));
        Lines.Add(StrSubstNo('Discount: %1 %', GetDiscountPct(MemberNo, Amount)));
    end;

    procedure SupportsCurrency(CurrencyCode: Code[10]): Boolean
    begin
        exit(CurrencyCode = '');
    end;

    local procedure GetPoints(MemberNo: Code[20]): Integer
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
    begin
        MemberLedgerEntry.SetRange("Member No.", MemberNo);
        MemberLedgerEntry.CalcSums(Points);
        exit(MemberLedgerEntry.Points);
    end;
}

codeunit 50213 "CSO Zero Discount" implements "CSO IDiscount Calculation", "CSO IDiscount Explainer"
{
    Access = Internal;

    procedure GetDiscountPct(MemberNo: Code[20]; Amount: Decimal): Decimal
    begin
        exit(0);
    end;

    procedure ApplyDiscount(MemberNo: Code[20]; Amount: Decimal; CurrencyCode: Code[10]): Decimal
    begin
        exit(Amount);
    end;

    procedure GetDescription(): Text
    begin
        exit('No discount');
    end;

    procedure Explain(MemberNo: Code[20]; Amount: Decimal; var Lines: List of [Text])
    begin
        Lines.Add('Discounts are disabled.');
    end;

    procedure SupportsCurrency(CurrencyCode: Code[10]): Boolean
    begin
        exit(true);
    end;
}

codeunit 50214 "CSO Discount Engine"
{
    procedure CalcMemberPrice(MemberNo: Code[20]; Amount: Decimal; CurrencyCode: Code[10]; Method: Enum "CSO Discount Method") Result: Decimal
    var
        DiscountCalc: Interface "CSO IDiscount Calculation";
    begin
        DiscountCalc := Method;
        Result := DiscountCalc.ApplyDiscount(MemberNo, Amount, CurrencyCode);
        OnAfterCalcMemberPrice(MemberNo, Amount, Method, Result);
    end;

    procedure ExplainPrice(MemberNo: Code[20]; Amount: Decimal; Method: Enum "CSO Discount Method"): Text
    var
        Explainer: Interface "CSO IDiscount Explainer";
        Lines: List of [Text];
        Line: Text;
        Builder: TextBuilder;
    begin
        Explainer := Method;
        Builder.AppendLine(Explainer.GetDescription());
        Explainer.Explain(MemberNo, Amount, Lines);
        foreach Line in Lines do
            Builder.AppendLine('- ' + Line);
        exit(Builder.ToText());
    end;

    procedure FindBestMethod(MemberNo: Code[20]; Amount: Decimal) BestMethod: Enum "CSO Discount Method"
    var
        DiscountCalc: Interface "CSO IDiscount Calculation";
        Method: Enum "CSO Discount Method";
        Ordinal: Integer;
        BestPrice: Decimal;
        Price: Decimal;
    begin
        BestPrice := Amount;
        BestMethod := BestMethod::"No Discount";
        foreach Ordinal in Enum::"CSO Discount Method".Ordinals() do begin
            Method := Enum::"CSO Discount Method".FromInteger(Ordinal);
            DiscountCalc := Method;
            Price := DiscountCalc.ApplyDiscount(MemberNo, Amount, '');
            if Price < BestPrice then begin
                BestPrice := Price;
                BestMethod := Method;
            end;
        end;
    end;

    procedure CalcShipping(Method: Enum "CSO Shipping Method"; WeightKg: Decimal; DistanceKm: Decimal): Decimal
    var
        ShippingCost: Interface "CSO IShipping Cost";
    begin
        ShippingCost := Method;
        exit(ShippingCost.CalcCost(WeightKg, DistanceKm));
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterCalcMemberPrice(MemberNo: Code[20]; Amount: Decimal; Method: Enum "CSO Discount Method"; var Result: Decimal)
    begin
    end;
}

codeunit 50215 "CSO Standard Shipping" implements "CSO IShipping Cost"
{
    procedure CalcCost(WeightKg: Decimal; DistanceKm: Decimal): Decimal
    begin
        exit(4.95 + WeightKg * 0.5);
    end;

    procedure GetEstimatedDays(DistanceKm: Decimal): Integer
    begin
        exit(3);
    end;

    procedure GetCarrierName(): Text[50]
    begin
        exit('Contoso Post');
    end;

    procedure ValidateAddress(var PostCode: Code[20]; CountryCode: Code[10]): Boolean
    begin
        exit(true);
    end;
}
