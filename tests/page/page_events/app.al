// A page's trigger events for subscribers in other codeunits, raised after
// the page's own triggers: OnOpenPageEvent, OnAfterGetRecordEvent and
// OnAfterGetCurrRecordEvent, OnNewRecordEvent, OnInsertRecordEvent (whose
// AllowInsert can refuse the write), OnModifyRecordEvent,
// OnDeleteRecordEvent, OnBefore/OnAfterValidateEvent of one control,
// OnBefore/OnAfterActionEvent of one action, OnQueryClosePageEvent and
// OnClosePageEvent; and the table's events behind the page's writes.
table 50460 Gadget
{
    fields
    {
        field(1; No; Integer) { }
        field(2; Name; Text[30]) { }
    }
    keys { key(PK; No) { } }
}

page 50460 "Gadget Card"
{
    PageType = Card;
    SourceTable = Gadget;
    layout
    {
        area(Content)
        {
            field(No; Rec.No) { }
            field(Name; Rec.Name)
            {
                trigger OnValidate()
                begin
                    Message('page OnValidate Name');
                end;
            }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Hello)
            {
                trigger OnAction()
                begin
                    Message('page OnAction Hello');
                end;
            }
        }
    }

    trigger OnOpenPage()
    begin
        Message('page OnOpenPage');
    end;

    trigger OnAfterGetCurrRecord()
    begin
        Message('page OnAfterGetCurrRecord %1', Rec.No);
    end;
}

codeunit 50460 "Gadget Page Subscribers"
{
    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnOpenPageEvent', '', false, false)]
    local procedure OnOpen(var Rec: Record Gadget)
    begin
        Message('event OnOpenPageEvent');
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnAfterGetCurrRecordEvent', '', false, false)]
    local procedure OnCurr(var Rec: Record Gadget)
    begin
        Message('event OnAfterGetCurrRecordEvent %1', Rec.No);
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnNewRecordEvent', '', false, false)]
    local procedure OnNew(var Rec: Record Gadget; BelowxRec: Boolean)
    begin
        Message('event OnNewRecordEvent BelowxRec=%1', BelowxRec);
        Rec.No := 99;
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnInsertRecordEvent', '', false, false)]
    local procedure OnInsert(var Rec: Record Gadget; var AllowInsert: Boolean)
    begin
        Message('event OnInsertRecordEvent %1: %2', Rec.No, Rec.Name);
        AllowInsert := Rec.Name <> 'REFUSED';
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnModifyRecordEvent', '', false, false)]
    local procedure OnModify(var Rec: Record Gadget; var xRec: Record Gadget; var AllowModify: Boolean)
    begin
        Message('event OnModifyRecordEvent %1 -> %2', xRec.Name, Rec.Name);
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnDeleteRecordEvent', '', false, false)]
    local procedure OnDelete(var Rec: Record Gadget; var AllowDelete: Boolean)
    begin
        Message('event OnDeleteRecordEvent %1', Rec.No);
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnBeforeValidateEvent', 'Name', false, false)]
    local procedure BeforeValidate(var Rec: Record Gadget)
    begin
        Message('event OnBeforeValidateEvent Name=%1', Rec.Name);
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnAfterValidateEvent', 'No', false, false)]
    local procedure AfterValidateNo(var Rec: Record Gadget)
    begin
        Message('not raised: the Name control was validated, not No');
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnBeforeActionEvent', 'Hello', false, false)]
    local procedure BeforeHello(var Rec: Record Gadget)
    begin
        Message('event OnBeforeActionEvent Hello');
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnAfterActionEvent', 'Hello', false, false)]
    local procedure AfterHello(var Rec: Record Gadget)
    begin
        Message('event OnAfterActionEvent Hello');
    end;

    [EventSubscriber(ObjectType::Page, Page::"Gadget Card", 'OnClosePageEvent', '', false, false)]
    local procedure OnClose(var Rec: Record Gadget)
    begin
        Message('event OnClosePageEvent');
    end;

    [EventSubscriber(ObjectType::Table, Database::Gadget, 'OnAfterInsertEvent', '', false, false)]
    local procedure TableAfterInsert(var Rec: Record Gadget; RunTrigger: Boolean)
    begin
        Message('table event OnAfterInsertEvent %1 RunTrigger=%2', Rec.No, RunTrigger);
    end;
}
