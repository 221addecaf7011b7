// args: --codeunit 50754
// Library Assert's AreEqual/AreNotEqual take DateFormulas, as its error
// text says BC's do: the same formula is equal, another is not, and a
// DateFormula is not equal to the text of its formula.
codeunit 50754 "DateFormula Assert"
{
    Subtype = Test;

    trigger OnRun()
    var
        Assert: Codeunit "Library Assert";
        F, G : DateFormula;
    begin
        Evaluate(F, '<1M>');
        Evaluate(G, '1m');
        Assert.AreEqual(F, G, 'same formula');
        Evaluate(G, '<30D>');
        Assert.AreNotEqual(F, G, 'another formula');
        asserterror Assert.AreEqual(F, G, 'Wrong formula');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<1M> (DateFormula). Actual:<30D> (DateFormula). Wrong formula.
        asserterror Assert.AreEqual('1M', F, 'Text is not a formula');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<1M> (Text). Actual:<1M> (DateFormula). Text is not a formula.
    end;
}
