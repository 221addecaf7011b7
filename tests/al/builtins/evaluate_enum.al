enum 50242 Severity
{
    value(0; Low) { Caption = 'Low Severity'; }
    value(10; High) { Caption = 'High!'; }
    value(20; Critical) { }
}

codeunit 50242 "Evaluate Enum"
{
    trigger OnRun()
    var
        E: Enum Severity;
    begin
        Evaluate(E, 'High');
        Message('%1 %2', E.AsInteger(), E);           // expect: 10 High!
        Evaluate(E, 'critical');
        Message('%1', E.AsInteger());                 // expect: 20
        Evaluate(E, 'Low Severity');                  // the caption, as Format gives it
        Message('%1', E.AsInteger());                 // expect: 0
        Evaluate(E, Format(E::High));
        Message('%1', E = E::High);                   // expect: Yes
        Evaluate(E, ' 20 ');
        Message('%1', E.AsInteger());                 // expect: 20
        if not Evaluate(E, '5') then
            Message('%1 %2', GetLastErrorText(), E.AsInteger()); // expect: The value "5" can't be evaluated into type Enum. 20
        Evaluate(E, 'Medium'); // expect runtime error: The value "Medium" can't be evaluated into type Enum.
    end;
}
