// args: --codeunit 50706
// A project's own "Library Assert" replaces alrun's (docs/base-app.md's
// replacement rule): here one with another ID and its own texts; the
// other test libraries stay.
codeunit 50799 "Library Assert"
{
    procedure AreEqual(Expected: Variant; Actual: Variant; Msg: Text)
    begin
        if Format(Expected) <> Format(Actual) then
            Error('My AreEqual: %1', Msg);
    end;
}

codeunit 50706 "Replace Assert Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Assert: Codeunit "Library Assert";
        Rnd: Codeunit "Library - Random";
    begin
        Assert.AreEqual(1, 1, 'same');
        asserterror Assert.AreEqual(1, 2, 'differs');
        Message(GetLastErrorText());   // expect: My AreEqual: differs
        Message('%1', Rnd.RandIntInRange(3, 3)); // expect: 3
    end;
}
