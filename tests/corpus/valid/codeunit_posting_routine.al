namespace Contoso.Club.Posting;

using Microsoft.Finance.GeneralLedger.Journal;
using Microsoft.Finance.GeneralLedger.Posting;
using Microsoft.Finance.Dimension;
using Microsoft.Foundation.AuditCodes;
using Contoso.Club.Members;
using Contoso.Club.Journal;

codeunit 50200 "CSO Member Jnl.-Post Line"
{
    Permissions = tabledata "CSO Member Ledger Entry" = rimd,
                  tabledata "CSO Member Register" = rimd,
                  tabledata "G/L Entry" = rimd;
    TableNo = "CSO Member Journal Line";

    trigger OnRun()
    begin
        GetGLSetup();
        RunWithCheck(Rec);
    end;

    var
        GLSetup: Record "General Ledger Setup";
        MemberRegister: Record "CSO Member Register";
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
        TempPostedEntries: Record "CSO Member Ledger Entry" temporary;
        DimMgt: Codeunit DimensionManagement;
        NextEntryNo: Integer;
        GLSetupRead: Boolean;
        TotalPoints: BigInteger;
        DimensionCausedErr: Label 'A dimension used in %1 %2, %3, %4 has caused an error. %5', Comment = '%1 = table caption, %2 = template, %3 = batch, %4 = line no., %5 = error text';
        NegativePointsErr: Label 'Member %1 does not have enough points. Available: %2, requested: %3.', Comment = '%1 = member no., %2 = available, %3 = requested';

    procedure RunWithCheck(var MemberJnlLine: Record "CSO Member Journal Line")
    begin
        Code(MemberJnlLine, true);
    end;

    procedure RunWithoutCheck(var MemberJnlLine: Record "CSO Member Journal Line")
    begin
        Code(MemberJnlLine, false);
    end;

    local procedure Code(var MemberJnlLine: Record "CSO Member Journal Line"; CheckLine: Boolean)
    var
        ClubMember: Record "CSO Club Member";
        IsHandled: Boolean;
    begin
        OnBeforePostJournalLine(MemberJnlLine, IsHandled);
        if IsHandled then
            exit;

        if MemberJnlLine.EmptyLine() then
            exit;

        if CheckLine then
            CheckJournalLine(MemberJnlLine);

        ClubMember.Get(MemberJnlLine."Member No.");
        ClubMember.CheckBlocked();

        if NextEntryNo = 0 then begin
            MemberLedgerEntry.LockTable();
            NextEntryNo := MemberLedgerEntry.GetLastEntryNo() + 1;
        end;

        InsertRegisterIfNeeded(MemberJnlLine);
        PostLedgerEntry(MemberJnlLine, ClubMember);

        OnAfterPostJournalLine(MemberJnlLine, MemberLedgerEntry);
    end;

    local procedure CheckJournalLine(var MemberJnlLine: Record "CSO Member Journal Line")
    var
        TableID: array[10] of Integer;
        No: array[10] of Code[20];
    begin
        MemberJnlLine.TestField("Member No.");
        MemberJnlLine.TestField("Posting Date");
        MemberJnlLine.TestField("Document No.");

        if MemberJnlLine."Posting Date" <> NormalDate(MemberJnlLine."Posting Date") then
            MemberJnlLine.FieldError("Posting Date", ClosingDateErr());

        if (MemberJnlLine."Entry Type" = MemberJnlLine."Entry Type"::Redemption) and (MemberJnlLine.Points > 0) then
            MemberJnlLine.Points := -MemberJnlLine.Points;

        if not DimMgt.CheckDimIDComb(MemberJnlLine."Dimension Set ID") then
            Error(
              DimensionCausedErr,
              MemberJnlLine.TableCaption(), MemberJnlLine."Journal Template Name",
              MemberJnlLine."Journal Batch Name", MemberJnlLine."Line No.",
              DimMgt.GetDimCombErr());

        TableID[1] := Database::"CSO Club Member";
        No[1] := MemberJnlLine."Member No.";
        TableID[2] := Database::Location;
        No[2] := MemberJnlLine."Location Code";
        if not DimMgt.CheckDimValuePosting(TableID, No, MemberJnlLine."Dimension Set ID") then
            Error(DimMgt.GetDimValuePostingErr());

        if MemberJnlLine.Points < 0 then
            CheckPointsAvailable(MemberJnlLine."Member No.", -MemberJnlLine.Points);
    end;

    local procedure CheckPointsAvailable(MemberNo: Code[20]; Requested: Integer)
    var
        LedgerEntry: Record "CSO Member Ledger Entry";
        Available: Integer;
    begin
        LedgerEntry.SetCurrentKey("Member No.", "Posting Date", "Currency Code");
        LedgerEntry.SetRange("Member No.", MemberNo);
        LedgerEntry.CalcSums(Points);
        Available := LedgerEntry.Points;
        if Available < Requested then
            Error(NegativePointsErr, MemberNo, Available, Requested);
    end;

    local procedure InsertRegisterIfNeeded(MemberJnlLine: Record "CSO Member Journal Line")
    begin
        if MemberRegister."No." = 0 then begin
            MemberRegister.LockTable();
            if (not MemberRegister.FindLast()) or (MemberRegister."To Entry No." <> 0) then begin
                MemberRegister.Init();
                MemberRegister."No." := MemberRegister."No." + 1;
                MemberRegister."From Entry No." := NextEntryNo;
                MemberRegister."To Entry No." := NextEntryNo;
                MemberRegister."Creation Date" := Today();
                MemberRegister."Creation Time" := Time();
                MemberRegister."Source Code" := MemberJnlLine."Source Code";
                MemberRegister."Journal Batch Name" := MemberJnlLine."Journal Batch Name";
                MemberRegister."User ID" := CopyStr(UserId(), 1, MaxStrLen(MemberRegister."User ID"));
                MemberRegister.Insert();
            end;
        end;
        MemberRegister."To Entry No." := NextEntryNo;
        MemberRegister.Modify();
    end;

    local procedure PostLedgerEntry(MemberJnlLine: Record "CSO Member Journal Line"; ClubMember: Record "CSO Club Member")
    begin
        MemberLedgerEntry.Init();
        MemberLedgerEntry.CopyFromJournal(MemberJnlLine);
        MemberLedgerEntry."Entry No." := NextEntryNo;
        MemberLedgerEntry."Transaction No." := 0L;
        MemberLedgerEntry.Points := CalcPoints(MemberJnlLine, ClubMember);
        OnBeforeInsertLedgerEntry(MemberLedgerEntry, MemberJnlLine);
        MemberLedgerEntry.Insert(true);

        TempPostedEntries := MemberLedgerEntry;
        TempPostedEntries.Insert();

        TotalPoints += MemberLedgerEntry.Points;
        NextEntryNo += 1;
    end;

    local procedure CalcPoints(MemberJnlLine: Record "CSO Member Journal Line"; ClubMember: Record "CSO Club Member") Points: Integer
    var
        ClubSetup: Record "CSO Club Setup";
        Multiplier: Decimal;
    begin
        if MemberJnlLine.Points <> 0 then
            exit(MemberJnlLine.Points);

        ClubSetup.Get();
        if not ClubSetup."Enable Loyalty" then
            exit(0);

        case ClubMember."Membership Level" of
            ClubMember."Membership Level"::Bronze:
                Multiplier := 1;
            ClubMember."Membership Level"::Silver:
                Multiplier := 1.25;
            ClubMember."Membership Level"::Gold:
                Multiplier := 1.5;
            ClubMember."Membership Level"::Platinum:
                Multiplier := 2;
            else
                Multiplier := 1;
        end;

        if MemberJnlLine."Entry Type" in [MemberJnlLine."Entry Type"::Purchase, MemberJnlLine."Entry Type"::Fee] then
            Points := Round(MemberJnlLine."Amount (LCY)" * ClubSetup."Points per Currency Unit" * Multiplier, 1, '<');
    end;

    procedure GetPostedEntries(var TempEntries: Record "CSO Member Ledger Entry" temporary)
    begin
        TempEntries.Copy(TempPostedEntries, true);
    end;

    procedure GetTotalPoints(): BigInteger
    begin
        exit(TotalPoints);
    end;

    local procedure GetGLSetup()
    begin
        if GLSetupRead then
            exit;
        GLSetup.Get();
        GLSetupRead := true;
    end;

    local procedure ClosingDateErr(): Text
    begin
        exit('cannot be a closing date');
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforePostJournalLine(var MemberJournalLine: Record "CSO Member Journal Line"; var IsHandled: Boolean)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterPostJournalLine(var MemberJournalLine: Record "CSO Member Journal Line"; var MemberLedgerEntry: Record "CSO Member Ledger Entry")
    begin
    end;

    [IntegrationEvent(true, false)]
    local procedure OnBeforeInsertLedgerEntry(var MemberLedgerEntry: Record "CSO Member Ledger Entry"; MemberJournalLine: Record "CSO Member Journal Line")
    begin
    end;
}
