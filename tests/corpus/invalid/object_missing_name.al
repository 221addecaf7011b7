// error-line: 3
page 50927
{
    PageType = Card;
    SourceTable = "CSO Club Member";

    layout
    {
        area(Content)
        {
        }
    }
}
