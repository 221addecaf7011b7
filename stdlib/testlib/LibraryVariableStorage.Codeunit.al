// alrun's own "Library - Variable Storage" (docs/test-libraries.md): a
// first-in, first-out queue of values that a test fills and its handlers
// empty (SingleInstance, so every variable of it shares the one queue of
// the session).  BC's procedure names; written for alrun (not Microsoft's
// code).  A project's own codeunit 131004 or "Library - Variable Storage"
// replaces this one.
codeunit 131004 "Library - Variable Storage"
{
    SingleInstance = true;

    var
        Items: array[25] of Variant;
        First: Integer;
        Count: Integer;
        OverflowErr: Label 'Queue overflow: Library - Variable Storage holds at most %1 values.', Locked = true;
        UnderflowErr: Label 'Queue underflow: Library - Variable Storage is empty.', Locked = true;
        NotEmptyErr: Label 'Queue is not empty.', Locked = true;
        NoSuchItemErr: Label 'Library - Variable Storage holds %1 values; there is no value %2.', Locked = true;

    procedure Enqueue(Value: Variant)
    begin
        if Count = ArrayLen(Items) then
            Error(OverflowErr, ArrayLen(Items));
        Items[Slot(Count + 1)] := Value;
        Count += 1;
    end;

    procedure Dequeue(var Value: Variant)
    var
        i: Integer;
    begin
        if Count = 0 then
            Error(UnderflowErr);
        i := Slot(1);
        Value := Items[i];
        System.Clear(Items[i]);
        First := First mod ArrayLen(Items) + 1;
        Count -= 1;
    end;

    procedure DequeueVariable(var Value: Variant)
    begin
        Dequeue(Value);
    end;

    procedure DequeueText(): Text
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueInteger(): Integer
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueDecimal(): Decimal
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueBoolean(): Boolean
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueDate(): Date
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueTime(): Time
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    procedure DequeueDateTime(): DateTime
    var
        Value: Variant;
    begin
        Dequeue(Value);
        exit(Value);
    end;

    // The Index-th value from the front (1 is the next Dequeue's), left in
    // the queue.
    procedure Peek(var Value: Variant; Index: Integer)
    begin
        if (Index < 1) or (Index > Count) then
            Error(NoSuchItemErr, Count, Index);
        Value := Items[Slot(Index)];
    end;

    procedure PeekText(Index: Integer): Text
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    procedure PeekInteger(Index: Integer): Integer
    var
        Value: Variant;
    begin
        Peek(Value, Index);
        exit(Value);
    end;

    procedure Length(): Integer
    begin
        exit(Count);
    end;

    procedure AssertEmpty()
    begin
        if Count <> 0 then
            Error(NotEmptyErr);
    end;

    procedure Clear()
    begin
        System.Clear(Items);
        First := 1;
        Count := 0;
    end;

    local procedure Slot(Index: Integer): Integer
    begin
        if First = 0 then
            First := 1;
        exit((First + Index - 2) mod ArrayLen(Items) + 1);
    end;
}
