namespace Contoso.Club.Setup;

using System.Environment;
using System.Environment.Configuration;
using System.Utilities;

page 50141 "CSO Club Setup Wizard"
{
    Caption = 'Set Up Club Management';
    PageType = NavigatePage;
    SourceTable = "CSO Club Setup";
    SourceTableTemporary = true;

    layout
    {
        area(Content)
        {
            group(StandardBanner)
            {
                Caption = '';
                Editable = false;
                Visible = TopBannerVisible and not FinishActionEnabled;
                field(MediaResourcesStandard; MediaResourcesStandard."Media Reference")
                {
                    ApplicationArea = All;
                    Editable = false;
                    ShowCaption = false;
                }
            }
            group(FinishedBanner)
            {
                Caption = '';
                Editable = false;
                Visible = TopBannerVisible and FinishActionEnabled;
                field(MediaResourcesDone; MediaResourcesDone."Media Reference")
                {
                    ApplicationArea = All;
                    Editable = false;
                    ShowCaption = false;
                }
            }
            group(Step1)
            {
                Visible = Step1Visible;
                group(Welcome)
                {
                    Caption = 'Welcome to Club Management';
                    InstructionalText = 'This guide helps you set up number series, loyalty points and the connection to the booking service.';
                }
                group(LetsGo)
                {
                    Caption = 'Let''s go!';
                    InstructionalText = 'Choose Next to get started.';
                }
            }
            group(Step2)
            {
                Caption = 'Numbering';
                Visible = Step2Visible;

                label(NumberingIntro)
                {
                    ApplicationArea = All;
                    Caption = 'Members and vouchers are numbered using number series. Pick existing series or leave blank to create defaults.';
                }
                field(MemberNos; Rec."Member Nos.")
                {
                    ApplicationArea = All;
                    Caption = 'Member Nos.';
                    ToolTip = 'Specifies the number series for members.';
                }
                field(VoucherNos; Rec."Voucher Nos.")
                {
                    ApplicationArea = All;
                    Caption = 'Voucher Nos.';
                    ToolTip = 'Specifies the number series for vouchers.';
                }
            }
            group(Step3)
            {
                Caption = 'Loyalty';
                Visible = Step3Visible;

                field(EnableLoyalty; Rec."Enable Loyalty")
                {
                    ApplicationArea = All;
                    Caption = 'Enable loyalty points';
                    ToolTip = 'Specifies whether members earn points.';
                }
                grid(PointsGrid)
                {
                    GridLayout = Rows;
                    Visible = Rec."Enable Loyalty";

                    group(PointsRow)
                    {
                        Caption = 'Points';
                        field(PointsPerUnit; Rec."Points per Currency Unit")
                        {
                            ApplicationArea = All;
                            Caption = 'Points per currency unit';
                            ToolTip = 'Specifies how many points a member earns per currency unit spent.';
                        }
                        field(MaxGuests; Rec."Max. Guests per Visit")
                        {
                            ApplicationArea = All;
                            Caption = 'Guests per visit';
                            ToolTip = 'Specifies how many guests a member may bring.';
                        }
                    }
                }
            }
            group(Step4)
            {
                Caption = 'Booking Service';
                Visible = Step4Visible;

                field(ServiceUrl; Rec."Service Base URL")
                {
                    ApplicationArea = All;
                    Caption = 'Service URL';
                    ToolTip = 'Specifies the address of the booking service.';
                }
                field(ApiKey; ApiKeyText)
                {
                    ApplicationArea = All;
                    Caption = 'API Key';
                    ExtendedDatatype = Masked;
                    ToolTip = 'Specifies the key for the booking service.';
                }
            }
            group(Step5)
            {
                Visible = Step5Visible;
                group(Done)
                {
                    Caption = 'That''s it!';
                    InstructionalText = 'Choose Finish to save the setup. You can change these settings later on the Club Setup page.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(ActionBack)
            {
                ApplicationArea = All;
                Caption = 'Back';
                Enabled = BackActionEnabled;
                Image = PreviousRecord;
                InFooterBar = true;

                trigger OnAction()
                begin
                    NextStep(true);
                end;
            }
            action(ActionNext)
            {
                ApplicationArea = All;
                Caption = 'Next';
                Enabled = NextActionEnabled;
                Image = NextRecord;
                InFooterBar = true;

                trigger OnAction()
                begin
                    NextStep(false);
                end;
            }
            action(ActionFinish)
            {
                ApplicationArea = All;
                Caption = 'Finish';
                Enabled = FinishActionEnabled;
                Image = Approve;
                InFooterBar = true;

                trigger OnAction()
                begin
                    FinishAction();
                end;
            }
        }
    }

    trigger OnInit()
    begin
        LoadTopBanners();
    end;

    trigger OnOpenPage()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        Rec.Init();
        if ClubSetup.Get() then
            Rec.TransferFields(ClubSetup);
        Rec.Insert();
        Step := Step::Start;
        EnableControls();
    end;

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    begin
        if CloseAction = Action::OK then
            if GuidedExperience.AssistedSetupExistsAndIsNotComplete(ObjectType::Page, Page::"CSO Club Setup Wizard") then
                if not Confirm(NotFinishedQst, false) then
                    exit(false);
    end;

    var
        MediaRepositoryStandard: Record "Media Repository";
        MediaRepositoryDone: Record "Media Repository";
        MediaResourcesStandard: Record "Media Resources";
        MediaResourcesDone: Record "Media Resources";
        GuidedExperience: Codeunit "Guided Experience";
        ClientTypeManagement: Codeunit "Client Type Management";
        Step: Option Start,Numbering,Loyalty,Service,Finish;
        ApiKeyText: Text;
        TopBannerVisible: Boolean;
        Step1Visible: Boolean;
        Step2Visible: Boolean;
        Step3Visible: Boolean;
        Step4Visible: Boolean;
        Step5Visible: Boolean;
        BackActionEnabled: Boolean;
        NextActionEnabled: Boolean;
        FinishActionEnabled: Boolean;
        NotFinishedQst: Label 'The setup has not been completed.\\Are you sure you want to exit?';

    #region Navigation
    local procedure EnableControls()
    begin
        ResetControls();
        case Step of
            Step::Start:
                ShowStep(1);
            Step::Numbering:
                ShowStep(2);
            Step::Loyalty:
                ShowStep(3);
            Step::Service:
                ShowStep(4);
            Step::Finish:
                begin
                    ShowStep(5);
                    FinishActionEnabled := true;
                    NextActionEnabled := false;
                end;
        end;
    end;

    local procedure ShowStep(StepNo: Integer)
    begin
        Step1Visible := StepNo = 1;
        Step2Visible := StepNo = 2;
        Step3Visible := StepNo = 3;
        Step4Visible := StepNo = 4;
        Step5Visible := StepNo = 5;
        BackActionEnabled := StepNo > 1;
        NextActionEnabled := StepNo < 5;
    end;

    local procedure NextStep(Backwards: Boolean)
    begin
        if Backwards then
            Step := Step - 1
        else
            Step := Step + 1;
        EnableControls();
    end;

    local procedure ResetControls()
    begin
        FinishActionEnabled := false;
        BackActionEnabled := true;
        NextActionEnabled := true;
        Step1Visible := false;
        Step2Visible := false;
        Step3Visible := false;
        Step4Visible := false;
        Step5Visible := false;
    end;
    #endregion

    #region Finish
    local procedure FinishAction()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        ClubSetup.InsertIfNotExists();
        ClubSetup.TransferFields(Rec, false);
        ClubSetup.Modify(true);
        if ApiKeyText <> '' then
            ClubSetup.SetApiKey(ApiKeyText);
        GuidedExperience.CompleteAssistedSetup(ObjectType::Page, Page::"CSO Club Setup Wizard");
        CurrPage.Close();
    end;

    local procedure LoadTopBanners()
    begin
        if MediaRepositoryStandard.Get('AssistedSetup-NoText-400px.png', Format(ClientTypeManagement.GetCurrentClientType())) and
           MediaRepositoryDone.Get('AssistedSetupDone-NoText-400px.png', Format(ClientTypeManagement.GetCurrentClientType()))
        then
            if MediaResourcesStandard.Get(MediaRepositoryStandard."Media Resources Ref") and
               MediaResourcesDone.Get(MediaRepositoryDone."Media Resources Ref")
            then
                TopBannerVisible := MediaResourcesDone."Media Reference".HasValue();
    end;
    #endregion
}
