// alrun test --inject: under a TestPage the tasks run synchronously, and
// an injected fault reaches them as a real one would.  Run with
//   --inject '"Inject Worker" error NDBCS:Deadlock The transaction was chosen as a deadlock victim.'
//   --inject '"Queue Worker"#2 queue-full' --inject '"Queue Worker"#4 queue-full'
// (without them every test fails).
codeunit 50810 "Inject Tests"
{
    Subtype = Test;

    [Test]
    procedure ErrorTriggerSeesTheInjectedCodeAndText()
    var
        Card: TestPage "Inject Card";
    begin
        Card.OpenEdit();
        Card.Handled.Invoke();
        if Card.LastCode.Value <> 'NDBCS:Deadlock' then
            Error('ErrorCode: %1', Card.LastCode.Value);
        if Card.LastText.Value <> 'The transaction was chosen as a deadlock victim.' then
            Error('ErrorText: %1', Card.LastText.Value);
        if Card.LastStack.Value <> '"Inject Worker"(CodeUnit 50800).OnRun line 21' then
            Error('ErrorCallStack: %1', Card.LastStack.Value);
        if Card.Answer.Value <> '' then
            Error('the worker ran: %1', Card.Answer.Value);
        Card.Close();
    end;

    [Test]
    procedure UnhandledInjectedErrorTearsTheTestPageDown()
    var
        Card: TestPage "Inject Card";
    begin
        Card.OpenEdit();
        asserterror Card.AsWarning.Invoke();
        if GetLastErrorText() <> 'The TestPage is not open.' then
            Error('after an unhandled task error: %1', GetLastErrorText());
    end;

    [Test]
    procedure RunPageBackgroundTaskRaisesTheInjectedError()
    var
        Card: TestPage "Inject Card";
        Results: Dictionary of [Text, Text];
    begin
        Card.OpenEdit();
        asserterror Results := Card.RunPageBackgroundTask(Codeunit::"Inject Worker");
        if GetLastErrorCode() <> 'NDBCS:Deadlock' then
            Error('GetLastErrorCode: %1', GetLastErrorCode());
        if GetLastErrorText() <> 'The transaction was chosen as a deadlock victim.' then
            Error('GetLastErrorText: %1', GetLastErrorText());
        Card.Close();
    end;

    [Test]
    procedure SecondEnqueueFindsTheQueueFull()
    var
        Card: TestPage "Inject Card";
    begin
        Card.OpenEdit();
        Card.TryEnqueue.Invoke();
        if Card.Enqueued.Value <> 'Yes' then
            Error('the first enqueue: %1', Card.Enqueued.Value);
        Card.TryEnqueue.Invoke();
        if Card.Enqueued.Value <> 'No' then
            Error('the second enqueue: %1', Card.Enqueued.Value);
        Card.MustEnqueue.Invoke();                     // the third: enqueued
        asserterror Card.MustEnqueue.Invoke();         // the fourth: full, and its result not used
        if GetLastErrorText() <> 'The page background task could not be enqueued: the child session queue is full (ChildSessionsMaxQueueLength tasks are waiting).' then
            Error('the fourth enqueue: %1', GetLastErrorText());
        Card.Close();
    end;
}
