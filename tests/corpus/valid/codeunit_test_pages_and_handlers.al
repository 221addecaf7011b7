codeunit 50251 "CSO Club UI Tests"
{
    Subtype = Test;
    TestPermissions = Disabled;

    var
        Assert: Codeunit Assert;
        LibraryClub: Codeunit "CSO Library - Club";
        LibraryVariableStorage: Codeunit "Library - Variable Storage";
        LibrarySales: Codeunit "Library - Sales";
        LibraryLowerPermissions: Codeunit "Library - Lower Permissions";
        IsInitialized: Boolean;

    local procedure Initialize()
    begin
        LibraryVariableStorage.Clear();
        if IsInitialized then
            exit;
        LibraryClub.InitSetup();
        IsInitialized := true;
        Commit();
    end;

    [Test]
    [HandlerFunctions('MemberLookupModalPageHandler')]
    procedure LookupMemberFromCustomerCard()
    var
        ClubMember: Record "CSO Club Member";
        Customer: Record Customer;
        CustomerCard: TestPage "Customer Card";
    begin
        // [SCENARIO] Looking up a member on the customer card fills the member number
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibrarySales.CreateCustomer(Customer);
        LibraryVariableStorage.Enqueue(ClubMember."No.");

        CustomerCard.OpenEdit();
        CustomerCard.GoToRecord(Customer);
        CustomerCard."CSO Club Member No.".Lookup();
        CustomerCard."CSO Club Member No.".AssertEquals(ClubMember."No.");
        CustomerCard."CSO Loyalty Tier".AssertEquals(ClubMember."Membership Level");
        CustomerCard.Close();
    end;

    [Test]
    [HandlerFunctions('LedgerEntriesPageHandler')]
    procedure DrillDownOnBalanceOpensEntries()
    var
        ClubMember: Record "CSO Club Member";
        MemberLedgerEntry: Record "CSO Member Ledger Entry";
        MemberCard: TestPage "CSO Club Member Card";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibraryClub.MockLedgerEntry(MemberLedgerEntry, ClubMember."No.", 125.5, true);
        LibraryVariableStorage.Enqueue(MemberLedgerEntry."Entry No.");

        MemberCard.OpenView();
        MemberCard.GoToRecord(ClubMember);
        MemberCard.Balance.DrillDown();
        MemberCard.Close();
    end;

    [Test]
    [HandlerFunctions('StatementRequestPageHandler')]
    procedure PrintStatementUsesRequestPage()
    var
        ClubMember: Record "CSO Club Member";
        MemberCard: TestPage "CSO Club Member Card";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibraryVariableStorage.Enqueue(20240101D);
        LibraryVariableStorage.Enqueue(20241231D);

        MemberCard.OpenView();
        MemberCard.GoToRecord(ClubMember);
        MemberCard.MemberStatement.Invoke();

        Assert.AreEqual(0, LibraryVariableStorage.Length(), 'All values must be consumed');
    end;

    [Test]
    [HandlerFunctions('RenewalStrMenuHandler,RenewalMessageHandler')]
    procedure ChooseRenewalPeriodFromMenu()
    var
        ClubMember: Record "CSO Club Member";
        LevelMgt: Codeunit "CSO Membership Level Mgt.";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibraryVariableStorage.Enqueue(2);

        LevelMgt.AskAndRenew(ClubMember);

        ClubMember.Find();
        Assert.AreEqual(CalcDate('<2Y>', ClubMember."Member Since"), LevelMgt.GetRenewalDate(ClubMember), '');
    end;

    [Test]
    [HandlerFunctions('WizardModalHandler')]
    procedure SetupWizardCreatesSetup()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        Initialize();
        ClubSetup.DeleteAll();
        Page.RunModal(Page::"CSO Club Setup Wizard");
        Assert.IsTrue(ClubSetup.Get(), 'Setup must exist after the wizard');
        Assert.IsTrue(ClubSetup."Enable Loyalty", 'Loyalty must be enabled');
    end;

    [Test]
    procedure ReadOnlyUserCannotEditMember()
    var
        ClubMember: Record "CSO Club Member";
        MemberCard: TestPage "CSO Club Member Card";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        LibraryLowerPermissions.PushPermissionSet('CSO CLUB - READ');

        MemberCard.OpenView();
        MemberCard.GoToRecord(ClubMember);
        Assert.IsFalse(MemberCard.Name.Editable(), 'Name must not be editable in view mode');
        asserterror MemberCard.Edit().Invoke();
        LibraryLowerPermissions.SetOutsideO365Scope();
    end;

    [Test]
    [HandlerFunctions('SendNotificationHandler,RecallNotificationHandler')]
    procedure MissingEmailRaisesNotification()
    var
        ClubMember: Record "CSO Club Member";
        MemberCard: TestPage "CSO Club Member Card";
    begin
        Initialize();
        LibraryClub.CreateMember(ClubMember);
        ClubMember."E-Mail" := '';
        ClubMember.Modify();

        MemberCard.OpenEdit();
        MemberCard.GoToRecord(ClubMember);
        MemberCard.Close();
    end;

    [ModalPageHandler]
    procedure MemberLookupModalPageHandler(var MemberList: TestPage "CSO Club Member List")
    begin
        MemberList.Filter.SetFilter("No.", LibraryVariableStorage.DequeueText());
        MemberList.First();
        MemberList.OK().Invoke();
    end;

    [PageHandler]
    procedure LedgerEntriesPageHandler(var LedgerEntries: TestPage "CSO Member Ledger Entries")
    begin
        LedgerEntries.First();
        LedgerEntries."Entry No.".AssertEquals(LibraryVariableStorage.DequeueInteger());
        Assert.IsFalse(LedgerEntries.Next(), 'Only one entry expected');
    end;

    [RequestPageHandler]
    procedure StatementRequestPageHandler(var MemberStatement: TestRequestPage "CSO Member Statement")
    begin
        MemberStatement.StartDate.SetValue(LibraryVariableStorage.DequeueDate());
        MemberStatement.EndDate.SetValue(LibraryVariableStorage.DequeueDate());
        MemberStatement.Cancel().Invoke();
    end;

    [StrMenuHandler]
    procedure RenewalStrMenuHandler(Options: Text[1024]; var Choice: Integer; Instruction: Text[1024])
    begin
        Choice := LibraryVariableStorage.DequeueInteger();
    end;

    [MessageHandler]
    procedure RenewalMessageHandler(Message: Text[1024])
    begin
    end;

    [ModalPageHandler]
    procedure WizardModalHandler(var SetupWizard: TestPage "CSO Club Setup Wizard")
    begin
        SetupWizard.ActionNext.Invoke();
        SetupWizard.ActionNext.Invoke();
        SetupWizard.EnableLoyalty.SetValue(true);
        SetupWizard.ActionNext.Invoke();
        SetupWizard.ActionNext.Invoke();
        SetupWizard.ActionFinish.Invoke();
    end;

    [SendNotificationHandler]
    procedure SendNotificationHandler(var Notification: Notification): Boolean
    begin
        Assert.ExpectedMessage('email', Notification.Message);
        exit(true);
    end;

    [RecallNotificationHandler]
    procedure RecallNotificationHandler(var Notification: Notification): Boolean
    begin
        exit(true);
    end;
}
