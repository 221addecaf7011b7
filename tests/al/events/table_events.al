// args: --codeunit 50920
// A table's trigger events: OnBefore/OnAfter Insert, Modify, Delete and
// Rename (with RunTrigger), and Validate for one field (with xRec and
// CurrFieldNo).  They fire whether or not the trigger runs, around it:
// before-event, trigger, the write, after-event.  Temporary records too.
table 50920 "Ev Item"
{
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Qty; Integer)
        {
            trigger OnValidate()
            begin
                Message('  OnValidate Qty %1', Qty);
            end;
        }
        field(3; Note; Text[30]) { }
    }
    keys { key(PK; "No.") { } }

    trigger OnInsert()
    begin
        Message('  OnInsert %1', "No.");
    end;

    trigger OnModify()
    begin
        Message('  OnModify %1', "No.");
    end;

    trigger OnDelete()
    begin
        Message('  OnDelete %1', "No.");
    end;

    trigger OnRename()
    begin
        Message('  OnRename %1', "No.");
    end;
}

codeunit 50920 "Table Ev Main"
{
    trigger OnRun()
    var
        Item: Record "Ev Item";
        Temp: Record "Ev Item" temporary;
    begin
        Item."No." := 'A';
        Item.Insert(true);
        // expect: before insert A RunTrigger=Yes
        // expect:   OnInsert A
        // expect: after insert A Note=set before the insert
        Item.Get('A');
        Message('stored note: %1', Item.Note);
        // expect: stored note: set before the insert

        Item."No." := 'B';
        Item.Insert();
        // expect: before insert B RunTrigger=No
        // expect: after insert B Note=set before the insert

        Item.Validate(Qty, 7);
        // expect: before validate Qty: 0 -> 7, CurrFieldNo 2
        // expect:   OnValidate Qty 7
        // expect: after validate Qty: 7
        Item.Validate(Note, 'no subscriber for this field');
        Item.Modify(true);
        // expect: before modify B
        // expect:   OnModify B
        // expect: after modify B

        Item.Rename('C');
        // expect: before rename B -> C
        // expect:   OnRename C
        // expect: after rename C

        Item.Delete(false);
        // expect: before delete C RunTrigger=No
        // expect: after delete C

        Item.ModifyAll(Qty, 1);
        // expect: before modify A
        // expect: after modify A
        Item.DeleteAll();
        // expect: before delete A RunTrigger=No
        // expect: after delete A
        Message('left: %1', Item.Count());
        // expect: left: 0

        Temp."No." := 'T';
        Temp.Insert();
        // expect: before insert T RunTrigger=No
        // expect: temporary, so the subscriber leaves it alone
        // expect: after insert T Note=
    end;
}

codeunit 50921 "Table Ev Subscribers"
{
    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnBeforeInsertEvent', '', false, false)]
    local procedure BeforeInsert(var Rec: Record "Ev Item"; RunTrigger: Boolean)
    begin
        Message('before insert %1 RunTrigger=%2', Rec."No.", RunTrigger);
        if Rec.IsTemporary() then begin
            Message('temporary, so the subscriber leaves it alone');
            exit;
        end;
        Rec.Note := 'set before the insert';
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnAfterInsertEvent', '', false, false)]
    local procedure AfterInsert(var Rec: Record "Ev Item")
    begin
        Message('after insert %1 Note=%2', Rec."No.", Rec.Note);
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnBeforeValidateEvent', 'Qty', false, false)]
    local procedure BeforeValidateQty(var Rec: Record "Ev Item"; var xRec: Record "Ev Item"; CurrFieldNo: Integer)
    begin
        Message('before validate Qty: %1 -> %2, CurrFieldNo %3', xRec.Qty, Rec.Qty, CurrFieldNo);
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", OnAfterValidateEvent, Qty, false, false)]
    local procedure AfterValidateQty(var Rec: Record "Ev Item")
    begin
        Message('after validate Qty: %1', Rec.Qty);
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnBeforeModifyEvent', '', false, false)]
    local procedure BeforeModify(var Rec: Record "Ev Item")
    begin
        Message('before modify %1', Rec."No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnAfterModifyEvent', '', false, false)]
    local procedure AfterModify(var Rec: Record "Ev Item")
    begin
        Message('after modify %1', Rec."No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnBeforeRenameEvent', '', false, false)]
    local procedure BeforeRename(var Rec: Record "Ev Item"; var xRec: Record "Ev Item")
    begin
        Message('before rename %1 -> %2', xRec."No.", Rec."No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnAfterRenameEvent', '', false, false)]
    local procedure AfterRename(var Rec: Record "Ev Item")
    begin
        Message('after rename %1', Rec."No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnBeforeDeleteEvent', '', false, false)]
    local procedure BeforeDelete(var Rec: Record "Ev Item"; RunTrigger: Boolean)
    begin
        Message('before delete %1 RunTrigger=%2', Rec."No.", RunTrigger);
    end;

    [EventSubscriber(ObjectType::Table, Database::"Ev Item", 'OnAfterDeleteEvent', '', false, false)]
    local procedure AfterDelete(var Rec: Record "Ev Item")
    begin
        Message('after delete %1', Rec."No.");
    end;
}
