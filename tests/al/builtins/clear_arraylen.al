enum 50223 Colour
{
    value(0; None) { }
    value(1; Red) { }
}

codeunit 50223 "Clear And ArrayLen"
{
    trigger OnRun()
    var
        C: Code[10];
        D: Decimal;
        Dt: Date;
        B: Boolean;
        G: Guid;
        E: Enum Colour;
        Opt: Option A,B,C;
        Dict: Dictionary of [Integer, Text];
        TB: TextBuilder;
        Arr: array[3] of Integer;
        Grid: array[2, 5] of Text;
        Counter: Codeunit "Clear Counter";
        V: Variant;
    begin
        C := 'abc';
        D := 1.5;
        Dt := Today();
        B := true;
        G := CreateGuid();
        E := E::Red;
        Opt := Opt::C;
        Dict.Add(1, 'one');
        TB.Append('text');
        Arr[1] := 1;
        Arr[3] := 3;
        V := 5;
        Clear(C);
        Clear(D);
        Clear(Dt);
        Clear(B);
        Clear(G);
        Clear(E);
        Clear(Opt);
        Clear(Dict);
        Clear(TB);
        Clear(Arr);
        Clear(V);
        Message('[%1] %2 [%3] %4 %5', C, D, Dt, B, IsNullGuid(G));    // expect: [] 0 [] No Yes
        Message('%1 %2 %3 [%4]', E, Opt, Dict.Count(), TB.ToText());   // expect: None A 0 []
        Message('%1 %2 %3', Arr[1], Arr[3], V.IsInteger());           // expect: 0 0 No
        Counter.Bump();
        Counter.Bump();
        Message('%1', Counter.Value());                                // expect: 2
        Clear(Counter);
        Counter.Bump();
        Message('%1', Counter.Value());                                // expect: 1
        Message('%1 %2 %3', ArrayLen(Arr), ArrayLen(Grid, 1), ArrayLen(Grid, 2)); // expect: 3 2 5
        Message('%1', ArrayLen(Grid));                                 // expect: 2
        Message('%1', ArrayLen(Grid, 3)); // expect runtime error: The array has 2 dimension(s); dimension 3 does not exist.
    end;
}

codeunit 50224 "Clear Counter"
{
    var
        N: Integer;

    procedure Bump()
    begin
        N += 1;
    end;

    procedure Value(): Integer
    begin
        exit(N);
    end;
}
