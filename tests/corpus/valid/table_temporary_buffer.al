namespace Contoso.Club.Analysis;

table 50105 "CSO Points Buffer"
{
    Caption = 'Points Buffer';
    TableType = Temporary;
    Access = Internal;
    ReplicateData = false;
    DataClassification = SystemMetadata;

    fields
    {
        field(1; "Entry No."; Integer)
        {
            Caption = 'Entry No.';
        }
        field(2; "Member No."; Code[20])
        {
            Caption = 'Member No.';
        }
        field(3; "Period Start"; Date)
        {
            Caption = 'Period Start';
        }
        field(4; "Period End"; Date)
        {
            Caption = 'Period End';
        }
        field(5; "Earned Points"; Integer)
        {
            Caption = 'Earned Points';
        }
        field(6; "Redeemed Points"; Integer)
        {
            Caption = 'Redeemed Points';
        }
        field(7; "Balance"; Integer)
        {
            Caption = 'Balance';
        }
        field(8; "Amount"; Decimal)
        {
            Caption = 'Amount';
            AutoFormatType = 1;
        }
        field(9; "Period Name"; Text[30])
        {
            Caption = 'Period Name';
        }
        field(10; "Level"; Enum "CSO Membership Level")
        {
            Caption = 'Level';
        }
        field(11; "Record Id"; RecordId)
        {
            Caption = 'Record Id';
        }
        field(12; "Matrix Values"; Text[250])
        {
            Caption = 'Matrix Values';
        }
    }

    keys
    {
        key(PK; "Entry No.")
        {
            Clustered = true;
        }
        key(ByMember; "Member No.", "Period Start")
        {
            SumIndexFields = "Earned Points", "Redeemed Points", Amount;
        }
    }

    var
        NextEntryNo: Integer;

    procedure AddPeriod(MemberNo: Code[20]; StartDate: Date; EndDate: Date; Earned: Integer; Redeemed: Integer)
    begin
        NextEntryNo += 1;
        Init();
        "Entry No." := NextEntryNo;
        "Member No." := MemberNo;
        "Period Start" := StartDate;
        "Period End" := EndDate;
        "Earned Points" := Earned;
        "Redeemed Points" := Redeemed;
        Balance := Earned - Redeemed;
        "Period Name" := CopyStr(Format(StartDate, 0, '<Month Text,3> <Year4>'), 1, MaxStrLen("Period Name"));
        Insert();
    end;

    procedure AccumulateBalances()
    var
        Running: Integer;
        LastMemberNo: Code[20];
    begin
        SetCurrentKey("Member No.", "Period Start");
        if not FindSet(true) then
            exit;
        repeat
            if "Member No." <> LastMemberNo then begin
                Running := 0;
                LastMemberNo := "Member No.";
            end;
            Running += "Earned Points" - "Redeemed Points";
            Balance := Running;
            Modify();
        until Next() = 0;
    end;

    procedure FillMatrix(var MatrixData: array[2, 3] of Decimal)
    var
        Row: Integer;
        Col: Integer;
    begin
        Clear(MatrixData);
        if not FindSet() then
            exit;
        repeat
            Row := 1;
            if Balance < 0 then
                Row := 2;
            Col := ("Entry No." - 1) mod 3 + 1;
            MatrixData[Row, Col] += Amount;
        until Next() = 0;
    end;

    procedure BuildSummary(var Lines: array[10] of Text[50]; var LineCount: Integer)
    var
        Total: Integer;
    begin
        LineCount := 0;
        Clear(Lines);
        if FindSet() then
            repeat
                if LineCount < ArrayLen(Lines) then begin
                    LineCount += 1;
                    Lines[LineCount] := CopyStr(StrSubstNo('%1: %2', "Period Name", Balance), 1, 50);
                end;
                Total += Balance;
            until Next() = 0;

        if LineCount = ArrayLen(Lines) then
            Lines[LineCount] := CopyStr(StrSubstNo('... total %1', Total), 1, 50);
    end;

    procedure CopyToTemp(var TempTarget: Record "CSO Points Buffer" temporary)
    begin
        TempTarget.Reset();
        TempTarget.DeleteAll();
        if FindSet() then
            repeat
                TempTarget := Rec;
                TempTarget.Insert();
            until Next() = 0;
    end;
}
