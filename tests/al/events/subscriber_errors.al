// args: --codeunit 50930
// A subscriber must name an event its object has, and only parameters the
// event has; a validate event names a field.  Objects alrun does not have
// (the base application's events, other apps') are not checked.
codeunit 50930 "Sub Err Publisher"
{
    trigger OnRun()
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnThing(Amount: Decimal)
    begin
    end;
}

table 50930 "Sub Err Table"
{
    fields { field(1; "No."; Code[10]) { } }
    keys { key(PK; "No.") { } }
}

codeunit 50931 "Sub Err Subscribers"
{
    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Sub Err Publisher", 'OnNoSuchThing', '', false, false)] // expect error: Sub Err Publisher has no event 'OnNoSuchThing'
    local procedure A()
    begin
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Sub Err Publisher", 'OnThing', '', false, false)]
    local procedure B(Amount: Decimal; Quantity: Decimal) // expect error: 'Quantity' is not a parameter of event 'OnThing'
    begin
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Sub Err Publisher", 'OnThing', '', false, false)]
    local procedure C(var Sender: Codeunit "Sub Err Publisher") // expect error: 'Sender' is not a parameter of event 'OnThing' (it does not include the sender)
    begin
    end;

    [EventSubscriber(ObjectType::Table, Database::"Sub Err Table", 'OnBeforeValidateEvent', 'Nope', false, false)] // expect error: 'Nope' is not a field of table Sub Err Table (a validate event names its field)
    local procedure D()
    begin
    end;

    [EventSubscriber(ObjectType::Table, Database::"Sub Err Table", 'OnAfterInsertEvent', '', false, false)]
    local procedure E(var Rec: Record "Sub Err Table"; var xRec: Record "Sub Err Table") // expect error: 'xRec' is not a parameter of event 'OnAfterInsertEvent'
    begin
    end;

    [EventSubscriber(ObjectType::Table, Database::"Not Loaded Anywhere", 'OnAfterInsertEvent', '', false, false)]
    local procedure F()
    begin
    end;
}
