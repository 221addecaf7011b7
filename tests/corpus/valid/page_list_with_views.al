namespace Contoso.Club.Members;

using Microsoft.Sales.Customer;

page 50131 "CSO Club Member List"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Club Members';
    CardPageId = "CSO Club Member Card";
    Editable = false;
    PageType = List;
    QueryCategory = 'Club Member List';
    SourceTable = "CSO Club Member";
    SourceTableView = sorting("Search Name") order(ascending);
    UsageCategory = Lists;

    AboutTitle = 'About club members';
    AboutText = 'Browse all members. Use the views at the top to focus on the members that need attention.';

    layout
    {
        area(Content)
        {
            repeater(Control1)
            {
                ShowCaption = false;

                field("No."; Rec."No.")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the number of the member.';
                }
                field(Name; Rec.Name)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the name of the member.';
                    StyleExpr = NameStyle;
                }
                field(City; Rec.City)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the city.';
                }
                field("Membership Level"; Rec."Membership Level")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the membership level.';
                }
                field("Member Type"; Rec."Member Type")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the type of membership.';
                    Visible = false;
                }
                field(Balance; Rec.Balance)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the current balance.';
                    BlankZero = true;
                    Style = Attention;
                    StyleExpr = Rec.Balance > Rec."Credit Limit";
                }
                field("No. of Visits"; Rec."No. of Visits")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies how many times the member has visited.';
                }
                field("Last Visit Date"; Rec."Last Visit Date")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the date of the last visit.';
                }
                field(Blocked; Rec.Blocked)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies that the member is blocked.';
                }
            }
        }
        area(FactBoxes)
        {
            part(Statistics; "CSO Member Statistics FactBox")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = "No." = field("No."),
                              "Date Filter" = field("Date Filter");
                Visible = ShowStatisticsFactBox;
            }
            systempart(Links; Links)
            {
                ApplicationArea = RecordLinks;
                Visible = false;
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
            action(BlockSelected)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Block Selected';
                Image = Lock;
                ToolTip = 'Block all selected members.';

                trigger OnAction()
                var
                    ClubMember: Record "CSO Club Member";
                    Counter: Integer;
                begin
                    CurrPage.SetSelectionFilter(ClubMember);
                    if not Confirm(BlockQst, false, ClubMember.Count()) then
                        exit;
                    ClubMember.SetRange(Blocked, false);
                    if ClubMember.FindSet(true) then
                        repeat
                            ClubMember.Validate(Blocked, true);
                            ClubMember.Modify(true);
                            Counter += 1;
                        until ClubMember.Next() = 0;
                    Message(BlockedMsg, Counter);
                end;
            }
            action(ExportMembers)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Export Members';
                Image = Export;
                ToolTip = 'Export the members to an XML file.';

                trigger OnAction()
                begin
                    Xmlport.Run(Xmlport::"CSO Member Export", false, false);
                end;
            }
        }
        area(Navigation)
        {
            action(LinkedCustomers)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Linked Customers';
                Image = Customer;
                RunObject = page "Customer List";
                RunPageLink = "CSO Club Member No." = field("No.");
                ToolTip = 'View the customers linked to this member.';
            }
        }
        area(Promoted)
        {
            group(Category_Process)
            {
                Caption = 'Process';
                actionref(BlockSelected_Promoted; BlockSelected)
                {
                }
                actionref(ExportMembers_Promoted; ExportMembers)
                {
                }
            }
            group(Category_Navigate)
            {
                Caption = 'Navigate';
                actionref(LinkedCustomers_Promoted; LinkedCustomers)
                {
                }
            }
        }
    }

    views
    {
        view(ActiveMembers)
        {
            Caption = 'Active';
            Filters = where(Blocked = const(false));
        }
        view(VipMembers)
        {
            Caption = 'VIP Members';
            Filters = where("Membership Level" = filter(Gold | Platinum), Blocked = const(false));
            OrderBy = descending(Balance);
            SharedLayout = false;

            layout
            {
                modify(Balance)
                {
                    Visible = true;
                }
                moveafter(Name; "Membership Level")
            }
        }
        view(FamilyMembers)
        {
            Caption = 'Families';
            Filters = where("Member Type" = const(Family));
            OrderBy = ascending("No.");
        }
        view(OverCreditLimit)
        {
            Caption = 'Over Credit Limit';
            Filters = where("Has Open Entries" = const(true));
            OrderBy = ascending(Name), descending("Last Visit Date");
        }
    }

    trigger OnOpenPage()
    begin
        ShowStatisticsFactBox := true;
    end;

    trigger OnAfterGetRecord()
    begin
        if Rec.Blocked then
            NameStyle := 'Subordinate'
        else
            if Rec.IsVip() then
                NameStyle := 'Strong'
            else
                NameStyle := 'Standard';
    end;

    var
        NameStyle: Text;
        ShowStatisticsFactBox: Boolean;
        BlockQst: Label 'Do you want to block %1 members?', Comment = '%1 = number of members';
        BlockedMsg: Label '%1 members were blocked.', Comment = '%1 = number of members';

    procedure GetSelectionFilter(): Text
    var
        ClubMember: Record "CSO Club Member";
        SelectionFilterManagement: Codeunit SelectionFilterManagement;
        RecRef: RecordRef;
    begin
        CurrPage.SetSelectionFilter(ClubMember);
        RecRef.GetTable(ClubMember);
        exit(SelectionFilterManagement.GetSelectionFilter(RecRef, ClubMember.FieldNo("No.")));
    end;

    procedure SetSelection(var ClubMember: Record "CSO Club Member")
    begin
        CurrPage.SetSelectionFilter(ClubMember);
    end;
}
