codeunit 50252 "CSO Library - Club"
{
    // Helper library used by the club test codeunits. Not a test codeunit itself.

    var
        LibraryUtility: Codeunit "Library - Utility";
        LibraryRandom: Codeunit "Library - Random";
        LibraryERM: Codeunit "Library - ERM";

    procedure InitSetup()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        CreateClubSetup(ClubSetup);
    end;

    procedure CreateClubSetup(var ClubSetup: Record "CSO Club Setup")
    begin
        ClubSetup.InsertIfNotExists();
        ClubSetup.Validate("Member Nos.", LibraryUtility.GetGlobalNoSeriesCode());
        ClubSetup.Validate("Voucher Nos.", LibraryUtility.GetGlobalNoSeriesCode());
        ClubSetup.Validate("Enable Loyalty", true);
        ClubSetup.Validate("Points per Currency Unit", 1);
        ClubSetup.Modify(true);
    end;

    procedure CreateMember(var ClubMember: Record "CSO Club Member")
    begin
        CreateMemberWithLevel(ClubMember, "CSO Membership Level"::Bronze);
    end;

    procedure CreateMemberWithLevel(var ClubMember: Record "CSO Club Member"; Level: Enum "CSO Membership Level")
    begin
        Clear(ClubMember);
        ClubMember.Init();
        ClubMember.Insert(true);
        ClubMember.Validate(Name, CopyStr(LibraryUtility.GenerateRandomText(30), 1, MaxStrLen(ClubMember.Name)));
        ClubMember.Validate("E-Mail", LibraryUtility.GenerateRandomEmail());
        ClubMember."Membership Level" := Level;
        ClubMember."Member Type" := ClubMember."Member Type"::Individual;
        ClubMember.Modify(true);
        OnAfterCreateMember(ClubMember);
    end;

    procedure CreateJournalLine(var JournalLine: Record "CSO Member Journal Line"; MemberNo: Code[20]; Amount: Decimal)
    var
        JournalBatch: Record "CSO Member Journal Batch";
        RecRef: RecordRef;
    begin
        CreateJournalBatch(JournalBatch);
        JournalLine.Init();
        JournalLine."Journal Template Name" := JournalBatch."Journal Template Name";
        JournalLine."Journal Batch Name" := JournalBatch.Name;
        RecRef.GetTable(JournalLine);
        JournalLine."Line No." := LibraryUtility.GetNewLineNo(RecRef, JournalLine.FieldNo("Line No."));
        JournalLine.Insert(true);
        JournalLine.Validate("Posting Date", WorkDate());
        JournalLine.Validate("Document No.", LibraryUtility.GenerateGUID());
        JournalLine.Validate("Member No.", MemberNo);
        JournalLine.Validate("Entry Type", JournalLine."Entry Type"::Fee);
        JournalLine.Validate(Amount, Amount);
        JournalLine.Modify(true);
    end;

    procedure CreateJournalBatch(var JournalBatch: Record "CSO Member Journal Batch")
    var
        JournalTemplate: Record "CSO Member Journal Template";
    begin
        if not JournalTemplate.FindFirst() then begin
            JournalTemplate.Init();
            JournalTemplate.Name := LibraryUtility.GenerateRandomCode(JournalTemplate.FieldNo(Name), Database::"CSO Member Journal Template");
            JournalTemplate.Description := JournalTemplate.Name;
            JournalTemplate.Insert(true);
        end;

        JournalBatch.Init();
        JournalBatch."Journal Template Name" := JournalTemplate.Name;
        JournalBatch.Name := LibraryUtility.GenerateRandomCode(JournalBatch.FieldNo(Name), Database::"CSO Member Journal Batch");
        JournalBatch.Insert(true);
    end;

    procedure MockLedgerEntry(var MemberLedgerEntry: Record "CSO Member Ledger Entry"; MemberNo: Code[20]; Amount: Decimal; IsOpen: Boolean)
    begin
        MemberLedgerEntry.Init();
        MemberLedgerEntry."Entry No." := MemberLedgerEntry.GetLastEntryNo() + 1;
        MemberLedgerEntry."Member No." := MemberNo;
        MemberLedgerEntry."Posting Date" := WorkDate();
        MemberLedgerEntry."Entry Type" := MemberLedgerEntry."Entry Type"::Purchase;
        MemberLedgerEntry.Amount := Amount;
        MemberLedgerEntry."Amount (LCY)" := Amount;
        MemberLedgerEntry."Remaining Amount" := Amount;
        MemberLedgerEntry.Open := IsOpen;
        MemberLedgerEntry.Points := LibraryRandom.RandInt(100);
        MemberLedgerEntry.Insert();
    end;

    procedure MockLedgerEntries(MemberNo: Code[20]; NoOfEntries: Integer; var Amounts: List of [Decimal]) Total: Decimal
    var
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
        Amount: Decimal;
        i: Integer;
    begin
        Clear(Amounts);
        for i := 1 to NoOfEntries do begin
            Amount := LibraryRandom.RandDecInRange(1, 1000, 2);
            MockLedgerEntry(MemberLedgerEntry, MemberNo, Amount, (i mod 2) = 0);
            Amounts.Add(Amount);
            Total += Amount;
        end;
    end;

    procedure CreateFeeAccount(): Code[20]
    var
        GLAccount: Record "G/L Account";
    begin
        LibraryERM.CreateGLAccount(GLAccount);
        GLAccount.Validate("Income/Balance", GLAccount."Income/Balance"::"Income Statement");
        GLAccount.Validate("Direct Posting", true);
        GLAccount.Modify(true);
        exit(GLAccount."No.");
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterCreateMember(var ClubMember: Record "CSO Club Member")
    begin
    end;
}
