// Calls through an interface run the procedure of the codeunit assigned to
// it; the interface shares the codeunit variable's instance (its globals).
interface "Shape"
{
    procedure Area(): Decimal;
    procedure Name(): Text;
    procedure Grow(By: Integer);
}

codeunit 50100 Square implements Shape
{
    var
        Side: Integer;

    procedure SetSide(S: Integer)
    begin
        Side := S;
    end;

    procedure Area(): Decimal
    begin
        exit(Side * Side);
    end;

    procedure Name(): Text
    begin
        exit('square');
    end;

    procedure Grow(By: Integer)
    begin
        Side += By;
    end;
}

codeunit 50101 Circle implements Shape
{
    var
        Radius: Integer;

    procedure Area(): Decimal
    begin
        exit(3 * Radius * Radius);
    end;

    procedure Name(): Text
    begin
        exit('circle');
    end;

    procedure Grow(By: Integer)
    begin
        Radius += By;
    end;
}

codeunit 50102 Main
{
    trigger OnRun()
    var
        Sq: Codeunit Square;
        Ci: Codeunit Circle;
        S: Interface Shape;
        T: Interface Shape;
    begin
        Sq.SetSide(3);
        S := Sq;
        Message('%1 %2', S.Name(), S.Area());   // expect: square 9
        S.Grow(1);
        Message('%1', Sq.Area());               // expect: 16
        Sq.SetSide(5);
        Message('%1', S.Area());                // expect: 25
        T := S;
        T.Grow(1);
        Message('%1 %2', S.Area(), Sq.Area());  // expect: 36 36
        S := Ci;
        S.Grow(2);
        Message('%1 %2', S.Name(), S.Area());   // expect: circle 12
        Message('%1', T.Name());                // expect: square
        Message('%1', Ci.Area());               // expect: 12
    end;
}
