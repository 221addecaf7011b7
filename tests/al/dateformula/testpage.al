// args: --codeunit 50731
// A DateFormula field on a TestPage: Value shows the formula as Format
// does; SetValue takes a formula as text or as a DateFormula and validates.
table 50730 "DFT Terms"
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

page 50730 "DFT Terms Card"
{
    PageType = Card;
    SourceTable = "DFT Terms";
    layout
    {
        area(Content)
        {
            field(Code; Rec.Code) { }
            field("Due Date Calculation"; Rec."Due Date Calculation") { }
        }
    }
}

codeunit 50731 "DFT TestPage"
{
    Subtype = Test;

    trigger OnRun()
    var
        Terms: Record "DFT Terms";
        Card: TestPage "DFT Terms Card";
        F: DateFormula;
    begin
        Terms.Code := 'T1';
        Evaluate(Terms."Due Date Calculation", '<CM>');
        Terms.Insert();
        Commit();                                           // asserterror rolls back to here

        Card.OpenEdit();
        Message(Card."Due Date Calculation".Value);         // expect: CM
        Card."Due Date Calculation".SetValue('1m');         // expect: due: 02/15/24
        Message(Card."Due Date Calculation".Value);         // expect: 1M
        Evaluate(F, '<-CM+1W>');
        Card."Due Date Calculation".SetValue(F);            // expect: due: 01/08/24
        Card."Due Date Calculation".AssertEquals(F);
        Card."Due Date Calculation".AssertEquals('-CM+1W');
        Card.Close();
        Terms.Get('T1');
        Message('%1', Terms."Due Date Calculation");        // expect: -CM+1W
        Commit();

        Card.OpenEdit();
        asserterror Card."Due Date Calculation".SetValue('1X');
        Message(GetLastErrorText());                        // expect: The value "1X" can't be evaluated into type DateFormula.
        Message(Card."Due Date Calculation".Value);         // expect: -CM+1W
    end;
}
