// Editing through the page: new (OnNewRecord; inserted with OnInsertRecord
// and the table's OnInsert when the user leaves the record), set (the
// field's OnValidate, then OnModifyRecord and the table's OnModify),
// delete (OnDeleteRecord, the table's OnDelete, then the next record),
// a trigger that exits with false keeps the write from happening; the
// field triggers OnDrillDown, OnLookup and OnAssistEdit.
table 50450 Note
{
    fields
    {
        field(1; No; Integer) { }
        field(2; Body; Text[30])
        {
            trigger OnValidate()
            begin
                Body := UpperCase(Body);
            end;
        }
    }
    keys { key(PK; No) { } }

    trigger OnInsert()
    begin
        Message('table OnInsert %1', No);
    end;

    trigger OnModify()
    begin
        Message('table OnModify %1', No);
    end;

    trigger OnDelete()
    begin
        Message('table OnDelete %1', No);
    end;
}

page 50450 "Note Card"
{
    PageType = Card;
    SourceTable = Note;
    layout
    {
        area(Content)
        {
            field(No; Rec.No) { }
            field(Body; Rec.Body)
            {
                trigger OnDrillDown()
                begin
                    Message('drilldown on %1', Rec.Body);
                end;

                trigger OnLookup(var Text: Text): Boolean
                begin
                    Message('lookup');
                end;

                trigger OnAssistEdit()
                begin
                    Message('assistedit');
                end;
            }
        }
    }

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec.No := 100;
        Message('OnNewRecord');
    end;

    trigger OnInsertRecord(BelowxRec: Boolean): Boolean
    begin
        Message('OnInsertRecord %1', Rec.No);
    end;

    trigger OnModifyRecord(): Boolean
    begin
        if Rec.Body = 'FROZEN' then
            exit(false);
    end;

    trigger OnDeleteRecord(): Boolean
    begin
        Message('OnDeleteRecord %1', Rec.No);
    end;
}
