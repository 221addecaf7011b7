// The test runner's own behaviour (run.sh): OnRun first, [Test] procedures in
// order, handlers and their failure texts, isolation, --filter, JUnit.
table 50700 Widget
{
    fields { field(1; Code; Code[10]) { } field(2; Qty; Integer) { } }
    keys { key(PK; Code) { } }
}
codeunit 50700 "Widget Tests"
{
    Subtype = Test;

    var
        Setups: Integer;

    trigger OnRun()
    begin
        Setups := 100;
    end;

    [Test]
    procedure InsertsAWidget()
    var
        W: Record Widget;
    begin
        W.Code := 'A';
        W.Insert();
        if W.Count() <> 1 then Error('expected one widget, found %1', W.Count());
    end;

    [Test]
    procedure SeesNoWidgetFromTheOtherTestWithFunctionIsolation()
    var
        W: Record Widget;
    begin
        Message('widgets: %1, setups: %2', W.Count(), Setups);
    end;

    [Test]
    [HandlerFunctions('AnswerYes')]
    procedure ConfirmIsAnswered()
    begin
        if not Confirm('Delete %1 widgets?', false, 3) then Error('the handler said no');
    end;

    [Test]
    procedure FailsWithoutAHandler()
    begin
        Message('Hello %1', 'there');
    end;

    [Test]
    [HandlerFunctions('AnswerYes,Unused')]
    procedure FailsWhenAHandlerIsNotUsed()
    begin
        Confirm('Sure?');
    end;

    [Test]
    [HandlerFunctions('Unused')]
    procedure ListsAHandlerThatWasNotCalled()
    begin
    end;

    [Test]
    procedure AssertErrorWorks()
    begin
        asserterror Error('boom');
        if GetLastErrorText() <> 'boom' then Error('wrong text');
    end;

    [ConfirmHandler]
    procedure AnswerYes(Question: Text[1024]; var Reply: Boolean)
    begin
        if Question <> 'Delete 3 widgets?' then Error('unexpected question: %1', Question);
        Reply := true;
    end;

    [MessageHandler]
    procedure Unused(Msg: Text[1024])
    begin
    end;
}
