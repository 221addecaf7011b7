codeunit 50250 "CSO Membership Tests"
{
    Subtype = Test;
    TestPermissions = Disabled;

    trigger OnRun()
    begin
        // [FEATURE] [Club] [Membership]
    end;

    var
        Assert: Codeunit Assert;
        LibraryRandom: Codeunit "Library - Random";
        LibraryUtility: Codeunit "Library - Utility";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        LibraryClub: Codeunit "CSO Library - Club";
        IsInitialized: Boolean;
        BlockedErr: Label 'Member %1 is blocked.', Comment = '%1 = member number';

    local procedure Initialize()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        LibraryVariableStorage.Clear();
        if IsInitialized then
            exit;

        LibraryClub.CreateClubSetup(ClubSetup);
        IsInitialized := true;
        Commit();
    end;

    [Test]
    procedure NewMemberGetsNumberFromSeries()
    var
        ClubMember: Record "CSO Club Member";
    begin
        // [SCENARIO] A member inserted without a number gets one from the number series
        Initialize();

        // [GIVEN] Club setup with a member number series
        // [WHEN] Inserting a member with a blank number
        ClubMember.Init();
        ClubMember.Validate(Name, LibraryUtility.GenerateGUID());
        ClubMember.Insert(true);

        // [THEN] The number is filled and the member since date is the work date
        Assert.AreNotEqual('', ClubMember."No.", 'Number must be assigned');
        Assert.AreEqual(WorkDate(), ClubMember."Member Since", 'Member since must default to the work date');
    end;

    [Test]
    procedure BlockedMemberCannotBePosted()
    var
        ClubMember: Record "CSO Club Member";
        JournalLine: Record "CSO Member Journal Line";
    begin
        // [SCENARIO] Posting to a blocked member fails
        Initialize();

        // [GIVEN] A blocked member and a journal line for it
        LibraryClub.CreateMember(ClubMember);
        ClubMember.Validate(Blocked, true);
        ClubMember.Modify(true);
        LibraryClub.CreateJournalLine(JournalLine, ClubMember."No.", LibraryRandom.RandDec(100, 2));

        // [WHEN] Posting the journal line
        asserterror Codeunit.Run(Codeunit::"CSO Member Jnl.-Post Line", JournalLine);

        // [THEN] An error about the blocked member is shown
        Assert.ExpectedError(StrSubstNo(BlockedErr, ClubMember."No."));
    end;

    [Test]
    procedure PointsAreMultipliedByLevel()
    var
        ClubMember: Record "CSO Club Member";
        JournalLine: Record "CSO Member Journal Line";
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
        Amount: Decimal;
        Levels: array[4] of Enum "CSO Membership Level";
        Expected: array[4] of Decimal;
        i: Integer;
    begin
        // [SCENARIO] Points earned depend on the membership level
        Initialize();
        Levels[1] := "CSO Membership Level"::Bronze;
        Levels[2] := Enum::"CSO Membership Level"::Silver;
        Levels[3] := Enum::"CSO Membership Level"::Gold;
        Levels[4] := Enum::"CSO Membership Level"::Platinum;
        Expected[1] := 1;
        Expected[2] := 1.25;
        Expected[3] := 1.5;
        Expected[4] := 2;
        Amount := 200;

        for i := 1 to ArrayLen(Levels) do begin
            // [GIVEN] A member with level i
            LibraryClub.CreateMember(ClubMember);
            ClubMember."Membership Level" := Levels[i];
            ClubMember.Modify();

            // [WHEN] Posting a purchase
            LibraryClub.CreateJournalLine(JournalLine, ClubMember."No.", Amount);
            JournalLine.Validate("Entry Type", JournalLine."Entry Type"::Purchase);
            JournalLine.Modify(true);
            Codeunit.Run(Codeunit::"CSO Member Jnl.-Post Line", JournalLine);

            // [THEN] Points = amount * multiplier
            MemberLedgerEntry.SetRange("Member No.", ClubMember."No.");
            MemberLedgerEntry.FindLast();
            Assert.AreEqual(Round(Amount * Expected[i], 1, '<'), MemberLedgerEntry.Points, StrSubstNo('Wrong points for level %1', Levels[i]));
        end;
    end;

    [Test]
    [HandlerFunctions('ConfirmHandlerYes,BlockedMessageHandler')]
    procedure BlockSelectedMembersFromList()
    var
        ClubMember: Record "CSO Club Member";
        MemberList: TestPage "CSO Club Member List";
    begin
        // [SCENARIO] Blocking members from the list asks for confirmation and reports the count
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibraryVariableStorage.Enqueue(1);

        // [WHEN] Running the Block Selected action
        MemberList.OpenView();
        MemberList.GoToRecord(ClubMember);
        MemberList.BlockSelected.Invoke();
        MemberList.Close();

        // [THEN] The member is blocked
        ClubMember.Find();
        ClubMember.TestField(Blocked, true);
        LibraryVariableStorage.AssertEmpty();
    end;

    [Test]
    [HandlerFunctions('ConfirmHandlerNo')]
    procedure BlockSelectedCanBeCancelled()
    var
        ClubMember: Record "CSO Club Member";
        MemberList: TestPage "CSO Club Member List";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);

        MemberList.OpenView();
        MemberList.GoToRecord(ClubMember);
        MemberList.BlockSelected.Invoke();

        ClubMember.Find();
        Assert.IsFalse(ClubMember.Blocked, 'Member must not be blocked when the user says no.');
    end;

    [Test]
    procedure DeleteWithOpenEntriesFails()
    var
        ClubMember: Record "CSO Club Member";
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibraryClub.MockLedgerEntry(MemberLedgerEntry, ClubMember."No.", 10, true);

        asserterror ClubMember.Delete(true);

        Assert.ExpectedErrorCode('Dialog');
        Assert.ExpectedError('open ledger entries');
    end;

    [Test]
    procedure DisplayNameCombinesNames()
    var
        ClubMember: Record "CSO Club Member";
    begin
        Initialize();
        ClubMember.Name := 'Ada';
        ClubMember."Name 2" := 'Lovelace';
        Assert.AreEqual('Ada Lovelace', ClubMember.GetDisplayName(), '');

        ClubMember."Name 2" := '';
        Assert.AreEqual('Ada', ClubMember.GetDisplayName(), '');
    end;

    [Test]
    procedure RenewalDateUsesSetupFormula()
    var
        ClubSetup: Record "CSO Club Setup";
        Formula: DateFormula;
    begin
        Initialize();
        ClubSetup.Get();
        Evaluate(Formula, '<6M>');
        ClubSetup."Default Renewal Period" := Formula;
        ClubSetup.Modify();

        Assert.AreEqual(20240731D, ClubSetup.CalcRenewalDate(20240131D), 'Renewal date');
        Assert.AreNotEqual(0D, ClubSetup.CalcRenewalDate(0D), 'Blank date should use the work date');
    end;

    [ConfirmHandler]
    procedure ConfirmHandlerYes(Question: Text[1024]; var Reply: Boolean)
    begin
        Reply := true;
    end;

    [ConfirmHandler]
    procedure ConfirmHandlerNo(Question: Text[1024]; var Reply: Boolean)
    begin
        Reply := false;
    end;

    [MessageHandler]
    procedure BlockedMessageHandler(Message: Text[1024])
    begin
        Assert.ExpectedMessage(StrSubstNo('%1 members were blocked.', LibraryVariableStorage.DequeueInteger()), Message);
    end;
}
