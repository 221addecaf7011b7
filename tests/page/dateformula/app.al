// DateFormula fields on pages: shown as Format gives them, set by typing
// a formula, loaded from --data (JSON and CSV).
table 50720 "DFP Terms"
{
    fields
    {
        field(1; Code; Code[10]) { }
        field(2; "Due Date Calculation"; DateFormula)
        {
            trigger OnValidate()
            begin
                Message('due: %1', CalcDate("Due Date Calculation", 20240115D));
            end;
        }
    }
    keys { key(PK; Code) { } }
}

page 50720 "DFP Terms List"
{
    PageType = List;
    SourceTable = "DFP Terms";
    layout
    {
        area(Content)
        {
            repeater(Lines)
            {
                field(Code; Rec.Code) { }
                field("Due Date Calculation"; Rec."Due Date Calculation") { }
            }
        }
    }
}

page 50721 "DFP Terms Card"
{
    PageType = Card;
    SourceTable = "DFP Terms";
    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field("Due Date Calculation"; Rec."Due Date Calculation") { }
        }
    }
}
