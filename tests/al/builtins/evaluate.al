codeunit 50145 "Evaluate Test"
{
    trigger OnRun()
    var
        I: Integer;
        B: Boolean;
        T: Text;
    begin
        I := 42;
        if not Evaluate(I, 'not-a-number') then
            Message('failed, still %1', I);     // expect: failed, still 42
        Evaluate(I, '123');
        Message('%1', I);                       // expect: 123
        Evaluate(B, 'Yes');
        Message('%1', B);                       // expect: Yes
        Evaluate(T, 'anything');
        Message(T);                             // expect: anything
        Evaluate(I, 'x1'); // expect runtime error: The value "x1" can't be evaluated into type Integer.
    end;
}
