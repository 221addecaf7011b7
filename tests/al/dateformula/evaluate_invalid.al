// Evaluate of a text that is not a date formula: false and the target
// unchanged when the result is used; BC's Evaluate error when it is not.
codeunit 50751 "DateFormula Invalid"
{
    trigger OnRun()
    var
        F: DateFormula;
    begin
        Evaluate(F, '<2W>');
        Message('%1', Evaluate(F, '<1X>'));                 // expect: No
        Message('%1', F);                                   // expect: 2W
        Message('%1', Evaluate(F, '1D1W'));                 // expect: No
        Message('%1', Evaluate(F, '<1M'));                  // expect: No
        Message('%1', Evaluate(F, 'M3'));                   // expect: No
        Message('%1', Evaluate(F, 'tomorrow'));             // expect: No
        Message('%1', F);                                   // expect: 2W
        if Evaluate(F, 'Q') then
            Message('Q is a formula')
        else
            Message('Q is not a formula');                  // expect: Q is not a formula
        if Evaluate(F, '<Cq>') then
            Message('%1', F);                               // expect: CQ
        asserterror Evaluate(F, 'abc');
        Message(GetLastErrorText());                        // expect: The value "abc" can't be evaluated into type DateFormula.
        Message('%1', F);                                   // expect: CQ
        Evaluate(F, '<1X>');                                // expect runtime error: The value "<1X>" can't be evaluated into type DateFormula.
    end;
}
