// args: --codeunit 50707
// A project's own codeunit 130002 (any name) replaces alrun's "Library
// Assert": the name is gone with it.
codeunit 130002 "Assert Stub"
{
    procedure IsTrue(Condition: Boolean; Msg: Text)
    begin
    end;
}

codeunit 50707 "Replace By Id Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Stub: Codeunit "Assert Stub";
    begin
        Stub.IsTrue(false, 'the stub passes everything');
    end;

    procedure Other()
    var
        Assert: Codeunit "Library Assert"; // expect error: Codeunit "Library Assert" is not defined
    begin
    end;
}
