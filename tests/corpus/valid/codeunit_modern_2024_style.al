namespace Contoso.Club.Renewal;

using Contoso.Club.Members;
using Contoso.Club.Pricing;
using System.Telemetry;

/// <summary>
/// Renews memberships and sends reminders. Written in the 2024 style
/// (this, continue, ternary operator, interface type tests).
/// </summary>
codeunit 50216 "CSO Membership Renewal"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        Telemetry: Codeunit Telemetry;
        DryRun: Boolean;
        RenewedCount: Integer;
        SkippedCount: Integer;
        Notifier: Interface "CSO IMember Notifier";
        RenewalSubjectTxt: Label 'Your membership has been renewed';
        RenewalBodyTxt: Label 'Hi %1, your membership is now valid until %2.', Comment = '%1 = name, %2 = date';
        TelemetryEventTxt: Label 'CSO0001', Locked = true;
        TelemetryMessageTxt: Label 'Memberships renewed: %1, skipped: %2', Locked = true;

    procedure SetDryRun(NewDryRun: Boolean): Codeunit "CSO Membership Renewal"
    begin
        this.DryRun := NewDryRun;
        exit(this);
    end;

    procedure SetNotifier(NewNotifier: Interface "CSO IMember Notifier")
    begin
        this.Notifier := NewNotifier;
    end;

    procedure RenewExpiring(UntilDate: Date) Renewed: Integer
    var
        ClubMember: Record "CSO Club Member";
        RenewalDate: Date;
        Dimensions: Dictionary of [Text, Text];
    begin
        ClubMember.SetRange(Blocked, false);
        ClubMember.SetLoadFields("No.", Name, "Member Since", "Renewal Formula", "Membership Level", "E-Mail");
        if not ClubMember.FindSet() then
            exit(0);

        repeat
            if ClubMember."Membership Level" = ClubMember."Membership Level"::None then begin
                this.SkippedCount += 1;
                continue;
            end;

            RenewalDate := this.GetNextRenewalDate(ClubMember);
            if RenewalDate > UntilDate then
                continue;

            if not this.DryRun then
                this.RenewMember(ClubMember, RenewalDate);
            Renewed += 1;
        until ClubMember.Next() = 0;

        this.RenewedCount += Renewed;
        Dimensions.Add('Renewed', Format(this.RenewedCount));
        Dimensions.Add('Skipped', Format(this.SkippedCount));
        Dimensions.Add('Mode', this.DryRun ? 'dry-run' : 'live');
        Telemetry.LogMessage(TelemetryEventTxt, StrSubstNo(TelemetryMessageTxt, this.RenewedCount, this.SkippedCount), Verbosity::Normal, DataClassification::SystemMetadata, TelemetryScope::ExtensionPublisher, Dimensions);
    end;

    procedure GetNextRenewalDate(ClubMember: Record "CSO Club Member"): Date
    var
        ClubSetup: Record "CSO Club Setup";
        BlankFormula: DateFormula;
    begin
        if ClubMember."Renewal Formula" <> BlankFormula then
            exit(CalcDate(ClubMember."Renewal Formula", ClubMember."Member Since"));
        exit(ClubSetup.CalcRenewalDate(ClubMember."Member Since"));
    end;

    local procedure RenewMember(var ClubMember: Record "CSO Club Member"; RenewalDate: Date)
    var
        Body: Text;
    begin
        ClubMember."Member Since" := RenewalDate;
        ClubMember.Modify(true);

        Body := StrSubstNo(RenewalBodyTxt, ClubMember.Name, this.GetNextRenewalDate(ClubMember));
        this.NotifyMember(ClubMember, RenewalSubjectTxt, Body);
    end;

    local procedure NotifyMember(ClubMember: Record "CSO Club Member"; Subject: Text; Body: Text)
    var
        MaxLength: Integer;
    begin
        if not this.Notifier.CanReach(ClubMember) then
            exit;
        MaxLength := this.Notifier.GetMaxLength();
        if (MaxLength > 0) and (StrLen(Body) > MaxLength) then
            Body := CopyStr(Body, 1, MaxLength - 3) + '...';
        this.Notifier.Send(ClubMember, Subject, Body);
    end;

    procedure DescribeDiscount(DiscountCalc: Interface "CSO IDiscount Calculation"; MemberNo: Code[20]; Amount: Decimal) Description: Text
    var
        Explainer: Interface "CSO IDiscount Explainer";
        Lines: List of [Text];
        Line: Text;
    begin
        Description := DiscountCalc.GetDescription();
        if DiscountCalc is "CSO IDiscount Explainer" then begin
            Explainer := DiscountCalc as "CSO IDiscount Explainer";
            Explainer.Explain(MemberNo, Amount, Lines);
            foreach Line in Lines do
                Description += ' ' + Line;
        end;
    end;

    procedure ScaleFees(var Fees: List of [Decimal]; Factor: Decimal; Cap: Decimal)
    var
        Index: Integer;
        Fee: Decimal;
    begin
        for Index := 1 to Fees.Count() do begin
            Fee := Fees.Get(Index);
            if Fee = 0 then
                continue;
            Fee *= Factor;
            if Fee > Cap then
                Fee := Cap;
            Fees.Set(Index, Fee);
        end;
    end;

    procedure SplitAmount(Total: Decimal; Parts: Integer; var Shares: List of [Decimal])
    var
        Share: Decimal;
        Remaining: Decimal;
        i: Integer;
    begin
        Clear(Shares);
        if Parts <= 0 then
            exit;
        Share := Total;
        Share /= Parts;
        Share := Round(Share, 0.01, '<');
        Remaining := Total;
        for i := 1 to Parts - 1 do begin
            Shares.Add(Share);
            Remaining -= Share;
        end;
        Shares.Add(Remaining);
    end;

    procedure GetSummary() Summary: Text
    var
        RenewedLbl: Label '%1 renewed', Comment = '%1 = count';
    begin
        Summary := StrSubstNo(RenewedLbl, this.RenewedCount);
        Summary += (this.SkippedCount > 0) ? StrSubstNo(', %1 skipped', this.SkippedCount) : '';
    end;

    procedure CountByLevel() Counts: Dictionary of [Integer, Integer]
    var
        ClubMember: Record "CSO Club Member";
        LevelKey: Integer;
        Current: Integer;
    begin
        ClubMember.SetLoadFields("Membership Level");
        if ClubMember.FindSet() then
            repeat
                LevelKey := ClubMember."Membership Level".AsInteger();
                if Counts.Get(LevelKey, Current) then
                    Counts.Set(LevelKey, Current + 1)
                else
                    Counts.Add(LevelKey, 1);
            until ClubMember.Next() = 0;
    end;

    procedure FormatCounts(Counts: Dictionary of [Integer, Integer]) Result: Text
    var
        Level: Integer;
        Name: Text;
    begin
        foreach Level in Counts.Keys() do begin
            Name := Format(Enum::"CSO Membership Level".FromInteger(Level));
            if Result <> '' then
                Result += '; ';
            Result += Name + '=' + Format(Counts.Get(Level));
        end;
    end;
}
