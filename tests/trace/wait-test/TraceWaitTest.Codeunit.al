// Traced by tests/trace/run.sh: `alrun test` on samples/01-wait-task with
// this test codeunit.  Under a TestPage the background task runs
// synchronously; its Sleep moves the virtual clock.  The completion
// trigger sends a notification: the tests take it with a handler.
codeunit 50190 "Trace Wait Test"
{
    Subtype = Test;

    [Test]
    [HandlerFunctions('NotificationSent')]
    procedure OpeningTheCardRunsTheTask()
    var
        Card: TestPage "Customer Card";
    begin
        Card.OpenView();
        Card.Next();
        Card.Close();
    end;

    [Test]
    [HandlerFunctions('NotificationSent')]
    procedure RunTheWorkerDirectly()
    var
        Card: TestPage "Customer Card";
        Params: Dictionary of [Text, Text];
        Results: Dictionary of [Text, Text];
    begin
        Card.OpenEdit();
        Params.Add('Wait', '250');
        Results := Card.RunPageBackgroundTask(50100, Params);
        Card.Close();
        if Results.Get('waited') <> '250' then
            Error('waited %1', Results.Get('waited'));
    end;

    [Test]
    [HandlerFunctions('NotificationSent')]
    procedure AFailingTest()
    var
        Card: TestPage "Customer Card";
    begin
        Card.OpenView();
        Error('this test fails on purpose');
    end;

    [SendNotificationHandler]
    procedure NotificationSent(var Sent: Notification): Boolean
    begin
        exit(true);
    end;
}
