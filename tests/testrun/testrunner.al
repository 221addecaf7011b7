// A Subtype = TestRunner codeunit drives the run (run.sh): its OnRun runs the
// test codeunits it chooses with Codeunit.Run; OnBeforeTestRun is asked
// before the codeunit ('' as FunctionName) and before each test, and can
// skip one; OnAfterTestRun hears each result; TestIsolation = Function rolls
// each test back; the runner's own dialogs are not a test's UI.
table 50710 "Runner Log"
{
    fields { field(1; "No."; Integer) { AutoIncrement = true; } field(2; Line; Text[250]) { } }
    keys { key(PK; "No.") { } }
}
table 50711 Gadget
{
    fields { field(1; Code; Code[10]) { } }
    keys { key(PK; Code) { } }
}
codeunit 50710 "Gadget Runner"
{
    Subtype = TestRunner;
    TestIsolation = Function;

    trigger OnRun()
    var
        Log: Record "Runner Log";
    begin
        if Codeunit.Run(Codeunit::"Gadget Tests") then
            Message('Gadget Tests: all passed')
        else
            Message('Gadget Tests: something failed');
        Codeunit.Run(Codeunit::"Gadget Tests 2");
        if Log.FindSet() then
            repeat
                Message(Log.Line);
            until Log.Next() = 0;
    end;

    trigger OnBeforeTestRun(CodeunitId: Integer; CodeunitName: Text; FunctionName: Text; Permissions: TestPermissions): Boolean
    begin
        Write(StrSubstNo('before %1 "%2" [%3] %4', CodeunitId, CodeunitName, FunctionName, Permissions));
        exit(not FunctionName.StartsWith('Skip'));
    end;

    trigger OnAfterTestRun(CodeunitId: Integer; CodeunitName: Text; FunctionName: Text; Permissions: TestPermissions; Success: Boolean)
    begin
        Write(StrSubstNo('after "%1" [%2] success=%3', CodeunitName, FunctionName, Success));
    end;

    local procedure Write(Line: Text)
    var
        Log: Record "Runner Log";
    begin
        // the log is written outside the tests' transactions and survives them
        Log.Line := CopyStr(Line, 1, MaxStrLen(Log.Line));
        Log.Insert();
    end;
}
codeunit 50711 "Gadget Tests"
{
    Subtype = Test;
    TestPermissions = Disabled;

    [Test]
    procedure InsertsAGadget()
    var
        G: Record Gadget;
    begin
        G.Code := 'A';
        G.Insert();
    end;

    [Test]
    procedure SeesNoGadgetUnderFunctionIsolation()
    var
        G: Record Gadget;
    begin
        if not G.IsEmpty() then Error('found %1 gadgets', G.Count());
    end;

    [Test]
    procedure SkippedByTheRunner()
    begin
        Error('the runner skips this one');
    end;

    [Test]
    procedure Fails()
    begin
        Error('a gadget is missing');
    end;
}
codeunit 50712 "Gadget Tests 2"
{
    Subtype = Test;
    TestPermissions = NonRestrictive;

    [Test]
    [HandlerFunctions('Hello')]
    procedure MessageGoesToTheHandler()
    begin
        Message('hi');
    end;

    [MessageHandler]
    procedure Hello(Msg: Text[1024])
    begin
    end;
}
codeunit 50713 "Not Run By The Runner"
{
    Subtype = Test;

    [Test]
    procedure NeverRuns()
    begin
        Error('the runner does not run this codeunit');
    end;
}
