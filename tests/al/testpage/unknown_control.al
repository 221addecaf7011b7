// An unknown control of a TestPage is a compile error.
page 50450 "TP Small"
{
    PageType = Card;
    layout
    {
        area(Content)
        {
            field(Answer; Answer) { }
        }
    }
    var
        Answer: Integer;
}

codeunit 50450 "TP Unknown"
{
    trigger OnRun()
    var
        P: TestPage "TP Small";
    begin
        P.OpenView();
        Message(P.Answer.Value);
        Message(P.Question.Value);    // expect error: TestPage "TP Small" has no field or action 'Question'
        P.Answer.Colour();            // expect error: a TestPage field has no method or property 'Colour'
    end;
}
