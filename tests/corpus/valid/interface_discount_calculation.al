namespace Contoso.Club.Pricing;

/// <summary>
/// Calculates a member discount for a given amount.
/// </summary>
interface "CSO IDiscount Calculation"
{
    /// <summary>Returns the discount percentage for the member.</summary>
    procedure GetDiscountPct(MemberNo: Code[20]; Amount: Decimal): Decimal;

    /// <summary>Returns the discounted amount, rounded to the currency precision.</summary>
    procedure ApplyDiscount(MemberNo: Code[20]; Amount: Decimal; CurrencyCode: Code[10]): Decimal;

    procedure GetDescription(): Text;
}

interface "CSO IDiscount Explainer" extends "CSO IDiscount Calculation"
{
    procedure Explain(MemberNo: Code[20]; Amount: Decimal; var Lines: List of [Text]);
    procedure SupportsCurrency(CurrencyCode: Code[10]): Boolean;
}

interface "CSO IShipping Cost"
{
    Access = Public;

    procedure CalcCost(WeightKg: Decimal; DistanceKm: Decimal): Decimal;
    procedure GetEstimatedDays(DistanceKm: Decimal): Integer;
    procedure GetCarrierName(): Text[50];
    procedure ValidateAddress(var PostCode: Code[20]; CountryCode: Code[10]): Boolean;
}

interface "CSO IShipping Tracking"
{
    procedure GetTrackingUrl(TrackingNo: Text): Text;
    procedure RefreshStatus(TrackingNo: Text; var StatusText: Text): Boolean;
}

interface "CSO ITracked Shipping" extends "CSO IShipping Cost", "CSO IShipping Tracking"
{
    procedure RequiresSignature(): Boolean;
}

/// <summary>
/// Sends notifications to members through different channels.
/// Implementations are registered through the "CSO Notification Channel" enum.
/// </summary>
interface "CSO IMember Notifier"
{
    /// <summary>Sends a message. Returns false if the channel could not deliver it.</summary>
    /// <param name="ClubMember">The member to notify.</param>
    /// <param name="Subject">Short subject line.</param>
    /// <param name="Body">Message body. May contain simple HTML for channels that support it.</param>
    procedure Send(ClubMember: Record "CSO Club Member"; Subject: Text; Body: Text): Boolean;

    /// <summary>Checks that the member can be reached through this channel.</summary>
    procedure CanReach(ClubMember: Record "CSO Club Member"): Boolean;

    /// <summary>Maximum body length, or 0 for unlimited.</summary>
    procedure GetMaxLength(): Integer;

    procedure GetChannelName(): Text[30];
}

interface "CSO IRenewal Policy"
{
    procedure CalcNextRenewal(ClubMember: Record "CSO Club Member"; FromDate: Date): Date;
    procedure CalcFee(ClubMember: Record "CSO Club Member"; var TempFeeBuffer: Record "CSO Points Buffer" temporary): Decimal;
    procedure AllowEarlyRenewal(ClubMember: Record "CSO Club Member"; DaysBefore: Integer): Boolean;
}

interface "CSO IPoints Converter"
{
    procedure PointsToAmount(Points: Integer; CurrencyCode: Code[10]): Decimal;
    procedure AmountToPoints(Amount: Decimal; CurrencyCode: Code[10]): Integer;
    procedure GetRate(AtDate: Date): Decimal;
    procedure SetRate(AtDate: Date; NewRate: Decimal);
}
