// Events under `alrun test`, as real test projects use them: a test binds
// a Manual subscriber to a page's integration event to mock what the
// page's background task computes, then checks the page through a
// TestPage.  A binding held by a test's local variable ends with the test;
// one held by the test codeunit's global lasts until the codeunit ends.
table 50740 "Ev Rate"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Factor; Decimal) { }
    }
    keys { key(PK; Code) { } }
}

page 50740 "Ev Rate Card"
{
    PageType = Card;
    SourceTable = "Ev Rate";

    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field(Rate; RateText) { Caption = 'Rate'; }
        }
    }

    var
        RateText: Text;
        TaskId: Integer;

    trigger OnAfterGetCurrRecord()
    var
        Params: Dictionary of [Text, Text];
    begin
        RateText := '-';
        Params.Add('Factor', Format(Rec.Factor, 0, 9));
        OnBeforeRateTask(Params);
        CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::"Ev Rate Worker", Params);
    end;

    trigger OnPageBackgroundTaskCompleted(Id: Integer; Results: Dictionary of [Text, Text])
    begin
        RateText := Results.Get('Rate');
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeRateTask(var Params: Dictionary of [Text, Text])
    begin
    end;
}

codeunit 50740 "Ev Rate Worker"
{
    trigger OnRun()
    var
        Params, Result : Dictionary of [Text, Text];
        Factor: Decimal;
    begin
        Params := Page.GetBackgroundParameters();
        if Params.ContainsKey('Mock') then
            Result.Add('Rate', Params.Get('Mock'))
        else begin
            Evaluate(Factor, Params.Get('Factor'), 9);
            Result.Add('Rate', Format(Factor * 2));
        end;
        Page.SetBackgroundTaskResult(Result);
    end;
}

codeunit 50741 "Ev Rate Mock"
{
    EventSubscriberInstance = Manual;

    var
        Calls: Integer;

    procedure CallCount(): Integer
    begin
        exit(Calls);
    end;

    [EventSubscriber(ObjectType::Page, Page::"Ev Rate Card", 'OnBeforeRateTask', '', false, false)]
    local procedure MockRate(var Params: Dictionary of [Text, Text])
    begin
        Params.Add('Mock', '7.4643');
    end;

    [EventSubscriber(ObjectType::Page, Page::"Ev Rate Card", 'OnAfterGetCurrRecordEvent', '', false, false)]
    local procedure CountRecords(var Rec: Record "Ev Rate")
    begin
        Calls += 1;
    end;
}

codeunit 50742 "Ev Rate Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        GlobalMock: Codeunit "Ev Rate Mock";

    [Test]
    procedure MockedRateReachesThePage()
    var
        Mock: Codeunit "Ev Rate Mock";
        Card: TestPage "Ev Rate Card";
    begin
        AddRate('EUR', 1.5);
        BindSubscription(Mock);
        Card.OpenView();
        Card.GoToKey('EUR');
        Card.Rate.AssertEquals('7.4643');
        Assert.AreEqual(2, Mock.CallCount(), 'OnAfterGetCurrRecordEvent: on open and after GoToKey');
    end;

    [Test]
    procedure TheLastTestsBindingHasEnded()
    var
        Card: TestPage "Ev Rate Card";
    begin
        AddRate('USD', 2);
        Card.OpenView();
        Card.GoToKey('USD');
        Card.Rate.AssertEquals('4');
    end;

    [Test]
    procedure BindAGlobal()
    begin
        BindSubscription(GlobalMock);
    end;

    [Test]
    procedure TheGlobalIsStillBound()
    var
        Card: TestPage "Ev Rate Card";
    begin
        // the codeunit's global still holds the binding BindAGlobal made
        AddRate('GBP', 3);
        Card.OpenView();
        Card.GoToKey('GBP');
        Card.Rate.AssertEquals('7.4643');
    end;

    local procedure AddRate(C: Code[10]; F: Decimal)
    var
        Rate: Record "Ev Rate";
    begin
        Rate.Code := C;
        Rate.Factor := F;
        Rate.Insert();
    end;
}
