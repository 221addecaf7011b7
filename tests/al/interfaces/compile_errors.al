// What the compiler refuses: a codeunit that lacks a method of an
// interface it implements, or has it with another signature, or local; an
// assignment of a codeunit or enum that does not implement the interface;
// enum values without an implementation; unknown methods.
interface IA
{
    procedure Run(X: Integer): Text;
    procedure Stop();
}

interface IB extends IA
{
    procedure Extra(var T: Text[30]);
}

codeunit 50100 Missing implements IA // expect error: Codeunit "Missing" does not implement 'Stop' of Interface "IA"
{
    procedure Run(X: Integer): Text
    begin
    end;
}

codeunit 50101 WrongReturn implements IA // expect error: Codeunit "WrongReturn" does not implement 'Run' of Interface "IA": the parameters or the return type differ
{
    procedure Run(X: Integer): Integer
    begin
    end;

    procedure Stop()
    begin
    end;
}

codeunit 50102 WrongVar implements IB // expect error: Codeunit "WrongVar" does not implement 'Extra' of Interface "IB": the parameters or the return type differ
{
    procedure Run(X: Integer): Text
    begin
    end;

    procedure Stop()
    begin
    end;

    procedure Extra(T: Text[30])
    begin
    end;
}

codeunit 50103 MissingBase implements IB // expect error: Codeunit "MissingBase" does not implement 'Run' of Interface "IB"
{
    procedure Stop()
    begin
    end;

    procedure Extra(var T: Text[30])
    begin
    end;
}

codeunit 50104 IsLocal implements IA
{
    procedure Run(X: Integer): Text
    begin
    end;

    local procedure Stop() // expect error: 'Stop' implements a method of Interface "IA": it cannot be local
    begin
    end;
}

codeunit 50105 NotAnImpl
{
    procedure Run(X: Integer): Text
    begin
    end;

    procedure Stop()
    begin
    end;
}

codeunit 50106 Good implements IA
{
    procedure Run(X: Integer): Text
    begin
    end;

    procedure Stop()
    begin
    end;
}

enum 50100 Kind implements IA
{
    value(0; One)
    {
        Implementation = IA = Good;
    }
    value(1; Two) // expect error: the value 'Two' of Enum "Kind" needs an implementation of Interface "IA" (Implementation, or the enum's DefaultImplementation)
    {
    }
    value(2; Three)
    {
        Implementation = IA = NotAnImpl; // expect error: Codeunit "NotAnImpl" does not implement Interface "IA"
    }
}

enum 50101 Plain
{
    value(0; Zero) { }
}

codeunit 50107 Main
{
    trigger OnRun()
    var
        A: Interface IA;
        B: Interface IB;
        N: Codeunit NotAnImpl;
        G: Codeunit Good;
        P: Enum Plain;
        I: Integer;
    begin
        A := N; // expect error: Cannot implicitly convert type 'Codeunit "NotAnImpl"' to 'Interface "IA"'
        A := P; // expect error: Cannot implicitly convert type 'Enum "Plain"' to 'Interface "IA"'
        B := G; // expect error: Cannot implicitly convert type 'Codeunit "Good"' to 'Interface "IB"'
        B := A; // expect error: Cannot implicitly convert type 'Interface "IA"' to 'Interface "IB"'
        G := A; // expect error: Cannot implicitly convert type 'Interface "IA"' to 'Codeunit "Good"'
        I := A; // expect error: Cannot implicitly convert type 'Interface "IA"' to 'Integer'
        A := G;
        A.Jump(); // expect error: Interface "IA" has no method 'Jump'
        A.Run(); // expect error: 'Run' of Interface "IA" does not take 0 arguments
        A.Run('x'); // expect error: Cannot implicitly convert type 'Text' to 'Integer'
        A := B;
        B.Run(1);
        if A is IZ then; // expect error: Interface "IZ" is not defined
    end;
}
