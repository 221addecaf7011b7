// Arrays of interfaces; an enum value passed straight to an interface
// parameter; a SingleInstance codeunit behind an enum keeps its one
// instance; the call stack runs through the implementing codeunit.
interface IStep
{
    procedure Next(): Integer;
}

enum 50100 Stepper implements IStep
{
    value(0; Shared) { Implementation = IStep = "Shared Step"; }
    value(1; Own) { Implementation = IStep = "Own Step"; }
    value(2; Failing) { Implementation = IStep = "Failing Step"; }
}

codeunit 50100 "Shared Step" implements IStep
{
    SingleInstance = true;

    var
        N: Integer;

    procedure Next(): Integer
    begin
        N += 1;
        exit(N);
    end;
}

codeunit 50101 "Own Step" implements IStep
{
    var
        N: Integer;

    procedure Next(): Integer
    begin
        N += 10;
        exit(N);
    end;
}

codeunit 50102 "Failing Step" implements IStep
{
    procedure Next(): Integer
    begin
        Error('step %1 failed', 3);
    end;
}

codeunit 50103 Main
{
    trigger OnRun()
    var
        Steps: array[3] of Interface IStep;
        I: Integer;
    begin
        Steps[1] := Stepper::Shared;
        Steps[2] := Stepper::Own;
        Steps[3] := Stepper::Shared;
        for I := 1 to 3 do
            Message('%1', Steps[I].Next());
        // expect: 1
        // expect: 10
        // expect: 2
        Message('%1 %2', Twice(Stepper::Shared), Twice(Stepper::Own)); // expect: 4 20
        asserterror Twice(Stepper::Failing);
        Message(GetLastErrorCallStack());
        // expect: "Failing Step"(CodeUnit 50102).Next line 46
        // expect: "Main"(CodeUnit 50103).Twice line 77
        // expect: "Main"(CodeUnit 50103).OnRun line 66
        Twice(Stepper::Failing);
        // expect runtime error: step 3 failed
    end;

    local procedure Twice(S: Interface IStep): Integer
    begin
        S.Next();
        exit(S.Next());
    end;
}
