// RecordRef/FieldRef reflection: a generic "dump any table" procedure that
// walks FieldIndex(1..FieldCount) and formats each value; the FieldRef's
// Number, Name, Caption, Type (FieldType), Class (FieldClass), Length;
// fields in field-number order with BC's system fields last; Option and
// Enum members; Format(FieldRef) is its value.
table 50300 "RR Item"
{
    Caption = 'Reflected Item';
    fields
    {
        field(1; "No."; Code[20]) { Caption = 'Number'; }
        field(3; Price; Decimal) { }
        field(2; Description; Text[50]) { }
        field(4; Blocked; Boolean) { }
        field(5; Kind; Option) { OptionMembers = Normal,Service,Bundle; OptionCaption = 'Normal Item,Service Item,Bundle Item'; }
        field(6; Created; Date) { }
        field(7; Qty; Integer) { }
        field(8; "Total Qty"; Integer) { FieldClass = FlowField; CalcFormula = sum("RR Item".Qty); }
        field(9; "Qty Filter"; Integer) { FieldClass = FlowFilter; }
        field(10; Stamp; DateTime) { }
        field(11; At; Time) { }
        field(12; Big; BigInteger) { }
        field(13; Took; Duration) { }
        field(14; Ref; Guid) { }
        field(15; Colour; Enum "RR Colour") { }
        field(16; "Vendor No."; Code[20]) { TableRelation = "RR Vendor"."No."; }
    }
    keys { key(PK; "No.") { } }
}

table 50301 "RR Vendor"
{
    fields { field(1; "No."; Code[20]) { } }
}

enum 50300 "RR Colour"
{
    value(0; Red) { Caption = 'Bright Red'; }
    value(5; Green) { }
}

codeunit 50300 "RR Dump"
{
    trigger OnRun()
    var
        Item: Record "RR Item";
        RecRef: RecordRef;
        FldRef: FieldRef;
        i: Integer;
        V: Variant;
    begin
        Item."No." := 'A1';
        Item.Description := 'Apple';
        Item.Price := 1234.5;
        Item.Kind := Item.Kind::Service;
        Item.Created := 20240315D;
        Item.Qty := 3;
        Item.Colour := Item.Colour::Green;
        Item.At := 101500T;
        Item.Big := 123456789;
        Item.Insert();
        Item.Init();
        Item."No." := 'B2';
        Item.Description := 'Banana';
        Item.Price := 0.25;
        Item.Blocked := true;
        Item.Qty := 4;
        Item.Insert();

        RecRef.Open(Database::"RR Item");
        Message('%1 %2 %3 %4 %5', RecRef.Number, RecRef.Name, RecRef.Caption, RecRef.FieldCount, RecRef.IsTemporary);
        // expect: 50300 RR Item Reflected Item 21 No
        if RecRef.FindSet() then
            repeat
                Message(DumpRow(RecRef));
            until RecRef.Next() = 0;
        // expect: No.=A1|Description=Apple|Price=1,234.5|Blocked=No|Kind=Service|Created=03/15/24|Qty=3|Stamp=|At=10:15:00 AM|Big=123456789|Took=|Ref={00000000-0000-0000-0000-000000000000}|Colour=Green|Vendor No.=|
        // expect: No.=B2|Description=Banana|Price=0.25|Blocked=Yes|Kind=Normal|Created=|Qty=4|Stamp=|At=|Big=0|Took=|Ref={00000000-0000-0000-0000-000000000000}|Colour=Bright Red|Vendor No.=|

        for i := 1 to RecRef.FieldCount do begin
            FldRef := RecRef.FieldIndex(i);
            Message('%1 %2 (%3) %4 %5 %6', FldRef.Number, FldRef.Name, FldRef.Caption, FldRef.Type, FldRef.Class, FldRef.Length);
        end;
        // expect: 1 No. (Number) Code Normal 20
        // expect: 2 Description (Description) Text Normal 50
        // expect: 3 Price (Price) Decimal Normal 12
        // expect: 4 Blocked (Blocked) Boolean Normal 4
        // expect: 5 Kind (Kind) Option Normal 4
        // expect: 6 Created (Created) Date Normal 4
        // expect: 7 Qty (Qty) Integer Normal 4
        // expect: 8 Total Qty (Total Qty) Integer FlowField 4
        // expect: 9 Qty Filter (Qty Filter) Integer FlowFilter 4
        // expect: 10 Stamp (Stamp) DateTime Normal 8
        // expect: 11 At (At) Time Normal 4
        // expect: 12 Big (Big) BigInteger Normal 8
        // expect: 13 Took (Took) Duration Normal 8
        // expect: 14 Ref (Ref) GUID Normal 16
        // expect: 15 Colour (Colour) Option Normal 4
        // expect: 16 Vendor No. (Vendor No.) Code Normal 20
        // expect: 2000000000 SystemId (SystemId) GUID Normal 16
        // expect: 2000000001 SystemCreatedAt (SystemCreatedAt) DateTime Normal 8
        // expect: 2000000002 SystemCreatedBy (SystemCreatedBy) GUID Normal 16
        // expect: 2000000003 SystemModifiedAt (SystemModifiedAt) DateTime Normal 8
        // expect: 2000000004 SystemModifiedBy (SystemModifiedBy) GUID Normal 16

        FldRef := RecRef.Field(5);
        Message('%1|%2|%3', FldRef.OptionMembers, FldRef.OptionCaption, FldRef.IsEnum);
        // expect: Normal,Service,Bundle|Normal Item,Service Item,Bundle Item|No
        FldRef := RecRef.Field(15);
        Message('%1|%2|%3|%4', FldRef.OptionMembers, FldRef.OptionCaption, FldRef.IsEnum, FldRef.EnumValueCount);
        // expect: Red,Green|Bright Red,Green|Yes|2
        Message('%1 %2 %3', FldRef.GetEnumValueName(2), FldRef.GetEnumValueCaption(1), FldRef.GetEnumValueOrdinal(2));
        // expect: Green Bright Red 5
        Message('%1 %2 %3', RecRef.Field(16).Relation, RecRef.Field(1).Relation, RecRef.Field(1).Active);
        // expect: 50301 0 Yes
        Message('%1 %2', RecRef.FieldExist(3), RecRef.FieldExist(99));     // expect: Yes No
        Message('%1', RecRef.FieldExist(2000000000));                      // expect: Yes

        // the RecordRef is on B2 (the last row read): the Value in a Variant
        // keeps its type, an Option its member names
        V := RecRef.Field(5).Value;
        Message('%1 %2 %3', V, V.IsOption(), Format(RecRef.Field(3)));      // expect: Normal Yes 0.25
        if RecRef.Field(5).Type = FieldType::Option then
            Message('Kind is an option');                                   // expect: Kind is an option
        case RecRef.Field(2).Type of
            FieldType::Code, FieldType::Text:
                Message('text-like');                                       // expect: text-like
        end;
        if RecRef.Field(8).Class = FieldClass::FlowField then begin
            RecRef.Field(8).CalcField();
            Message('%1', RecRef.Field(8).Value);                           // expect: 7
        end;
        // SystemId via Field: the one Insert gave the row
        Item.Get('B2');
        Message('%1', Format(RecRef.Field(RecRef.SystemIdNo).Value) = Format(Item.SystemId)); // expect: Yes
    end;

    // Any table, any row: Name=Value for every normal field.
    procedure DumpRow(RecRef: RecordRef): Text
    var
        FldRef: FieldRef;
        i: Integer;
        Line: Text;
    begin
        for i := 1 to RecRef.FieldCount do begin
            FldRef := RecRef.FieldIndex(i);
            if (FldRef.Class = FieldClass::Normal) and (FldRef.Number < RecRef.SystemIdNo) then
                Line += StrSubstNo('%1=%2|', FldRef.Name, FldRef.Value);
        end;
        exit(Line);
    end;
}
