// args: --codeunit 50705
// Library - Variable Storage (stdlib/testlib): a queue shared by every
// variable of it (SingleInstance), as a test and its handlers use it.
codeunit 50705 "Variable Storage Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Value: Variant;
        i: Integer;
    begin
        Storage.AssertEmpty();
        Storage.Enqueue('Customer C1');
        Storage.Enqueue(42);
        Storage.Enqueue(12.5);
        Storage.Enqueue(true);
        Storage.Enqueue(20240315D);
        Storage.Enqueue(101500T);
        Storage.Enqueue(CreateDateTime(20240315D, 101500T));
        Storage.Enqueue('last');
        Message('%1', Storage.Length());              // expect: 8
        Message('%1 %2', Storage.PeekText(1), Storage.PeekInteger(2)); // expect: Customer C1 42
        asserterror Storage.AssertEmpty();
        Message(GetLastErrorText());                  // expect: Queue is not empty.
        Handler();                                    // another variable, the same queue
                                                      // expect: Customer C1
                                                      // expect: Yes
        Message('%1', Storage.DequeueDecimal() * 2);  // expect: 25
        Message('%1', Storage.DequeueBoolean());      // expect: Yes
        Message('%1', Storage.DequeueDate());         // expect: 03/15/24
        Message('%1', Storage.DequeueTime());         // expect: 10:15:00 AM
        Message('%1', Storage.DequeueDateTime() = CreateDateTime(20240315D, 101500T)); // expect: Yes
        Storage.DequeueVariable(Value);
        Message('%1 %2', Value.IsText(), Value);      // expect: Yes last
        Storage.AssertEmpty();
        asserterror Storage.DequeueText();
        Message(GetLastErrorText());                  // expect: Queue underflow: Library - Variable Storage is empty.

        // a value of another type does not convert
        Storage.Enqueue(7);
        asserterror Storage.DequeueText();
        Message(GetLastErrorText());                  // expect: Unable to convert from Integer to Text.

        // 25 values at most; the queue wraps around as it is emptied
        for i := 1 to 25 do
            Storage.Enqueue(i);
        asserterror Storage.Enqueue(26);
        Message(GetLastErrorText());                  // expect: Queue overflow: Library - Variable Storage holds at most 25 values.
        for i := 1 to 10 do
            Storage.DequeueInteger();
        for i := 26 to 35 do
            Storage.Enqueue(i);
        Message('%1 %2 %3', Storage.Length(), Storage.DequeueInteger(), Storage.PeekInteger(24)); // expect: 25 11 35
        asserterror Storage.PeekInteger(25);
        Message(GetLastErrorText());                  // expect: Library - Variable Storage holds 24 values; there is no value 25.
        Storage.Clear();
        Message('%1', Storage.Length());              // expect: 0
        Storage.AssertEmpty();
        Storage.Enqueue('left behind');
        Storage.AssertEmpty();                        // expect runtime error: Queue is not empty.
    end;

    local procedure Handler()
    var
        HandlerStorage: Codeunit "Library - Variable Storage";
        Value: Variant;
    begin
        Message(HandlerStorage.DequeueText());
        HandlerStorage.Dequeue(Value);
        Message('%1', Value.IsInteger());
    end;

    var
        Storage: Codeunit "Library - Variable Storage";
}
