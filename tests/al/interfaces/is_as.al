// `is` tells whether the codeunit behind an interface implements another
// interface; `as` gives that interface, on the same instance, or fails.
interface IShape
{
    procedure Name(): Text;
}

interface IScalable
{
    procedure Scale(F: Integer);
    procedure Size(): Integer;
}

codeunit 50100 Box implements IShape, IScalable
{
    var
        S: Integer;

    procedure Name(): Text
    begin
        exit('box');
    end;

    procedure Scale(F: Integer)
    begin
        if S = 0 then
            S := 1;
        S := S * F;
    end;

    procedure Size(): Integer
    begin
        exit(S);
    end;
}

codeunit 50101 Dot implements IShape
{
    procedure Name(): Text
    begin
        exit('dot');
    end;
}

codeunit 50102 Main
{
    trigger OnRun()
    var
        B: Codeunit Box;
        D: Codeunit Dot;
        Shape: Interface IShape;
        Scalable: Interface IScalable;
        Unset: Interface IShape;
    begin
        Shape := B;
        Message('%1', Shape is IScalable);               // expect: Yes
        Message('%1', Shape is IShape);                  // expect: Yes
        if Shape is IScalable then begin
            Scalable := Shape as IScalable;
            Scalable.Scale(3);
            Scalable.Scale(2);
        end;
        Message('%1 %2', B.Size(), (Shape as IScalable).Size()); // expect: 6 6
        Shape := D;
        Message('%1', Shape is IScalable);               // expect: No
        Message('%1', Unset is IScalable);               // expect: No
        asserterror Scalable := Unset as IScalable;
        Message(GetLastErrorText());                     // expect: The interface variable 'Unset' is not initialized.
        Message('%1', Scalable.Size());                  // expect: 6
        Scalable := Shape as IScalable;                  // expect runtime error: Codeunit "Dot" does not implement Interface "IScalable".
    end;
}
