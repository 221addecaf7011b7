// args: --codeunit 50721
// Library - Utility on records: GetNewRecNo / GetNewLineNo (10000 past the
// largest value the record's filters let through), FillFieldMaxText
// (modifies the row: Text and Code fields to their full length).
table 50721 "Util Line"
{
    fields
    {
        field(1; "Doc No."; Code[10]) { }
        field(2; "Line No."; Integer) { }
        field(3; Description; Text[30]) { }
        field(4; "Item Code"; Code[12]) { }
    }
    keys
    {
        key(PK; "Doc No.", "Line No.") { Clustered = true; }
    }
}

codeunit 50721 "Utility Records Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Util: Codeunit "Library - Utility";
        Line: Record "Util Line";
        RecRef: RecordRef;
    begin
        Message('%1', Util.GetNewRecNo(Line, Line.FieldNo("Line No."))); // expect: 10000
        AddLine('A', 10000);
        AddLine('A', 30000);
        AddLine('A', 20000);
        AddLine('B', 70000);
        Message('%1', Util.GetNewRecNo(Line, Line.FieldNo("Line No."))); // expect: 80000
        Line.SetRange("Doc No.", 'A');
        Message('%1', Util.GetNewLineNo(Line, Line.FieldNo("Line No."))); // expect: 40000
        Line.SetRange("Doc No.", 'C');
        Message('%1', Util.GetNewLineNo(Line, Line.FieldNo("Line No."))); // expect: 10000
        // a RecordRef in the Variant, with its filters
        Line.SetRange("Doc No.", 'A');
        RecRef.GetTable(Line);
        Message('%1', Util.GetNewLineNo(RecRef, Line.FieldNo("Line No."))); // expect: 40000
        Line.Reset();

        // the row is modified; in alrun the caller's buffer is not (Get it again
        // before the next call, or that call's Modify writes the old value)
        Line.Get('A', 20000);
        Util.FillFieldMaxText(Line, Line.FieldNo(Description));
        Message('[%1]', Line.Description);                     // expect: []
        Line.Get('A', 20000);
        Util.FillFieldMaxText(Line, Line.FieldNo("Item Code"));
        Line.Get('A', 20000);
        Message('%1 %2', StrLen(Line.Description), StrLen(Line."Item Code")); // expect: 30 12
        Message('%1', DelChr(Line."Item Code", '=', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') = ''); // expect: Yes
        Line.Get('A', 10000);
        Message('[%1]', Line.Description);                     // expect: []
        RecRef.GetTable(Line);
        Util.FillFieldMaxText(RecRef, Line.FieldNo(Description));
        Line.Get('A', 10000);
        Message('%1', StrLen(Line.Description));               // expect: 30

        asserterror Util.GetNewRecNo(Line, Line.FieldNo(Description));
        Message('%1', GetLastErrorText());                      // expect: Field Description of Table Util Line is not an Integer field.
    end;

    local procedure AddLine(DocNo: Code[10]; LineNo: Integer)
    var
        Line: Record "Util Line";
    begin
        Line."Doc No." := DocNo;
        Line."Line No." := LineNo;
        Line.Insert();
    end;
}
