namespace Contoso.Club.Reports;

using Microsoft.Foundation.Company;
using Contoso.Club.Members;

report 50280 "CSO Member Statement"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Member Statement';
    DefaultRenderingLayout = StatementRDLC;
    PreviewMode = PrintLayout;
    UsageCategory = ReportsAndAnalysis;
    WordMergeDataItem = Member;
    DataAccessIntent = ReadOnly;

    dataset
    {
        dataitem(Member; "CSO Club Member")
        {
            DataItemTableView = sorting("No.") where(Blocked = const(false));
            PrintOnlyIfDetail = false;
            RequestFilterFields = "No.", "Membership Level", "Date Filter";
            RequestFilterHeading = 'Members';
            CalcFields = Balance, "No. of Visits";

            column(CompanyName; CompanyProperty.DisplayName())
            {
            }
            column(CompanyPicture; CompanyInformation.Picture)
            {
            }
            column(No_Member; "No.")
            {
                IncludeCaption = true;
            }
            column(Name_Member; Name)
            {
                IncludeCaption = true;
            }
            column(Address_Member; Address)
            {
            }
            column(City_Member; "Post Code" + ' ' + City)
            {
            }
            column(Level_Member; Format("Membership Level"))
            {
            }
            column(Balance_Member; Balance)
            {
                AutoFormatType = 1;
                AutoFormatExpression = "Currency Code";
                IncludeCaption = true;
            }
            column(NoOfVisits_Member; "No. of Visits")
            {
            }
            column(PeriodText; PeriodText)
            {
            }
            column(StartDate; Format(StartDate, 0, 4))
            {
            }
            column(EndDate; Format(EndDate, 0, 4))
            {
            }
            dataitem(OpeningBalance; Integer)
            {
                DataItemTableView = sorting(Number) where(Number = const(1));

                column(OpeningBalanceAmount; OpeningBalanceAmt)
                {
                    AutoFormatType = 1;
                }

                trigger OnPreDataItem()
                begin
                    if StartDate = 0D then
                        CurrReport.Break();
                end;

                trigger OnAfterGetRecord()
                var
                    LedgerEntry: Record "CSO Member Ledger Entry";
                begin
                    LedgerEntry.SetRange("Member No.", Member."No.");
                    LedgerEntry.SetFilter("Posting Date", '..%1', StartDate - 1);
                    LedgerEntry.CalcSums("Amount (LCY)");
                    OpeningBalanceAmt := LedgerEntry."Amount (LCY)";
                end;
            }
            dataitem(LedgerEntry; "CSO Member Ledger Entry")
            {
                DataItemLink = "Member No." = field("No."), "Posting Date" = field("Date Filter");
                DataItemLinkReference = Member;
                DataItemTableView = sorting("Member No.", "Posting Date", "Currency Code");

                column(PostingDate_LedgerEntry; Format("Posting Date"))
                {
                }
                column(EntryType_LedgerEntry; "Entry Type")
                {
                    IncludeCaption = true;
                }
                column(DocumentNo_LedgerEntry; "Document No.")
                {
                    IncludeCaption = true;
                }
                column(Description_LedgerEntry; Description)
                {
                    IncludeCaption = true;
                }
                column(Amount_LedgerEntry; "Amount (LCY)")
                {
                    AutoFormatType = 1;
                    IncludeCaption = true;
                }
                column(Points_LedgerEntry; Points)
                {
                }
                column(RunningBalance; RunningBalance)
                {
                    AutoFormatType = 1;
                }

                trigger OnPreDataItem()
                begin
                    RunningBalance := OpeningBalanceAmt;
                    if (StartDate <> 0D) or (EndDate <> 0D) then
                        SetRange("Posting Date", StartDate, EndDate);
                    if not ShowVisits then
                        SetFilter("Entry Type", '<>%1', "Entry Type"::Visit);
                end;

                trigger OnAfterGetRecord()
                begin
                    if ("Amount (LCY)" = 0) and (Points = 0) and HideZeroLines then
                        CurrReport.Skip();
                    RunningBalance += "Amount (LCY)";
                    TotalPoints += Points;
                end;
            }
            dataitem(Totals; Integer)
            {
                DataItemTableView = sorting(Number) where(Number = const(1));

                column(ClosingBalance; RunningBalance)
                {
                    AutoFormatType = 1;
                }
                column(TotalPoints; TotalPoints)
                {
                }
                column(ShowAging; ShowAging)
                {
                }
                dataitem(Aging; Integer)
                {
                    DataItemTableView = sorting(Number) where(Number = filter(1 .. 4));

                    column(AgingBucketCaption; AgingCaptions[Number])
                    {
                    }
                    column(AgingBucketAmount; AgingAmounts[Number])
                    {
                        AutoFormatType = 1;
                    }

                    trigger OnPreDataItem()
                    begin
                        if not ShowAging then
                            CurrReport.Break();
                        CalcAging(Member."No.");
                    end;
                }
            }

            trigger OnPreDataItem()
            begin
                if EndDate = 0D then
                    EndDate := WorkDate();
                PeriodText := StrSubstNo(PeriodTxt, StartDate, EndDate);
            end;

            trigger OnAfterGetRecord()
            begin
                if PrintOnlyWithBalance and (Balance = 0) then
                    CurrReport.Skip();
                Clear(OpeningBalanceAmt);
                Clear(TotalPoints);
                MembersPrinted += 1;
            end;

            trigger OnPostDataItem()
            begin
                if GuiAllowed() and (MembersPrinted = 0) then
                    Message(NothingPrintedMsg);
            end;
        }
    }

    requestpage
    {
        SaveValues = true;
        AboutTitle = 'About the member statement';
        AboutText = 'Choose the period and which entries to include.';

        layout
        {
            area(Content)
            {
                group(Options)
                {
                    Caption = 'Options';

                    field(StartDateField; StartDate)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Start Date';
                        ToolTip = 'Specifies the first date of the statement period.';
                    }
                    field(EndDateField; EndDate)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'End Date';
                        ToolTip = 'Specifies the last date of the statement period.';

                        trigger OnValidate()
                        begin
                            if (StartDate <> 0D) and (EndDate < StartDate) then
                                Error(EndBeforeStartErr);
                        end;
                    }
                    field(ShowVisitsField; ShowVisits)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Include Visits';
                        ToolTip = 'Specifies whether visit entries are printed.';
                    }
                    field(HideZeroLinesField; HideZeroLines)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Hide Zero Lines';
                        ToolTip = 'Specifies whether lines without amount or points are skipped.';
                    }
                    field(PrintOnlyWithBalanceField; PrintOnlyWithBalance)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Only Members with Balance';
                        ToolTip = 'Specifies whether members with a zero balance are skipped.';
                    }
                    field(ShowAgingField; ShowAging)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Show Aging';
                        ToolTip = 'Specifies whether an aging summary is printed.';
                    }
                }
            }
        }

        actions
        {
            area(Processing)
            {
                action(SetCurrentMonth)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Current Month';
                    Image = Calendar;
                    ToolTip = 'Use the current month as the statement period.';

                    trigger OnAction()
                    begin
                        StartDate := CalcDate('<-CM>', WorkDate());
                        EndDate := CalcDate('<CM>', WorkDate());
                    end;
                }
            }
        }

        trigger OnOpenPage()
        begin
            if EndDate = 0D then
                EndDate := WorkDate();
            if StartDate = 0D then
                StartDate := CalcDate('<-1M+1D>', EndDate);
        end;
    }

    rendering
    {
        layout(StatementRDLC)
        {
            Type = RDLC;
            LayoutFile = './src/Reports/Layouts/MemberStatement.rdl';
            Caption = 'Member Statement (RDLC)';
            Summary = 'Classic statement with running balance.';
        }
        layout(StatementWord)
        {
            Type = Word;
            LayoutFile = './src/Reports/Layouts/MemberStatement.docx';
            Caption = 'Member Statement (Word)';
        }
        layout(StatementExcel)
        {
            Type = Excel;
            LayoutFile = './src/Reports/Layouts/MemberStatement.xlsx';
            Caption = 'Member Statement (Excel)';
        }
    }

    labels
    {
        StatementLbl = 'Statement';
        PageLbl = 'Page %1 of %2', Comment = '%1 = current page, %2 = total pages';
        OpeningBalanceLbl = 'Opening balance';
        ClosingBalanceLbl = 'Closing balance';
        PointsLbl = 'Points earned', MaxLength = 30;
        ContosoLbl = 'Contoso', Locked = true;
    }

    trigger OnInitReport()
    begin
        ShowVisits := true;
    end;

    trigger OnPreReport()
    begin
        CompanyInformation.Get();
        CompanyInformation.CalcFields(Picture);
        AgingCaptions[1] := 'Current';
        AgingCaptions[2] := '31-60 days';
        AgingCaptions[3] := '61-90 days';
        AgingCaptions[4] := 'Over 90 days';
    end;

    var
        CompanyInformation: Record "Company Information";
        StartDate: Date;
        EndDate: Date;
        PeriodText: Text;
        OpeningBalanceAmt: Decimal;
        RunningBalance: Decimal;
        TotalPoints: Integer;
        MembersPrinted: Integer;
        AgingCaptions: array[4] of Text[30];
        AgingAmounts: array[4] of Decimal;
        ShowVisits: Boolean;
        HideZeroLines: Boolean;
        PrintOnlyWithBalance: Boolean;
        ShowAging: Boolean;
        PeriodTxt: Label 'Period: %1..%2', Comment = '%1 = start date, %2 = end date';
        EndBeforeStartErr: Label 'The end date must be after the start date.';
        NothingPrintedMsg: Label 'No members matched the filters.';

    local procedure CalcAging(MemberNo: Code[20])
    var
        OpenEntry: Record "CSO Member Ledger Entry";
        Days: Integer;
        Bucket: Integer;
    begin
        Clear(AgingAmounts);
        OpenEntry.SetRange("Member No.", MemberNo);
        OpenEntry.SetRange(Open, true);
        if OpenEntry.FindSet() then
            repeat
                Days := EndDate - OpenEntry."Posting Date";
                case Days of
                    0 .. 30:
                        Bucket := 1;
                    31 .. 60:
                        Bucket := 2;
                    61 .. 90:
                        Bucket := 3;
                    else
                        Bucket := 4;
                end;
                AgingAmounts[Bucket] += OpenEntry."Remaining Amount";
            until OpenEntry.Next() = 0;
    end;

    procedure InitializeRequest(NewStartDate: Date; NewEndDate: Date; NewShowVisits: Boolean)
    begin
        StartDate := NewStartDate;
        EndDate := NewEndDate;
        ShowVisits := NewShowVisits;
    end;
}
