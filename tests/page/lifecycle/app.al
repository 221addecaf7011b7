// The lifecycle of page background tasks under the virtual clock: every
// Enqueue arity, TaskIds, results, the page's and the extension's
// completion triggers (the extension's after the page's), the error
// trigger with IsHandled, ErrorLevel notifications, timeouts and their
// clamping, cancellation by record change, by CancelBackgroundTask and by
// closing the page.
table 50400 Job
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; Wait; Integer) { }
        field(3; Mode; Text[20]) { }
    }
    keys { key(PK; Code) { } }
}

codeunit 50400 Worker
{
    trigger OnRun()
    var
        P: Dictionary of [Text, Text];
        R: Dictionary of [Text, Text];
        Ms: Integer;
    begin
        P := Page.GetBackgroundParameters();
        if P.ContainsKey('Wait') then
            Evaluate(Ms, P.Get('Wait'));
        Sleep(Ms);
        if P.ContainsKey('Fail') then
            Error('worker failed: %1', P.Get('Fail'));
        R.Add('echo', P.Get('Code'));
        R.Add('at', Format(Time));
        Page.SetBackgroundTaskResult(R);
    end;
}

page 50400 "Job Card"
{
    PageType = Card;
    SourceTable = Job;
    layout
    {
        area(Content)
        {
            group(General)
            {
                field(Code; Rec.Code) { }
                field(Result; ResultText) { }
            }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Arities)
            {
                trigger OnAction()
                var
                    Id: Integer;
                    Ok: Boolean;
                    P: Dictionary of [Text, Text];
                begin
                    P.Add('Code', 'arity');
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Worker);
                    Message('arity 2: %1', Id);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Worker, P);
                    Message('arity 3: %1', Id);
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::Worker, P, 5000);
                    Message('arity 4: %1', Id);
                    Ok := CurrPage.EnqueueBackgroundTask(Id, Codeunit::Worker, P, 5000, PageBackgroundTaskErrorLevel::Ignore);
                    Message('arity 5: %1 %2', Id, Ok);
                end;
            }
            action(CancelIt)
            {
                trigger OnAction()
                begin
                    Message('cancel %1: %2', TaskId, CurrPage.CancelBackgroundTask(TaskId));
                    Message('cancel again: %1', CurrPage.CancelBackgroundTask(TaskId));
                    Message('cancel 999: %1', CurrPage.CancelBackgroundTask(999));
                end;
            }
            action(Timeouts)
            {
                trigger OnAction()
                var
                    P: Dictionary of [Text, Text];
                begin
                    P.Add('Code', 'slow');
                    P.Add('Wait', '700000');
                    CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::Worker, P, 900000, PageBackgroundTaskErrorLevel::Warning);
                    CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::Worker, P, 0, PageBackgroundTaskErrorLevel::Error);
                end;
            }
        }
    }
    var
        TaskId: Integer;
        ResultText: Text;

    trigger OnAfterGetCurrRecord()
    var
        P: Dictionary of [Text, Text];
    begin
        P.Add('Code', Rec.Code);
        P.Add('Wait', Format(Rec.Wait));
        if Rec.Mode <> '' then
            P.Add('Fail', Rec.Mode);
        CurrPage.EnqueueBackgroundTask(TaskId, Codeunit::Worker, P, 1500, PageBackgroundTaskErrorLevel::Warning);
    end;

    trigger OnPageBackgroundTaskCompleted(Id: Integer; Results: Dictionary of [Text, Text])
    begin
        if Results.ContainsKey('echo') then
            ResultText := StrSubstNo('%1 at %2 (task %3)', Results.Get('echo'), Results.Get('at'), Id)
        else
            ResultText := StrSubstNo('no result (task %1)', Id);
    end;

    trigger OnPageBackgroundTaskError(Id: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    begin
        ResultText := StrSubstNo('error in task %1: [%2] %3', Id, ErrorCode, ErrorText);
        IsHandled := Rec.Mode = 'handled';
    end;
}

pageextension 50401 "Job Card Ext" extends "Job Card"
{
    trigger OnPageBackgroundTaskCompleted(Id: Integer; Results: Dictionary of [Text, Text])
    begin
        ResultText := ResultText + ' +ext';
    end;
}
