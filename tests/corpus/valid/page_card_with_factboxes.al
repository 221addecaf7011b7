namespace Contoso.Club.Members;

using Microsoft.Foundation.Attachment;
using System.Security.User;

page 50130 "CSO Club Member Card"
{
    Caption = 'Club Member Card';
    PageType = Card;
    SourceTable = "CSO Club Member";
    RefreshOnActivate = true;
    AboutTitle = 'About club members';
    AboutText = 'Here you manage everything about a club member: contact details, membership level, and loyalty points.';
    AdditionalSearchTerms = 'member, loyalty, club card';

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';

                field("No."; Rec."No.")
                {
                    ApplicationArea = Basic, Suite;
                    Importance = Promoted;
                    ToolTip = 'Specifies the number of the club member.';
                    Visible = NoFieldVisible;

                    trigger OnAssistEdit()
                    begin
                        if Rec.AssistEdit(xRec) then
                            CurrPage.Update();
                    end;
                }
                field(Name; Rec.Name)
                {
                    ApplicationArea = Basic, Suite;
                    Importance = Promoted;
                    ShowMandatory = true;
                    ToolTip = 'Specifies the full name of the member.';
                    Editable = not IsLocked;
                }
                field("Name 2"; Rec."Name 2")
                {
                    ApplicationArea = Basic, Suite;
                    Importance = Additional;
                    ToolTip = 'Specifies an additional part of the name.';
                    Visible = false;
                }
                field("Member Type"; Rec."Member Type")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the type of membership.';

                    trigger OnValidate()
                    begin
                        UpdateControls();
                    end;
                }
                field("Membership Level"; Rec."Membership Level")
                {
                    ApplicationArea = Basic, Suite;
                    StyleExpr = LevelStyleTxt;
                    ToolTip = 'Specifies the membership level.';
                }
                field(Blocked; Rec.Blocked)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies that the member is blocked.';
                    Style = Unfavorable;
                    StyleExpr = Rec.Blocked;
                }
                field("Salesperson Code"; Rec."Salesperson Code")
                {
                    ApplicationArea = Suite;
                    ToolTip = 'Specifies the salesperson responsible for the member.';
                }
                field("Last Date Modified"; Rec."Last Date Modified")
                {
                    ApplicationArea = Basic, Suite;
                    Importance = Additional;
                    ToolTip = 'Specifies when the member card was last modified.';
                }
            }
            group(AddressAndContact)
            {
                Caption = 'Address & Contact';

                group(AddressDetails)
                {
                    Caption = 'Address';
                    field(Address; Rec.Address)
                    {
                        ApplicationArea = Basic, Suite;
                        ToolTip = 'Specifies the member''s address.';
                    }
                    field("Post Code"; Rec."Post Code")
                    {
                        ApplicationArea = Basic, Suite;
                        ToolTip = 'Specifies the postal code.';
                    }
                    field(City; Rec.City)
                    {
                        ApplicationArea = Basic, Suite;
                        ToolTip = 'Specifies the city.';
                    }
                    group(CountyGroup)
                    {
                        ShowCaption = false;
                        Visible = IsCountyVisible;
                        field(County; Rec.County)
                        {
                            ApplicationArea = Basic, Suite;
                            ToolTip = 'Specifies the state, province or county.';
                        }
                    }
                    field("Country/Region Code"; Rec."Country/Region Code")
                    {
                        ApplicationArea = Basic, Suite;
                        ToolTip = 'Specifies the country or region.';

                        trigger OnValidate()
                        begin
                            IsCountyVisible := FormatAddress.UseCounty(Rec."Country/Region Code");
                        end;
                    }
                }
                group(Contact)
                {
                    Caption = 'Contact';
                    field("Phone No."; Rec."Phone No.")
                    {
                        ApplicationArea = Basic, Suite;
                        ToolTip = 'Specifies the phone number.';
                    }
                    field("E-Mail"; Rec."E-Mail")
                    {
                        ApplicationArea = Basic, Suite;
                        ExtendedDatatype = EMail;
                        ToolTip = 'Specifies the email address.';
                    }
                }
            }
            group(Financial)
            {
                Caption = 'Financial';
                Visible = ShowFinancials;

                field("Currency Code"; Rec."Currency Code")
                {
                    ApplicationArea = Suite;
                    ToolTip = 'Specifies the currency used for the member.';
                }
                field("Credit Limit"; Rec."Credit Limit")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the credit limit.';
                }
                field("Discount %"; Rec."Discount %")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the standard discount.';
                }
                field(Balance; Rec.Balance)
                {
                    ApplicationArea = Basic, Suite;
                    Importance = Promoted;
                    ToolTip = 'Specifies the balance of the member.';

                    trigger OnDrillDown()
                    var
                        MemberLedgerEntry: Record "CSO Member Ledger Entry";
                    begin
                        MemberLedgerEntry.SetRange("Member No.", Rec."No.");
                        Page.Run(Page::"CSO Member Ledger Entries", MemberLedgerEntry);
                    end;
                }
                field(BalanceAsOfWorkDate; BalanceAtWorkDate)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Balance at Work Date';
                    Editable = false;
                    AutoFormatType = 1;
                    AutoFormatExpression = Rec."Currency Code";
                    ToolTip = 'Specifies the balance as of the work date.';
                }
            }
        }
        area(FactBoxes)
        {
            part(MemberPicture; "CSO Member Picture FactBox")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = "No." = field("No.");
            }
            part(MemberStatistics; "CSO Member Statistics FactBox")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = "No." = field("No."),
                              "Date Filter" = field("Date Filter"),
                              "Location Filter" = field("Location Filter");
            }
            part(Attachments; "Doc. Attachment List Factbox")
            {
                ApplicationArea = All;
                Caption = 'Attachments';
                SubPageLink = "Table ID" = const(Database::"CSO Club Member"),
                              "No." = field("No.");
            }
            systempart(Links; Links)
            {
                ApplicationArea = RecordLinks;
            }
            systempart(Notes; Notes)
            {
                ApplicationArea = Notes;
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(RecalculateLevel)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Recalculate Level';
                Image = Recalculate;
                ToolTip = 'Recalculate the membership level based on the points earned in the last year.';

                trigger OnAction()
                var
                    LevelMgt: Codeunit "CSO Membership Level Mgt.";
                begin
                    LevelMgt.RecalculateLevel(Rec);
                    CurrPage.Update(false);
                end;
            }
            action(SendWelcome)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Send Welcome Email';
                Image = SendMail;
                Enabled = Rec."E-Mail" <> '';
                ToolTip = 'Send the welcome email to the member.';

                trigger OnAction()
                begin
                    Codeunit.Run(Codeunit::"CSO Send Welcome Mail", Rec);
                end;
            }
        }
        area(Navigation)
        {
            group(Member)
            {
                Caption = 'Member';
                action(LedgerEntries)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Ledger E&ntries';
                    Image = CustomerLedger;
                    RunObject = page "CSO Member Ledger Entries";
                    RunPageLink = "Member No." = field("No.");
                    RunPageView = sorting("Member No.", "Posting Date") order(descending);
                    ShortcutKey = 'Ctrl+F7';
                    ToolTip = 'View the history of transactions for the member.';
                }
                action(Statistics)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Statistics';
                    Image = Statistics;
                    RunObject = page "CSO Member Statistics";
                    RunPageLink = "No." = field("No."), "Date Filter" = field("Date Filter");
                    ShortcutKey = 'F7';
                    ToolTip = 'View statistical information for the member.';
                }
                action(OpenServiceOrders)
                {
                    ApplicationArea = Service;
                    Caption = 'Open Service Orders';
                    Image = Document;
                    RunObject = page "CSO Service Order List";
                    RunPageView = where(Status = filter(Open | Released));
                    ToolTip = 'View open service orders.';
                }
            }
        }
        area(Reporting)
        {
            action(MemberStatement)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Member Statement';
                Image = Report;
                ToolTip = 'Print a statement for the member.';

                trigger OnAction()
                var
                    ClubMember: Record "CSO Club Member";
                begin
                    ClubMember := Rec;
                    ClubMember.SetRecFilter();
                    Report.Run(Report::"CSO Member Statement", true, false, ClubMember);
                end;
            }
        }
        area(Promoted)
        {
            group(Category_Process)
            {
                Caption = 'Process';

                actionref(RecalculateLevel_Promoted; RecalculateLevel)
                {
                }
                actionref(SendWelcome_Promoted; SendWelcome)
                {
                }
            }
            group(Category_Member)
            {
                Caption = 'Member';

                actionref(LedgerEntries_Promoted; LedgerEntries)
                {
                }
                actionref(Statistics_Promoted; Statistics)
                {
                }
            }
            group(Category_Report)
            {
                Caption = 'Reports';

                actionref(MemberStatement_Promoted; MemberStatement)
                {
                }
            }
        }
    }

    trigger OnOpenPage()
    begin
        ShowFinancials := UserSetupMgt.IsFinancialUser();
        NoFieldVisible := DocumentNoVisibility();
    end;

    trigger OnAfterGetRecord()
    begin
        UpdateControls();
    end;

    trigger OnAfterGetCurrRecord()
    begin
        Rec.SetRange("Date Filter", 0D, WorkDate());
        Rec.CalcFields("Balance at Date");
        BalanceAtWorkDate := Rec."Balance at Date";
        Rec.SetRange("Date Filter");
    end;

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec."Member Type" := Rec."Member Type"::Individual;
    end;

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    begin
        if (CloseAction = Action::OK) and (Rec.Name = '') and (Rec."No." <> '') then
            exit(Confirm(NameMissingQst, false));
        exit(true);
    end;

    var
        FormatAddress: Codeunit "Format Address";
        UserSetupMgt: Codeunit "CSO User Setup Mgt.";
        BalanceAtWorkDate: Decimal;
        LevelStyleTxt: Text;
        IsCountyVisible: Boolean;
        IsLocked: Boolean;
        NoFieldVisible: Boolean;
        NameMissingQst: Label 'The member has no name. Do you want to close the page anyway?';

    protected var
        ShowFinancials: Boolean;

    local procedure UpdateControls()
    begin
        IsCountyVisible := FormatAddress.UseCounty(Rec."Country/Region Code");
        IsLocked := Rec.Blocked or (Rec."Member Type" = Rec."Member Type"::"Corporate Account");
        case Rec."Membership Level" of
            Rec."Membership Level"::Gold, Rec."Membership Level"::Platinum:
                LevelStyleTxt := 'Favorable';
            Rec."Membership Level"::Bronze:
                LevelStyleTxt := 'Standard';
            else
                LevelStyleTxt := 'Subordinate';
        end;
    end;

    local procedure DocumentNoVisibility(): Boolean
    var
        ClubSetup: Record "CSO Club Setup";
        NoSeries: Record "No. Series";
    begin
        if not ClubSetup.Get() then
            exit(true);
        if not NoSeries.Get(ClubSetup."Member Nos.") then
            exit(true);
        exit(NoSeries."Manual Nos." or not NoSeries."Default Nos.");
    end;
}
