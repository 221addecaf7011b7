namespace Contoso.Club.Setup;

using System.Upgrade;
using Contoso.Club.Members;

codeunit 50203 "CSO Club Upgrade"
{
    Subtype = Upgrade;
    Access = Internal;

    trigger OnCheckPreconditionsPerCompany()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        if not ClubSetup.Get() then
            exit;
        if ClubSetup."Member Nos." = '' then
            Error(MissingSetupErr);
    end;

    trigger OnUpgradePerCompany()
    begin
        UpgradeMembershipLevels();
        UpgradeRenewalPeriod();
#if not CLEAN24
        MoveLegacyDiscountCodes();
#endif
    end;

    trigger OnValidateUpgradePerCompany()
    var
        ClubMember: Record "CSO Club Member";
    begin
        ClubMember.SetRange("Membership Level", ClubMember."Membership Level"::None);
        ClubMember.SetRange(Blocked, false);
        if not ClubMember.IsEmpty() then
            Error(UpgradeIncompleteErr, ClubMember.Count());
    end;

    trigger OnUpgradePerDatabase()
    begin
        // Per-database upgrade steps go here
    end;

    var
        UpgradeTag: Codeunit "Upgrade Tag";
        ClubUpgradeTags: Codeunit "CSO Club Upgrade Tags";
        MissingSetupErr: Label 'Club setup is incomplete. Set up the member number series before upgrading.';
        UpgradeIncompleteErr: Label '%1 active members still have no membership level.', Comment = '%1 = number of members';

    local procedure UpgradeMembershipLevels()
    var
        ClubMember: Record "CSO Club Member";
        MemberDataTransfer: DataTransfer;
    begin
        if UpgradeTag.HasUpgradeTag(ClubUpgradeTags.GetLevelEnumUpgradeTag()) then
            exit;

        MemberDataTransfer.SetTables(Database::"CSO Club Member", Database::"CSO Club Member");
        MemberDataTransfer.AddSourceFilter(ClubMember.FieldNo("Membership Level"), '=%1', ClubMember."Membership Level"::None);
        MemberDataTransfer.AddConstantValue(ClubMember."Membership Level"::Bronze, ClubMember.FieldNo("Membership Level"));
        MemberDataTransfer.CopyFields();

        UpgradeTag.SetUpgradeTag(ClubUpgradeTags.GetLevelEnumUpgradeTag());
    end;

    local procedure UpgradeRenewalPeriod()
    var
        ClubSetup: Record "CSO Club Setup";
        BlankFormula: DateFormula;
    begin
        if UpgradeTag.HasUpgradeTag(ClubUpgradeTags.GetRenewalPeriodUpgradeTag()) then
            exit;

        if ClubSetup.Get() then
            if ClubSetup."Default Renewal Period" = BlankFormula then begin
                Evaluate(ClubSetup."Default Renewal Period", '<1Y>');
                ClubSetup.Modify();
            end;

        UpgradeTag.SetUpgradeTag(ClubUpgradeTags.GetRenewalPeriodUpgradeTag());
    end;

#if not CLEAN24
#pragma warning disable AL0432
    local procedure MoveLegacyDiscountCodes()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        if UpgradeTag.HasUpgradeTag(ClubUpgradeTags.GetLegacyDiscountUpgradeTag()) then
            exit;
        if ClubSetup.Get() then
            if ClubSetup."Legacy Discount Code" <> '' then begin
                ClubSetup."Legacy Discount Code" := '';
                ClubSetup.Modify();
            end;
        UpgradeTag.SetUpgradeTag(ClubUpgradeTags.GetLegacyDiscountUpgradeTag());
    end;
#pragma warning restore AL0432
#endif
}

codeunit 50204 "CSO Club Upgrade Tags"
{
    Access = Internal;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Upgrade Tag", 'OnGetPerCompanyUpgradeTags', '', false, false)]
    local procedure RegisterPerCompanyTags(var PerCompanyUpgradeTags: List of [Code[250]])
    begin
        PerCompanyUpgradeTags.Add(GetLevelEnumUpgradeTag());
        PerCompanyUpgradeTags.Add(GetRenewalPeriodUpgradeTag());
        PerCompanyUpgradeTags.Add(GetLegacyDiscountUpgradeTag());
    end;

    procedure GetLevelEnumUpgradeTag(): Code[250]
    begin
        exit('CSO-412345-MembershipLevelEnum-20240131');
    end;

    procedure GetRenewalPeriodUpgradeTag(): Code[250]
    begin
        exit('CSO-412377-DefaultRenewalPeriod-20240215');
    end;

    procedure GetLegacyDiscountUpgradeTag(): Code[250]
    begin
        exit('CSO-415001-LegacyDiscountCode-20240301');
    end;
}
