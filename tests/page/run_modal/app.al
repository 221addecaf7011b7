// Page.RunModal: the page opens in front and the script goes on with it
// until it is closed; the AL code that called RunModal then continues with
// the Action the user took (ok -> OK, cancel or close -> Cancel).
table 50510 Choice
{
    fields { field(1; Code; Code[10]) { } field(2; Picked; Boolean) { } }
    keys { key(PK; Code) { } }
}

page 50511 "Choice Dialog"
{
    PageType = Card;
    SourceTable = Choice;
    layout { area(Content) { field(Code; Rec.Code) { } field(Picked; Rec.Picked) { } } }

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    begin
        Message('closing with %1', CloseAction);
        exit(true);
    end;
}

page 50510 Asker
{
    PageType = Card;
    layout { area(Content) { field(Answer; Answer) { } } }
    actions
    {
        area(Processing)
        {
            action(Ask)
            {
                trigger OnAction()
                var
                    C: Record Choice;
                    Result: Action;
                begin
                    C.Get('B');
                    Result := Page.RunModal(Page::"Choice Dialog", C);
                    Answer := Format(Result);
                    if Result = Action::OK then
                        Message('confirmed');
                end;
            }
        }
    }
    var
        Answer: Text;
}
