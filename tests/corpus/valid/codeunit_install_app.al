namespace Contoso.Club.Setup;

using System.Upgrade;
using System.Environment.Configuration;
using Microsoft.Foundation.NoSeries;

codeunit 50202 "CSO Club Install"
{
    Subtype = Install;
    Access = Internal;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "CSO Club Setup" = RIM,
                  tabledata "No. Series" = RI,
                  tabledata "No. Series Line" = RI;

    trigger OnInstallAppPerCompany()
    var
        AppInfo: ModuleInfo;
    begin
        NavApp.GetCurrentModuleInfo(AppInfo);
        if AppInfo.DataVersion() = Version.Create(0, 0, 0, 0) then
            HandleFreshInstall()
        else
            HandleReinstall(AppInfo.DataVersion());
    end;

    trigger OnInstallAppPerDatabase()
    begin
        RegisterAssistedSetup();
    end;

    var
        MemberNosCodeTxt: Label 'CLUBMEMBER', Locked = true;
        MemberNosDescTxt: Label 'Club Members', MaxLength = 100;
        VoucherNosCodeTxt: Label 'CLUBVOUCH', Locked = true;
        VoucherNosDescTxt: Label 'Club Vouchers', MaxLength = 100;
        SetupTitleTxt: Label 'Set up Club Management', MaxLength = 50;
        SetupShortTitleTxt: Label 'Club Management', MaxLength = 30;
        SetupDescriptionTxt: Label 'Configure number series and loyalty points for the club.', MaxLength = 1024;

    local procedure HandleFreshInstall()
    var
        ClubSetup: Record "CSO Club Setup";
        UpgradeTag: Codeunit "Upgrade Tag";
        ClubUpgradeTags: Codeunit "CSO Club Upgrade Tags";
    begin
        ClubSetup.InsertIfNotExists();
        if ClubSetup."Member Nos." = '' then
            ClubSetup."Member Nos." := CreateNoSeries(MemberNosCodeTxt, MemberNosDescTxt, 'M00001', 'M99999');
        if ClubSetup."Voucher Nos." = '' then
            ClubSetup."Voucher Nos." := CreateNoSeries(VoucherNosCodeTxt, VoucherNosDescTxt, 'V000001', 'V999999');
        Evaluate(ClubSetup."Default Renewal Period", '<1Y>');
        ClubSetup."Reminder Time" := 090000T;
        ClubSetup.Modify();

        // A fresh install does not need to run upgrade code later on
        UpgradeTag.SetAllUpgradeTags();
        if not UpgradeTag.HasUpgradeTag(ClubUpgradeTags.GetLevelEnumUpgradeTag()) then
            UpgradeTag.SetUpgradeTag(ClubUpgradeTags.GetLevelEnumUpgradeTag());
    end;

    local procedure HandleReinstall(DataVersion: Version)
    begin
        if DataVersion.Major() < 2 then
            exit;
        // Nothing to do for reinstall of version 2.x or later
    end;

    local procedure CreateNoSeries(SeriesCode: Code[20]; Description: Text[100]; StartingNo: Code[20]; EndingNo: Code[20]): Code[20]
    var
        NoSeries: Record "No. Series";
        NoSeriesLine: Record "No. Series Line";
    begin
        if NoSeries.Get(SeriesCode) then
            exit(SeriesCode);

        NoSeries.Init();
        NoSeries.Code := SeriesCode;
        NoSeries.Description := Description;
        NoSeries."Default Nos." := true;
        NoSeries."Manual Nos." := false;
        NoSeries.Insert(true);

        NoSeriesLine.Init();
        NoSeriesLine."Series Code" := SeriesCode;
        NoSeriesLine."Line No." := 10000;
        NoSeriesLine.Validate("Starting No.", StartingNo);
        NoSeriesLine.Validate("Ending No.", EndingNo);
        NoSeriesLine.Validate("Increment-by No.", 1);
        NoSeriesLine.Insert(true);
        exit(SeriesCode);
    end;

    local procedure RegisterAssistedSetup()
    var
        GuidedExperience: Codeunit "Guided Experience";
        AssistedSetupGroup: Enum "Assisted Setup Group";
        VideoCategory: Enum "Video Category";
    begin
        if GuidedExperience.Exists(Enum::"Guided Experience Type"::"Assisted Setup", ObjectType::Page, Page::"CSO Club Setup Wizard") then
            exit;

        GuidedExperience.InsertAssistedSetup(
            SetupTitleTxt, SetupShortTitleTxt, SetupDescriptionTxt, 5,
            ObjectType::Page, Page::"CSO Club Setup Wizard",
            AssistedSetupGroup::GettingStarted, '', VideoCategory::GettingStarted, '');
    end;
}
