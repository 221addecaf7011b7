// Tests of the Vendor Delivery card and its background tasks.  Under a
// TestPage, BC runs a page's background tasks synchronously: the task has
// run, and its completion or error trigger has fired, by the time the
// TestPage call that enqueued it (OpenView, Next, GoToKey ...) returns.
codeunit 50610 "Delivery Grade Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        IsInitialized: Boolean;

    [Test]
    procedure OpeningTheCardGradesTheFirstVendor()
    var
        Card: TestPage "Vendor Delivery Card";
    begin
        Initialize();
        Card.OpenView();
        // 48 of 50 on time: 96%
        Card."Vendor No.".AssertEquals('V1000');
        Card.Grade.AssertEquals('A');
        Card.OnTimePct.AssertEquals(96);
        Card.Status.AssertEquals('Graded');
        Card.Close();
    end;

    [Test]
    procedure MovingToAnotherVendorGradesItAgain()
    var
        Card: TestPage "Vendor Delivery Card";
    begin
        Initialize();
        Card.OpenView();
        Assert.IsTrue(Card.Next(), 'There should be a second vendor.');
        // 34 of 40 on time: 85%
        Card.Grade.AssertEquals('B');
        Card.OnTimePct.AssertEquals(85);
        Card.Close();
    end;

    [Test]
    procedure RunPageBackgroundTaskReturnsTheResults()
    var
        Card: TestPage "Vendor Delivery Card";
        Parameters: Dictionary of [Text, Text];
        Results: Dictionary of [Text, Text];
    begin
        Initialize();
        Card.OpenView();
        Parameters.Add('VendorNo', 'V2000');
        Results := Card.RunPageBackgroundTask(Codeunit::"Delivery Grade Task", Parameters);
        Assert.AreEqual('B', Results.Get('Grade'), 'The grade of V2000');
        Assert.AreEqual('85', Results.Get('OnTimePct'), 'The on-time share of V2000');
        // no completion trigger ran: the card still shows V1000's grade
        Card.Grade.AssertEquals('A');
        Card.Close();
    end;

    [Test]
    procedure RunPageBackgroundTaskCanRunTheCompletionTrigger()
    var
        Card: TestPage "Vendor Delivery Card";
        Parameters: Dictionary of [Text, Text];
    begin
        Initialize();
        Card.OpenView();
        Parameters.Add('VendorNo', 'V2000');
        Card.RunPageBackgroundTask(Codeunit::"Delivery Grade Task", Parameters, true);
        Card.Grade.AssertEquals('B');
        Card.Close();
    end;

    [Test]
    procedure AHandledErrorIsShownOnThePage()
    var
        Card: TestPage "Vendor Delivery Card";
    begin
        Initialize();
        Card.OpenEdit();
        Card.HandleErrors.SetValue(true);
        Assert.IsTrue(Card.GoToKey('V3000'), 'V3000 should be on the card.');
        Card.Status.AssertEquals('No deliveries are recorded for vendor V3000.');
        Card.Grade.AssertEquals('');
        Card.Close();
    end;

    [Test]
    procedure AnUnhandledErrorClosesTheTestPage()
    var
        Card: TestPage "Vendor Delivery Card";
    begin
        Initialize();
        Card.OpenView();
        asserterror Card.GoToKey('V3000');
        Assert.ExpectedError('The TestPage is not open.');
    end;

    [Test]
    procedure AWorkerErrorReachesTheCaller()
    var
        Card: TestPage "Vendor Delivery Card";
        Parameters: Dictionary of [Text, Text];
    begin
        Initialize();
        Card.OpenView();
        Parameters.Add('VendorNo', 'V3000');
        asserterror Card.RunPageBackgroundTask(Codeunit::"Delivery Grade Task", Parameters);
        Assert.ExpectedError('No deliveries are recorded for vendor V3000.');
    end;

    [Test]
    procedure TheWorkerCannotWriteTheDatabase()
    var
        Score: Record "Vendor Delivery Score";
        Card: TestPage "Vendor Delivery Card";
        Parameters: Dictionary of [Text, Text];
    begin
        Initialize();
        Card.OpenView();
        Parameters.Add('VendorNo', 'V1000');
        asserterror Card.RunPageBackgroundTask(Codeunit::"Delivery Grade Store Task", Parameters);
        Assert.ExpectedError('Sorry, the current permissions prevented the action. (TableData 50600 Vendor Delivery Score Modify');
        Score.Get('V1000');
        Assert.AreEqual('', Score."Last Grade", 'The task must not have stored a grade.');
    end;

    [Test]
    procedure TheWorkerSeesTheTestsUncommittedRows()
    var
        Card: TestPage "Vendor Delivery Card";
        Parameters: Dictionary of [Text, Text];
        Results: Dictionary of [Text, Text];
    begin
        Initialize();
        // not committed: BC's child session sees it all the same
        CreateVendor('V4000', 'Proseware Tools', 20, 12);
        Card.OpenView();
        Parameters.Add('VendorNo', 'V4000');
        Results := Card.RunPageBackgroundTask(Codeunit::"Delivery Grade Task", Parameters);
        Assert.AreEqual('C', Results.Get('Grade'), 'The grade of V4000 (60% on time)');
        Card.Close();
    end;

    local procedure Initialize()
    begin
        if IsInitialized then
            exit;
        CreateVendor('V1000', 'Fabrikam Supplies', 50, 48);
        CreateVendor('V2000', 'Litware Parts', 40, 34);
        CreateVendor('V3000', 'Northwind Metals', 0, 0);
        IsInitialized := true;
        Commit(); // what asserterror rolls back to
    end;

    local procedure CreateVendor(VendorNo: Code[20]; VendorName: Text[100]; Deliveries: Integer; OnTime: Integer)
    var
        Score: Record "Vendor Delivery Score";
    begin
        Score."Vendor No." := VendorNo;
        Score.Name := VendorName;
        Score.Deliveries := Deliveries;
        Score."On Time" := OnTime;
        Score.Insert();
    end;
}
