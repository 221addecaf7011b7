// Each background-task trigger is its own transaction, as each call from
// the client is: the first task's completion trigger stores its result and
// that stays when the second task's trigger fails after writing (only the
// failing trigger's write is rolled back).
table 50480 "Trig Result"
{
    fields { field(1; Name; Code[20]) { } field(2; Value; Integer) { } }
    keys { key(PK; Name) { } }
}
table 50481 "Trig Host"
{
    fields { field(1; Code; Code[10]) { } }
    keys { key(PK; Code) { } }
}
codeunit 50480 "Trig Worker"
{
    trigger OnRun()
    var
        P: Dictionary of [Text, Text];
        R: Dictionary of [Text, Text];
    begin
        P := Page.GetBackgroundParameters();
        Sleep(100);
        R.Add('name', P.Get('name'));
        Page.SetBackgroundTaskResult(R);
    end;
}
page 50480 "Trig Card"
{
    PageType = Card;
    SourceTable = "Trig Host";
    layout { area(Content) { field(Code; Rec.Code) { } field(Stored; StoredText) { Caption = 'Stored'; } } }
    actions
    {
        area(Processing)
        {
            action(Start)
            {
                trigger OnAction()
                var
                    P: Dictionary of [Text, Text];
                    Id: Integer;
                begin
                    P.Add('name', 'GOOD');
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Trig Worker", P);
                    Clear(P);
                    P.Add('name', 'BAD');
                    CurrPage.EnqueueBackgroundTask(Id, Codeunit::"Trig Worker", P);
                end;
            }
            action(Count)
            {
                trigger OnAction()
                var
                    T: Record "Trig Result";
                begin
                    StoredText := '';
                    if T.FindSet() then
                        repeat
                            StoredText += T.Name + ' ';
                        until T.Next() = 0;
                end;
            }
        }
    }
    var
        StoredText: Text;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    var
        T: Record "Trig Result";
    begin
        T.Name := CopyStr(Results.Get('name'), 1, 20);
        T.Value := TaskId;
        T.Insert();
        if T.Name = 'BAD' then
            Error('the second trigger fails after its Insert');
    end;
}
