// Each user action is a server call of its own: it commits when it ends,
// and an error rolls it back.  A background task reads what is committed,
// so it sees a value the user typed in before, and not the write of an
// action that failed.
table 50445 Note
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Body; Text[30]) { }
    }
    keys { key(PK; Id) { } }
}

codeunit 50445 "Read Note"
{
    trigger OnRun()
    var
        N: Record Note;
        R: Dictionary of [Text, Text];
    begin
        N.Get(1);
        R.Add('body', N.Body);
        Page.SetBackgroundTaskResult(R);
    end;
}

page 50445 "Note Card"
{
    PageType = Card;
    SourceTable = Note;
    layout
    {
        area(Content)
        {
            field(Id; Rec.Id) { }
            field(Body; Rec.Body) { }
            field(Seen; Seen) { }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Read)
            {
                trigger OnAction()
                begin
                    CurrPage.EnqueueBackgroundTask(ReadTask, Codeunit::"Read Note");
                end;
            }
            action(WriteThenFail)
            {
                trigger OnAction()
                var
                    N: Record Note;
                begin
                    N.Get(1);
                    N.Body := 'lost';
                    N.Modify();
                    Error('The action failed after its write.');
                end;
            }
        }
    }
    var
        ReadTask: Integer;
        Seen: Text;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    begin
        Seen := Results.Get('body');
    end;
}
