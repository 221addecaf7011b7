// A DateFormula in a Variant: IsDateFormula, back out, Format, and what
// it does not convert to.
codeunit 50752 "DateFormula Variant"
{
    trigger OnRun()
    var
        F, G : DateFormula;
        V: Variant;
        D: Date;
        L: List of [DateFormula];
        Dict: Dictionary of [DateFormula, Text];
    begin
        Evaluate(F, '<CM+1D>');
        V := F;
        Message('%1 %2 %3', V.IsDateFormula(), V.IsText(), V.IsDate());   // expect: Yes No No
        Message('%1', V);                                   // expect: CM+1D
        G := V;
        Message('%1 %2', G, G = F);                         // expect: CM+1D Yes
        Message('%1', CalcDate(G, 20240110D));              // expect: 02/01/24
        V := 'CM';
        Message('%1', V.IsDateFormula());                   // expect: No
        asserterror G := V;
        Message(GetLastErrorText());                        // expect: Unable to convert from Text to DateFormula.
        L.Add(F);
        Evaluate(G, '1D');
        Message('%1 %2', L.Contains(F), L.Contains(G));     // expect: Yes No
        Dict.Add(F, 'month end and a day');
        Dict.Add(G, 'a day');
        Evaluate(G, '<cm + 1d>');
        Message(Dict.Get(G));                               // expect: month end and a day
        V := F;
        asserterror D := V;
        Message(GetLastErrorText());                        // expect: Unable to convert from DateFormula to Date.
    end;
}
