// Interfaces as parameters (by value and var), return values, list and
// dictionary elements, globals; an interface that extends another; `this`.
interface "Counter"
{
    procedure Add(N: Integer);
    procedure Total(): Integer;
}

interface "Named Counter" extends Counter
{
    procedure Label(): Text;
}

codeunit 50100 Tally implements "Named Counter"
{
    var
        Sum: Integer;
        Name: Text;

    procedure SetName(NewName: Text): Interface "Named Counter"
    begin
        Name := NewName;
        exit(this);
    end;

    procedure Add(N: Integer)
    begin
        Sum += N;
    end;

    procedure Total(): Integer
    begin
        exit(Sum);
    end;

    procedure Label(): Text
    begin
        exit(Name);
    end;
}

codeunit 50101 Doubler implements Counter
{
    var
        Sum: Integer;

    procedure Add(N: Integer)
    begin
        Sum += 2 * N;
    end;

    procedure Total(): Integer
    begin
        exit(Sum);
    end;
}

codeunit 50102 Main
{
    var
        Kept: Interface Counter;

    trigger OnRun()
    var
        T1: Codeunit Tally;
        T2: Codeunit Tally;
        D: Codeunit Doubler;
        C: Interface Counter;
        NC: Interface "Named Counter";
        Counters: List of [Interface Counter];
        ByName: Dictionary of [Text, Interface Counter];
        Item: Interface Counter;
        I: Integer;
    begin
        NC := T1.SetName('first');
        C := NC;                                  // a Named Counter is a Counter
        AddTwice(C, 5);
        Message('%1 %2 %3', NC.Label(), NC.Total(), T1.Total());  // expect: first 10 10
        Counters.Add(T1);
        Counters.Add(D);
        Counters.Add(T2.SetName('second'));
        foreach Item in Counters do
            Item.Add(1);
        for I := 1 to Counters.Count() do
            Message('%1', Counters.Get(I).Total());
        // expect: 11
        // expect: 2
        // expect: 1
        Message('%1', Counters.Contains(T1.SetName('first again'))); // expect: Yes
        Message('%1', Counters.Contains(Fresh()));                 // expect: No
        Message('%1', Counters.IndexOf(D));                        // expect: 2
        ByName.Add('d', D);
        ByName.Get('d').Add(10);
        Message('%1', D.Total());                 // expect: 22
        Replace(C);
        C.Add(4);
        Message('%1 %2', C.Total(), T1.Total());  // expect: 8 11
        Kept := Counters.Get(3);
        KeepMore();
        Message('%1 %2', T2.Total(), T2.Label()); // expect: 101 second
        Message('%1', Fresh().Total());           // expect: 0
        Clear(C);
        asserterror C.Add(1);
        Message(GetLastErrorText());              // expect: The interface variable 'C' is not initialized.
        asserterror begin
            Item := Fresh();
            Clear(Item);
            Counters.Set(1, Item);
            Counters.Get(1).Add(1);
        end;
        Message(GetLastErrorText());              // expect: The interface variable 'Counter' is not initialized.
    end;

    local procedure AddTwice(Target: Interface Counter; N: Integer)
    begin
        Target.Add(N);
        Target.Add(N);
    end;

    local procedure Replace(var Target: Interface Counter)
    var
        Other: Codeunit Doubler;
    begin
        Target := Other;
    end;

    local procedure KeepMore()
    begin
        Kept.Add(100);
    end;

    local procedure Fresh() Result: Interface Counter
    var
        T: Codeunit Tally;
    begin
        Result := T;
    end;
}
