// args: --codeunit 50140
codeunit 50140 "Instances"
{
    trigger OnRun()
    var
        A, B : Codeunit Counter;
        S1, S2 : Codeunit "Single Counter";
    begin
        A.Increment();
        A.Increment();
        B.Increment();
        Message('%1 %2', A.Value(), B.Value());    // expect: 2 1
        S1.Increment();
        S2.Increment();
        Message('%1', S2.Value());                  // expect: 2
        Message('%1', this.Twice(21));              // expect: 42
    end;

    procedure Twice(N: Integer): Integer
    begin
        exit(2 * N);
    end;
}

codeunit 50141 Counter
{
    var
        Count: Integer;

    procedure Increment()
    begin
        Count += 1;
    end;

    procedure Value(): Integer
    begin
        exit(Count);
    end;
}

codeunit 50142 "Single Counter"
{
    SingleInstance = true;

    var
        Count: Integer;

    procedure Increment()
    begin
        Count += 1;
    end;

    procedure Value(): Integer
    begin
        exit(Count);
    end;
}

codeunit 50143 "This Qualifies Globals"
{
    var
        DryRun: Boolean;

    procedure SetDryRun(NewDryRun: Boolean)
    begin
        this.DryRun := NewDryRun;
    end;
}
