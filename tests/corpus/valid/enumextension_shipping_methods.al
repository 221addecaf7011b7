namespace Contoso.Club.Delivery;

using Contoso.Club.Members;
using Contoso.Club.Pricing;

enumextension 50270 "CSO Drone Shipping" extends "CSO Shipping Method"
{
    value(50270; Drone)
    {
        Caption = 'Drone Delivery';
        Implementation = "CSO IShipping Cost" = "CSO Drone Shipping Calc";
    }
    value(50271; "Cargo Bike")
    {
        Caption = 'Cargo Bike';
        Implementation = "CSO IShipping Cost" = "CSO Cargo Bike Shipping";
    }
}

enumextension 50271 "CSO Extra Levels" extends "CSO Membership Level"
{
    value(50271; Diamond)
    {
        Caption = 'Diamond';
    }
    value(50272; Honorary)
    {
        Caption = 'Honorary Member', Comment = 'Level given by the board, not by points';
    }
}

enumextension 50272 "CSO Entry Types Ext." extends "CSO Member Entry Type"
{
    value(50272; "Guest Visit")
    {
        Caption = 'Guest Visit';
    }
    value(50273; "Event Ticket")
    {
        Caption = 'Event Ticket';
    }
    value(50274; Refund)
    {
        Caption = 'Refund';
    }
}

enumextension 50273 "CSO Push Channel" extends "CSO Notification Channel"
{
    value(50273; "Push Notification")
    {
        Caption = 'Push Notification';
        Implementation = "CSO IMember Notifier" = "CSO Push Notifier";
    }
}

codeunit 50271 "CSO Drone Shipping Calc" implements "CSO IShipping Cost"
{
    Access = Internal;

    var
        MaxDroneWeightKg: Decimal;
        TooHeavyErr: Label 'Drones can carry at most %1 kg.', Comment = '%1 = max weight';

    procedure CalcCost(WeightKg: Decimal; DistanceKm: Decimal): Decimal
    begin
        InitLimits();
        if WeightKg > MaxDroneWeightKg then
            Error(TooHeavyErr, MaxDroneWeightKg);
        exit(Round(5 + DistanceKm * 0.8 + WeightKg * 1.5, 0.01));
    end;

    procedure GetEstimatedDays(DistanceKm: Decimal): Integer
    begin
        if DistanceKm <= 30 then
            exit(0);
        exit(1);
    end;

    procedure GetCarrierName(): Text[50]
    begin
        exit('Contoso Air Drop');
    end;

    procedure ValidateAddress(var PostCode: Code[20]; CountryCode: Code[10]): Boolean
    begin
        PostCode := DelChr(PostCode, '<>', ' ');
        exit((CountryCode in ['', 'DK', 'SE', 'NO']) and (StrLen(PostCode) >= 4));
    end;

    local procedure InitLimits()
    begin
        if MaxDroneWeightKg = 0 then
            MaxDroneWeightKg := 2.5;
    end;
}

codeunit 50272 "CSO Cargo Bike Shipping" implements "CSO IShipping Cost"
{
    Access = Internal;

    procedure CalcCost(WeightKg: Decimal; DistanceKm: Decimal): Decimal
    begin
        exit(Round(3 + DistanceKm * 0.4, 0.01));
    end;

    procedure GetEstimatedDays(DistanceKm: Decimal): Integer
    begin
        exit((DistanceKm div 40) + 1);
    end;

    procedure GetCarrierName(): Text[50]
    begin
        exit('Contoso Pedal Post');
    end;

    procedure ValidateAddress(var PostCode: Code[20]; CountryCode: Code[10]): Boolean
    begin
        exit(PostCode <> '');
    end;
}
