// What AL does not allow with a DateFormula: text assigned to it, ordering.
codeunit 50753 "DateFormula Compile Errors"
{
    trigger OnRun()
    var
        F, G : DateFormula;
        T: Text;
    begin
        F := '1M';                  // expect error: Cannot implicitly convert type 'Text' to 'DateFormula'
        T := F;                     // expect error: Cannot implicitly convert type 'DateFormula' to 'Text'
        if F < G then;              // expect error: operator '<' cannot be applied to DateFormula and DateFormula
        Message('%1', F + G);       // expect error: operator '+' cannot be applied to DateFormula and DateFormula
    end;
}
