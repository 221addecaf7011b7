namespace Contoso.Club.Analysis;

using Contoso.Club.Members;

query 50295 "CSO Sales by Member"
{
    Caption = 'Sales by Member';
    QueryType = Normal;
    OrderBy = descending(Sum_Amount_LCY);
    TopNumberOfRows = 25;
    DataAccessIntent = ReadOnly;
    QueryCategory = 'Club Member List';

    elements
    {
        dataitem(Member; "CSO Club Member")
        {
            DataItemTableFilter = Blocked = const(false);

            column(No; "No.")
            {
            }
            column(Name; Name)
            {
            }
            column(Membership_Level; "Membership Level")
            {
            }
            column(City; City)
            {
            }
            filter(Salesperson_Code; "Salesperson Code")
            {
            }
            dataitem(Ledger_Entry; "CSO Member Ledger Entry")
            {
                DataItemLink = "Member No." = Member."No.";
                SqlJoinType = InnerJoin;
                DataItemTableFilter = "Entry Type" = filter(Purchase | Fee);

                column(Sum_Amount_LCY; "Amount (LCY)")
                {
                    Method = Sum;
                }
                column(Sum_Points; Points)
                {
                    Method = Sum;
                    ColumnFilter = Sum_Points = filter(> 0);
                }
                column(Avg_Amount; "Amount (LCY)")
                {
                    Method = Average;
                }
                column(Max_Amount; "Amount (LCY)")
                {
                    Method = Max;
                }
                column(Min_Posting_Date; "Posting Date")
                {
                    Method = Min;
                }
                column(No_of_Entries)
                {
                    Method = Count;
                }
                filter(Posting_Date; "Posting Date")
                {
                }
                filter(Location_Code; "Location Code")
                {
                    ColumnFilter = Location_Code = filter(<> '');
                }
            }
        }
    }

    trigger OnBeforeOpen()
    begin
        if GetFilter(Posting_Date) = '' then
            SetRange(Posting_Date, CalcDate('<-1Y>', WorkDate()), WorkDate());
    end;
}

query 50296 "CSO Visits per Month"
{
    Caption = 'Visits per Month';
    QueryType = Normal;
    OrderBy = ascending(Posting_Year, Posting_Month);

    elements
    {
        dataitem(Ledger_Entry; "CSO Member Ledger Entry")
        {
            DataItemTableFilter = "Entry Type" = const(Visit), Reversed = const(false);

            column(Posting_Year; "Posting Date")
            {
                Method = Year;
            }
            column(Posting_Month; "Posting Date")
            {
                Method = Month;
            }
            column(Location_Code; "Location Code")
            {
            }
            column(Visit_Count)
            {
                Method = Count;
            }
            dataitem(Member; "CSO Club Member")
            {
                DataItemLink = "No." = Ledger_Entry."Member No.";
                SqlJoinType = LeftOuterJoin;

                filter(Level_Filter; "Membership Level")
                {
                }
            }
        }
    }
}

codeunit 50297 "CSO Member Ranking"
{
    procedure GetTopMembers(FromDate: Date; ToDate: Date; var TempBuffer: Record "CSO Points Buffer" temporary)
    var
        SalesByMember: Query "CSO Sales by Member";
        EntryNo: Integer;
    begin
        TempBuffer.Reset();
        TempBuffer.DeleteAll();
        SalesByMember.SetRange(Posting_Date, FromDate, ToDate);
        SalesByMember.TopNumberOfRows(10);
        SalesByMember.Open();
        while SalesByMember.Read() do begin
            EntryNo += 1;
            TempBuffer.Init();
            TempBuffer."Entry No." := EntryNo;
            TempBuffer."Member No." := SalesByMember.No;
            TempBuffer.Amount := SalesByMember.Sum_Amount_LCY;
            TempBuffer."Earned Points" := SalesByMember.Sum_Points;
            TempBuffer.Level := SalesByMember.Membership_Level;
            TempBuffer.Insert();
        end;
        SalesByMember.Close();
    end;

    procedure VisitsInYear(Year: Integer) Visits: Dictionary of [Integer, Integer]
    var
        VisitsPerMonth: Query "CSO Visits per Month";
    begin
        VisitsPerMonth.SetRange(Posting_Year, Year);
        if not VisitsPerMonth.Open() then
            exit;
        while VisitsPerMonth.Read() do
            if Visits.ContainsKey(VisitsPerMonth.Posting_Month) then
                Visits.Set(VisitsPerMonth.Posting_Month, Visits.Get(VisitsPerMonth.Posting_Month) + VisitsPerMonth.Visit_Count)
            else
                Visits.Add(VisitsPerMonth.Posting_Month, VisitsPerMonth.Visit_Count);
    end;
}
