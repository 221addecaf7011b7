// UI handlers for pages and notifications under `alrun test` (run.sh):
// PageHandler and ModalPageHandler with a TestPage or a Page, lookups,
// handlers matched by page, notification handlers, TestPage.Trap() before
// a handler, and the failures: unhandled UI, a handler not executed, a
// handler with the wrong parameters.
table 50710 Gadget
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Description; Text[30]) { }
    }
    keys { key(PK; Code) { } }
}

page 50710 "Gadget Card"
{
    PageType = Card;
    SourceTable = Gadget;
    layout { area(Content) { field(Code; Rec.Code) { } field(Description; Rec.Description) { } } }

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    var
        Log: Codeunit "Gadget Log";
    begin
        Log.Note('card closes with ' + Format(CloseAction));
        exit(true);
    end;
}

page 50711 "Gadget List"
{
    PageType = List;
    SourceTable = Gadget;
    layout { area(Content) { repeater(Lines) { field(Code; Rec.Code) { } field(Description; Rec.Description) { } } } }

    trigger OnOpenPage()
    var
        Log: Codeunit "Gadget Log";
    begin
        if CurrPage.LookupMode() then Log.Note('list opens as a lookup');
    end;

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    var
        Log: Codeunit "Gadget Log";
    begin
        Log.Note('list closes with ' + Format(CloseAction));
        exit(true);
    end;
}

// What the pages saw, for the tests to read.
codeunit 50710 "Gadget Log"
{
    SingleInstance = true;

    var
        Lines: Text;

    procedure Note(Line: Text)
    begin
        if Lines <> '' then Lines += '; ';
        Lines += Line;
    end;

    procedure Take(): Text
    var
        T: Text;
    begin
        T := Lines;
        Lines := '';
        exit(T);
    end;
}

// The code under test: it shows pages and sends notifications.
codeunit 50711 "Gadget Mgt"
{
    procedure ShowCard(G: Record Gadget)
    begin
        Page.Run(Page::"Gadget Card", G);
    end;

    procedure ShowCardOfVariable(G: Record Gadget)
    var
        Card: Page "Gadget Card";
    begin
        Card.SetRecord(G);
        Card.Run();
    end;

    procedure Pick(var G: Record Gadget): Action
    begin
        exit(Page.RunModal(Page::"Gadget List", G));
    end;

    procedure PickWithPageVariable(var G: Record Gadget): Boolean
    var
        List: Page "Gadget List";
    begin
        List.LookupMode(true);
        List.SetRecord(G);
        if List.RunModal() <> Action::LookupOK then exit(false);
        List.GetRecord(G);
        exit(true);
    end;

    procedure EditModally(G: Record Gadget): Action
    begin
        exit(Page.RunModal(Page::"Gadget Card", G));
    end;

    procedure WarnLow(G: Record Gadget)
    var
        N: Notification;
    begin
        N.Message(StrSubstNo('Gadget %1 is low', G.Code));
        N.SetData('Code', G.Code);
        if not N.Send() then Error('the notification was not sent');
        if not N.Recall() then Error('the notification was not recalled');
    end;
}

codeunit 50712 "Handler Tests"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";
        Log: Codeunit "Gadget Log";
        Mgt: Codeunit "Gadget Mgt";
        Expected: Code[10];
        Choose: Code[10];
        Calls: Integer;
        InitialResponse: Action;

    local procedure Gadgets(var G: Record Gadget)
    begin
        G.DeleteAll();
        G.Code := 'G1'; G.Description := 'one'; G.Insert();
        G.Code := 'G2'; G.Description := 'two'; G.Insert();
        G.Code := 'G3'; G.Description := 'three'; G.Insert();
        G.Get('G1');
        Log.Take();
        Calls := 0;
    end;

    [Test]
    [HandlerFunctions('CardHandler')]
    procedure PageRunGoesToThePageHandler()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        G.Get('G2');
        Expected := 'G2';
        Mgt.ShowCard(G);
        Assert.AreEqual(1, Calls, 'handler calls');
        G.Get('G2');
        Assert.AreEqual('seen', G.Description, 'the handler typed into the card');
        Assert.AreEqual('card closes with OK', Log.Take(), 'closed after the handler');
    end;

    [Test]
    [HandlerFunctions('CardHandler')]
    procedure PageVariableRunShowsItsRecord()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        G.Get('G3');
        Expected := 'G3';
        Mgt.ShowCardOfVariable(G);
        G.Get('G3');
        Assert.AreEqual('seen', G.Description, 'the handler typed into the card');
    end;

    [Test]
    [HandlerFunctions('CardAsPageHandler')]
    procedure PageHandlerTakingAPage()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        G.Get('G2');
        Expected := 'G2';
        Mgt.ShowCard(G);
        Assert.AreEqual(1, Calls, 'handler calls');
        Assert.AreEqual('', Log.Take(), 'a Page handler opens nothing');
    end;

    [Test]
    [HandlerFunctions('PickG3')]
    procedure LookupOKGivesTheChosenRow()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Expected := 'G1';
        Choose := 'G3';
        Assert.AreEqual(Action::LookupOK, Mgt.Pick(G), 'RunModal');
        Assert.AreEqual('G3', G.Code, 'the row chosen');
        Assert.AreEqual('three', G.Description, 'the row chosen');
        Assert.AreEqual('list opens as a lookup; list closes with LookupOK', Log.Take(), 'the page saw');
    end;

    [Test]
    [HandlerFunctions('PickG3')]
    procedure LookupModeOnAPageVariable()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        G.Get('G2');
        Expected := 'G2';
        Choose := 'G3';
        Assert.IsTrue(Mgt.PickWithPageVariable(G), 'LookupOK');
        Assert.AreEqual('G3', G.Code, 'GetRecord gives the row chosen');
    end;

    [Test]
    [HandlerFunctions('CancelList')]
    procedure LookupCancelKeepsTheRecord()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Assert.AreEqual(Action::LookupCancel, Mgt.Pick(G), 'RunModal');
        Assert.AreEqual('G1', G.Code, 'unchanged');
        Assert.AreEqual('list opens as a lookup; list closes with LookupCancel', Log.Take(), 'the page saw');
    end;

    [Test]
    [HandlerFunctions('EditCardOK')]
    procedure ModalCardOK()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Assert.AreEqual(Action::OK, Mgt.EditModally(G), 'RunModal');
        G.Get('G1');
        Assert.AreEqual('edited', G.Description, 'the handler typed into the card');
        Assert.AreEqual('card closes with OK', Log.Take(), 'the page saw');
    end;

    [Test]
    [HandlerFunctions('LeaveCardOpen')]
    procedure ModalPageLeftOpenIsCancel()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Assert.AreEqual(Action::Cancel, Mgt.EditModally(G), 'RunModal');
        Assert.AreEqual('card closes with Cancel', Log.Take(), 'the page saw');
    end;

    [Test]
    [HandlerFunctions('ReassignCard')]
    procedure HandlerThatReassignsItsTestPage()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Assert.AreEqual(Action::Cancel, Mgt.EditModally(G), 'the page it was given closes without OK');
        Assert.AreEqual('card closes with Cancel', Log.Take(), 'the page saw');
    end;

    [Test]
    [HandlerFunctions('RespondWithG2')]
    procedure ModalHandlerWithPageAndResponse()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Assert.AreEqual(Action::LookupOK, Mgt.Pick(G), 'RunModal returns Response');
        Assert.AreEqual(Action::LookupCancel, InitialResponse, 'Response starts as');
        Assert.AreEqual('G2', G.Code, 'the record the handler set');
        Assert.AreEqual('', Log.Take(), 'a Page handler opens nothing');
    end;

    [Test]
    [HandlerFunctions('EditCardOK,PickG3')]
    procedure EachPageGoesToItsOwnHandler()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Choose := 'G3';
        Expected := 'G1';
        Assert.AreEqual(Action::LookupOK, Mgt.Pick(G), 'the list');
        Assert.AreEqual(Action::OK, Mgt.EditModally(G), 'the card');
        G.Get('G3');
        Assert.AreEqual('edited', G.Description, 'the card got G3');
    end;

    [Test]
    [HandlerFunctions('EditCardOK')]
    procedure ModalHandlerForAnotherPage()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Mgt.Pick(G);
    end;

    [Test]
    [HandlerFunctions('CardHandler')]
    procedure PageHandlerForAnotherPage()
    begin
        Page.Run(Page::"Gadget List");
    end;

    [Test]
    procedure PageWithoutAHandler()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Mgt.ShowCard(G);
    end;

    [Test]
    [HandlerFunctions('CardHandler,PickG3')]
    procedure ModalHandlerNeverCalled()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Expected := 'G1';
        Mgt.ShowCard(G);
    end;

    [Test]
    [HandlerFunctions('CardHandler')]
    procedure TrapComesBeforeTheHandler()
    var
        G: Record Gadget;
        Card: TestPage "Gadget Card";
    begin
        Gadgets(G);
        Card.Trap();
        Mgt.ShowCard(G);
        Card.Code.AssertEquals('G1');
        Card.Close();
        Assert.AreEqual(0, Calls, 'the trap took the first');
        Expected := 'G1';
        Mgt.ShowCard(G);
        Assert.AreEqual(1, Calls, 'the handler the second');
    end;

    [Test]
    procedure TrapWithoutHandlers()
    var
        G: Record Gadget;
        Card: TestPage "Gadget Card";
    begin
        Gadgets(G);
        G.Get('G2');
        Card.Trap();
        Mgt.ShowCardOfVariable(G);
        Card.Description.AssertEquals('two');
        Card.Close();
    end;

    [Test]
    [HandlerFunctions('SentHandler,RecalledHandler')]
    procedure NotificationsGoToTheirHandlers()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Mgt.WarnLow(G);
        Assert.AreEqual('sent Gadget G1 is low (G1); recalled Gadget G1 is low', Log.Take(), 'the handlers saw');
    end;

    [Test]
    procedure NotificationWithoutAHandler()
    var
        G: Record Gadget;
    begin
        Gadgets(G);
        Mgt.WarnLow(G);
    end;

    [Test]
    [HandlerFunctions('NoParameters')]
    procedure HandlerWithTheWrongParameters()
    begin
        Page.Run(Page::"Gadget Card");
    end;

    [PageHandler]
    procedure CardHandler(var Card: TestPage "Gadget Card")
    begin
        Calls += 1;
        Card.Code.AssertEquals(Expected);
        Card.Description.Value := 'seen';
    end;

    [PageHandler]
    procedure CardAsPageHandler(var Card: Page "Gadget Card")
    var
        G: Record Gadget;
    begin
        Calls += 1;
        Card.GetRecord(G);
        Assert.AreEqual(Expected, G.Code, 'the Page is on the record');
    end;

    [ModalPageHandler]
    procedure PickG3(var List: TestPage "Gadget List")
    begin
        List.Code.AssertEquals(Expected);
        Assert.IsTrue(List.GoToKey(Choose), 'GoToKey');
        List.OK().Invoke();
    end;

    [ModalPageHandler]
    procedure CancelList(var List: TestPage "Gadget List")
    begin
        List.Last();
        List.Cancel().Invoke();
    end;

    [ModalPageHandler]
    procedure EditCardOK(var Card: TestPage "Gadget Card")
    begin
        Card.Description.Value := 'edited';
        Card.OK().Invoke();
    end;

    [ModalPageHandler]
    procedure LeaveCardOpen(var Card: TestPage "Gadget Card")
    begin
    end;

    [ModalPageHandler]
    procedure ReassignCard(var Card: TestPage "Gadget Card")
    var
        Other: TestPage "Gadget Card";
    begin
        Card := Other;
    end;

    [ModalPageHandler]
    procedure RespondWithG2(var List: Page "Gadget List"; var Response: Action)
    var
        G: Record Gadget;
    begin
        InitialResponse := Response;
        G.Get('G2');
        List.SetRecord(G);
        Response := Action::LookupOK;
    end;

    [SendNotificationHandler]
    procedure SentHandler(var N: Notification): Boolean
    begin
        Log.Note('sent ' + N.Message + ' (' + N.GetData('Code') + ')');
        exit(true);
    end;

    [RecallNotificationHandler]
    procedure RecalledHandler(var N: Notification): Boolean
    begin
        Log.Note('recalled ' + N.Message);
        exit(true);
    end;

    [PageHandler]
    procedure NoParameters()
    begin
    end;
}
