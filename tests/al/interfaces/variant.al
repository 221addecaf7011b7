// A Variant can carry an interface (the same instance) and give it back to
// an interface the codeunit behind it implements.
interface IBell
{
    procedure Ring(): Integer;
}

interface IOther
{
    procedure Other();
}

codeunit 50100 Bell implements IBell
{
    var
        Rings: Integer;

    procedure Ring(): Integer
    begin
        Rings += 1;
        exit(Rings);
    end;
}

codeunit 50101 Main
{
    trigger OnRun()
    var
        B: Codeunit Bell;
        I: Interface IBell;
        J: Interface IBell;
        O: Interface IOther;
        V: Variant;
        Empty: Variant;
    begin
        I := B;
        I.Ring();
        V := I;
        J := V;
        Message('%1 %2', J.Ring(), B.Ring());   // expect: 2 3
        Pass(V);
        Message('%1', B.Ring());                // expect: 5
        V := B;                                 // a codeunit in a Variant: its instance
        J := V;
        Message('%1', J.Ring());                // expect: 6
        J := Empty;
        asserterror J.Ring();
        Message(GetLastErrorText());            // expect: The interface variable 'J' is not initialized.
        asserterror O := V;
        Message(GetLastErrorText());            // expect: Codeunit "Bell" does not implement Interface "IOther".
        V := 42;
        J := V;                                 // expect runtime error: Unable to convert from Integer to Interface.
    end;

    local procedure Pass(Held: Variant)
    var
        Back: Interface IBell;
    begin
        Back := Held;
        Back.Ring();
    end;
}
