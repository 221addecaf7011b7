page 50136 "CSO Club Activities"
{
    Caption = 'Activities';
    PageType = CardPart;
    RefreshOnActivate = true;
    ShowFilter = false;
    SourceTable = "CSO Club Cue";

    layout
    {
        area(Content)
        {
            cuegroup(Membership)
            {
                Caption = 'Membership';

                field("Active Members"; Rec."Active Members")
                {
                    ApplicationArea = Basic, Suite;
                    DrillDownPageId = "CSO Club Member List";
                    ToolTip = 'Specifies the number of active members.';
                }
                field("Blocked Members"; Rec."Blocked Members")
                {
                    ApplicationArea = Basic, Suite;
                    DrillDownPageId = "CSO Club Member List";
                    StyleExpr = BlockedStyle;
                    ToolTip = 'Specifies the number of blocked members.';
                }
                field("Members Without Email"; Rec."Members Without Email")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies members that have no email address.';

                    trigger OnDrillDown()
                    var
                        ClubMember: Record "CSO Club Member";
                    begin
                        ClubMember.SetRange("E-Mail", '');
                        Page.Run(Page::"CSO Club Member List", ClubMember);
                    end;
                }

                actions
                {
                    action(NewMember)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'New Member';
                        RunObject = page "CSO Club Member Card";
                        RunPageMode = Create;
                        ToolTip = 'Register a new member.';
                    }
                    action(OpenJournal)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Register Visits';
                        RunObject = page "CSO Member Journal";
                        ToolTip = 'Open the member journal.';
                    }
                }
            }
            cuegroup(ThisMonth)
            {
                Caption = 'This Month';
                CuegroupLayout = Wide;

                field("Visits This Month"; Rec."Visits This Month")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the number of visits this month.';
                }
                field("Fees Collected"; Rec."Fees Collected")
                {
                    ApplicationArea = Basic, Suite;
                    AutoFormatType = 11;
                    AutoFormatExpression = GetAmountFormat();
                    ToolTip = 'Specifies the fees collected this month.';
                }
                field("Average Visit Spend"; Rec."Average Visit Spend")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the average spend per visit.';
                }
            }
            cuegroup(Service)
            {
                Caption = 'Service';

                field("Open Service Orders"; Rec."Open Service Orders")
                {
                    ApplicationArea = Service;
                    DrillDownPageId = "CSO Service Order List";
                    ToolTip = 'Specifies the open service orders.';
                }
                field("Overdue Service Orders"; Rec."Overdue Service Orders")
                {
                    ApplicationArea = Service;
                    DrillDownPageId = "CSO Service Order List";
                    Style = Unfavorable;
                    StyleExpr = Rec."Overdue Service Orders" > 0;
                    ToolTip = 'Specifies service orders past their promised date.';
                }
                field("My Assigned Orders"; Rec."My Assigned Orders")
                {
                    ApplicationArea = Service;
                    DrillDownPageId = "CSO Service Order List";
                    ToolTip = 'Specifies the service orders assigned to you.';
                }
            }
            cuegroup(Insights)
            {
                Caption = 'Insights';
                ShowCaption = false;

                field(LastRefreshedText; LastRefreshedText)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Last Refreshed';
                    ToolTip = 'Specifies when the cues were last refreshed.';
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(SetUpCues)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Set Up Cues';
                Image = Setup;
                ToolTip = 'Set up the cues (status tiles) related to the role.';

                trigger OnAction()
                var
                    CueRecordRef: RecordRef;
                begin
                    CueRecordRef.GetTable(Rec);
                    CuesAndKpis.OpenCustomizePageForCurrentUser(CueRecordRef.Number);
                end;
            }
        }
    }

    trigger OnOpenPage()
    begin
        Rec.Reset();
        if not Rec.Get() then begin
            Rec.Init();
            Rec.Insert();
        end;
        Rec.SetDefaultFilters();
    end;

    trigger OnAfterGetRecord()
    begin
        Rec.CalcFields("Blocked Members");
        if Rec."Blocked Members" > 10 then
            BlockedStyle := 'Unfavorable'
        else
            BlockedStyle := 'Favorable';

        if Rec.RefreshIfStale(60000) then begin
            Rec."Last Refreshed" := CurrentDateTime();
            if Rec.Modify() then;
        end;
        LastRefreshedText := Format(Rec."Last Refreshed", 0, '<Hours24,2>:<Minutes,2>');
    end;

    var
        CuesAndKpis: Codeunit "Cues And KPIs";
        BlockedStyle: Text;
        LastRefreshedText: Text[30];

    local procedure GetAmountFormat(): Text
    begin
        exit('<Precision,0:0><Standard Format,0>');
    end;
}
