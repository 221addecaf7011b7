// DateFormula variables: Evaluate, Format, CalcDate, =/<>, assignment,
// Clear, parameters, return values, arrays (docs/datetime.md "DateFormula").
// args: --clock virtual
codeunit 50750 "DateFormula Values"
{
    trigger OnRun()
    var
        F, G : DateFormula;
        Empty: DateFormula;
        Fs: array[3] of DateFormula;
        I: Integer;
    begin
        Message('[%1]', F);                                 // expect: []
        Message('%1', Format(F) = '');                      // expect: Yes
        Message('%1', F = Empty);                           // expect: Yes
        Evaluate(F, '<1M>');
        Message(Format(F));                                 // expect: 1M
        Message('%1', F);                                   // expect: 1M
        Message(Format(F, 0, 9));                           // expect: <1M>
        Message(Format(F, 0, 2));                           // expect: <1M>
        Message('%1', CalcDate(F, 20240131D));              // expect: 02/29/24
        Evaluate(G, '1m');
        Message('%1', F = G);                               // expect: Yes
        Message('%1', F <> G);                              // expect: No
        Evaluate(G, ' < cm + 1d > ');
        Message(Format(G));                                 // expect: CM+1D
        Message('%1', F = G);                               // expect: No
        Message('%1', F <> G);                              // expect: Yes
        Message('%1', CalcDate(G, 20240115D));              // expect: 02/01/24
        Evaluate(G, '-1W');
        Message('%1 %2', G, CalcDate(G, 20240115D));        // expect: -1W 01/08/24
        Evaluate(G, 'D10');
        Message('%1 %2', G, CalcDate(G, 20240115D));        // expect: D10 02/10/24
        Evaluate(G, 'WD3');
        Message('%1 %2', G, CalcDate(G, 20240115D));        // expect: WD3 01/17/24
        Evaluate(G, '<-CQ>');
        Message('%1 %2', G, CalcDate(G, 20240515D));        // expect: -CQ 04/01/24
        Evaluate(G, 'CQ-1M');
        Message('%1 %2', G, CalcDate(G, 20240515D));        // expect: CQ-1M 05/30/24
        Evaluate(G, '<1Q>');
        Message('%1 %2', G, CalcDate(G, 20240515D));        // expect: 1Q 08/15/24
        Evaluate(G, '<>');
        Message('[%1] %2', G, G = Empty);                   // expect: [] Yes
        Message('%1', CalcDate(G, 20240515D));              // expect: 05/15/24

        // assignment copies the value
        G := F;
        Message('%1 %2', G, G = F);                         // expect: 1M Yes
        Evaluate(F, '2D');
        Message('%1 %2', G, F);                             // expect: 1M 2D
        Clear(F);
        Message('[%1] %2', F, F = Empty);                   // expect: [] Yes

        // CalcDate(F) counts from the work date
        WorkDate(20240110D);
        Evaluate(F, 'CM');
        Message('%1', CalcDate(F));                         // expect: 01/31/24

        // parameters, return values, arrays
        Message('%1', Next(F));                             // expect: CM+1D
        Message('%1', F);                                   // expect: CM
        Evaluate(F, '1D');
        Grow(F);
        Message('%1', F);                                   // expect: 1D+1D
        for I := 1 to ArrayLen(Fs) do
            Evaluate(Fs[I], StrSubstNo('<%1W>', I));
        Message('%1|%2|%3', Fs[1], Fs[2], Fs[3]);           // expect: 1W|2W|3W
        Message('%1', CalcDate(Fs[3], 20240101D));          // expect: 01/22/24
        Message('%1', Fs[2] = Fs[3]);                       // expect: No
    end;

    local procedure Next(F: DateFormula) Result: DateFormula
    begin
        Evaluate(Result, Format(F) + '+1D');
        Evaluate(F, '9Y');                                  // a value parameter: the caller's stays
    end;

    local procedure Grow(var F: DateFormula)
    begin
        Evaluate(F, Format(F) + '+1D');
    end;
}
