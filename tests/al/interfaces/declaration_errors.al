// Errors in interface declarations and in what names them: an interface
// that extends itself, unknown interfaces and codeunits, a body in an
// interface, two interfaces with one name.
interface "Loop A" extends "Loop B" // expect error: Interface "Loop A" extends itself
{
    procedure A();
}

interface "Loop B" extends "Loop A"
{
    procedure B();
}

interface IOk extends "No Such Base" // expect error: Interface "No Such Base" is not defined
{
    procedure Ok();
}

interface IBody
{
    procedure Done() // expect error: 'Done': an interface only declares its procedures (no begin ... end)
    begin
    end;
}

interface IBody // expect error: interface "IBody" is already defined
{
}

codeunit 50100 Impl implements "No Such Interface" // expect error: Interface "No Such Interface" is not defined
{
}

enum 50100 E implements IOk
{
    DefaultImplementation = IOk = "No Such Codeunit"; // expect error: Codeunit "No Such Codeunit" is not defined
    value(0; Zero) { }
}

codeunit 50101 Main
{
    trigger OnRun()
    var
        X: Interface "Not There"; // expect error: Interface "Not There" is not defined
    begin
    end;
}
