// args: --codeunit 50702
// Library Assert (stdlib/testlib): RecordCount, RecordIsEmpty,
// RecordIsNotEmpty (a Record in a Variant, with its filters), TableIsEmpty,
// TableIsNotEmpty (a table number); AreEqual's kinds it does not support.
table 50702 "Sales Row"
{
    Caption = 'Sales Row';
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Qty; Integer) { }
        field(3; Status; Enum "Sales Row Status") { }
    }
    keys { key(PK; "No.") { } }
}

table 50703 "Empty Row"
{
    fields { field(1; "No."; Code[10]) { } }
}

enum 50702 "Sales Row Status"
{
    value(0; Open) { }
    value(1; Released) { }
}

codeunit 50702 "Assert Records Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Row: Record "Sales Row";
        TempRow: Record "Sales Row" temporary;
        Empty: Record "Empty Row";
    begin
        AddRow(Row, 'A', 1);
        AddRow(Row, 'B', 2);
        AddRow(Row, 'C', 2);
        Commit();   // asserterror rolls back to here
        Assert.RecordCount(Row, 3);
        Row.SetRange(Qty, 2);
        Assert.RecordCount(Row, 2);
        Assert.RecordIsNotEmpty(Row);
        asserterror Assert.RecordCount(Row, 3);
        Message(GetLastErrorText());   // expect: Assert.RecordCount failed. Expected number of Sales Row entries: 3. Actual: 2.
        asserterror Assert.RecordIsEmpty(Row);
        Message(GetLastErrorText());   // expect: Assert.TableIsEmpty failed. Table <Sales Row> with filter <Qty: 2> must not contain records.
        Row.SetRange(Qty, 7);
        Assert.RecordIsEmpty(Row);
        Assert.RecordCount(Row, 0);
        asserterror Assert.RecordIsNotEmpty(Row);
        Message(GetLastErrorText());   // expect: Assert.TableIsNotEmpty failed. Table <Sales Row> with filter <Qty: 7> must contain records.

        // a temporary record counts its own rows
        Assert.RecordIsEmpty(TempRow);
        AddRow(TempRow, 'T', 1);
        Assert.RecordCount(TempRow, 1);
        Assert.RecordCount(Row, 0);

        // a table number: the whole table, without filters
        Assert.TableIsNotEmpty(Database::"Sales Row");
        Assert.TableIsEmpty(Database::"Empty Row");
        asserterror Assert.TableIsEmpty(Database::"Sales Row");
        Message(GetLastErrorText());   // expect: Assert.TableIsEmpty failed. Table <Sales Row> with filter <> must not contain records.
        asserterror Assert.TableIsNotEmpty(50703);
        Message(GetLastErrorText());   // expect: Assert.TableIsNotEmpty failed. Table <Empty Row> with filter <> must contain records.
        asserterror Assert.TableIsEmpty(4711);
        Message(GetLastErrorText());   // expect: The Table 4711 does not exist.
        asserterror Assert.RecordCount(42, 1);
        Message(GetLastErrorText());   // expect: Unable to convert from Integer to Record.

        // enums and options compare as options (by ordinal)
        Row.Get('A');
        Assert.AreEqual(Row.Status, "Sales Row Status"::Open, 'Status');
        asserterror Assert.AreEqual("Sales Row Status"::Released, Row.Status, 'Status');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<Released> (Option). Actual:<Open> (Option). Status.

        // what AreEqual does not support
        asserterror Assert.AreEqual(Row, Row, 'Records');
        Message(GetLastErrorText());   // expect: Equality assertions only support Boolean, Option, Integer, BigInteger, Decimal, Code, Text, Date, DateFormula, Time, Duration, and DateTime values. Current value:Record.
        asserterror Assert.AreNotEqual(1, Empty, 'Records');
        Message(GetLastErrorText());   // expect: Equality assertions only support Boolean, Option, Integer, BigInteger, Decimal, Code, Text, Date, DateFormula, Time, Duration, and DateTime values. Current value:Record.
    end;

    local procedure AddRow(var Row: Record "Sales Row"; No: Code[10]; Qty: Integer)
    begin
        Row.Init();
        Row."No." := No;
        Row.Qty := Qty;
        Row.Insert();
    end;

    var
        Assert: Codeunit "Library Assert";
}
