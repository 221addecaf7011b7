page 50133 "CSO Member Statistics FactBox"
{
    Caption = 'Member Statistics';
    PageType = CardPart;
    SourceTable = "CSO Club Member";
    Editable = false;

    layout
    {
        area(Content)
        {
            field("No."; Rec."No.")
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Member No.';
                ToolTip = 'Specifies the number of the member.';

                trigger OnDrillDown()
                begin
                    ShowDetails();
                end;
            }
            group(Activity)
            {
                Caption = 'Activity';

                field("No. of Visits"; Rec."No. of Visits")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the number of visits in the date filter.';
                    DrillDownPageId = "CSO Member Ledger Entries";
                }
                field("First Visit Date"; Rec."First Visit Date")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the first visit.';
                }
                field("Last Visit Date"; Rec."Last Visit Date")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the last visit.';
                }
                field(DaysSinceLastVisit; DaysSinceLastVisit)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Days Since Last Visit';
                    BlankZero = true;
                    StyleExpr = VisitStyleTxt;
                    ToolTip = 'Specifies how many days ago the member last visited.';
                }
            }
            group(Money)
            {
                Caption = 'Money';

                field(Balance; Rec.Balance)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the balance.';

                    trigger OnDrillDown()
                    var
                        MemberLedgerEntry: Record "CSO Member Ledger Entry";
                        LedgerEntries: Page "CSO Member Ledger Entries";
                    begin
                        MemberLedgerEntry.SetRange("Member No.", Rec."No.");
                        MemberLedgerEntry.SetFilter("Posting Date", Rec.GetFilter("Date Filter"));
                        LedgerEntries.SetTableView(MemberLedgerEntry);
                        LedgerEntries.Editable(false);
                        LedgerEntries.Run();
                    end;
                }
                field("Net Change"; Rec."Net Change")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the net change in the period.';
                }
                field("Average Spend"; Rec."Average Spend")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the average spend per purchase.';
                }
                field(PointsThisYear; PointsThisYear)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Points This Year';
                    ToolTip = 'Specifies the loyalty points earned this calendar year.';
                    DecimalPlaces = 0 : 0;
                }
            }
            group(Status)
            {
                Caption = 'Status';

                field("Has Open Entries"; Rec."Has Open Entries")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies whether the member has open entries.';
                }
                label(VipNote)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'This member qualifies for VIP benefits.';
                    Visible = IsVip;
                    Style = Favorable;
                }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Refresh)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Refresh';
                Image = Refresh;
                ToolTip = 'Recalculate the statistics.';

                trigger OnAction()
                begin
                    CalcStatistics();
                    CurrPage.Update(false);
                end;
            }
        }
    }

    trigger OnAfterGetRecord()
    begin
        CalcStatistics();
    end;

    var
        DaysSinceLastVisit: Integer;
        PointsThisYear: Decimal;
        VisitStyleTxt: Text;
        IsVip: Boolean;

    local procedure CalcStatistics()
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
        YearStart: Date;
    begin
        Rec.CalcFields("Last Visit Date", "No. of Visits", Balance, "Net Change", "Average Spend");
        IsVip := Rec.IsVip();

        if Rec."Last Visit Date" = 0D then
            DaysSinceLastVisit := 0
        else
            DaysSinceLastVisit := Today() - Rec."Last Visit Date";

        case true of
            DaysSinceLastVisit > 90:
                VisitStyleTxt := 'Unfavorable';
            DaysSinceLastVisit > 30:
                VisitStyleTxt := 'Ambiguous';
            else
                VisitStyleTxt := 'Favorable';
        end;

        YearStart := DMY2Date(1, 1, Date2DMY(WorkDate(), 3));
        MemberLedgerEntry.SetRange("Member No.", Rec."No.");
        MemberLedgerEntry.SetRange("Posting Date", YearStart, WorkDate());
        MemberLedgerEntry.CalcSums(Points);
        PointsThisYear := MemberLedgerEntry.Points;
    end;

    local procedure ShowDetails()
    begin
        Page.Run(Page::"CSO Club Member Card", Rec);
    end;
}
