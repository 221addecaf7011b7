// args: --codeunit 50700
// Library Assert (stdlib/testlib): IsTrue, IsFalse, Fail, AreEqual,
// AreNotEqual, AreNearlyEqual; passing, and failing with BC's texts.
codeunit 50700 "Assert Basic Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        C: Char;
        Big: BigInteger;
        Code: Code[10];
        G: Guid;
    begin
        Assert.IsTrue(true, 'not shown');
        Assert.IsFalse(false, 'not shown');
        asserterror Assert.IsTrue(false, 'Must be true');
        Message(GetLastErrorText());   // expect: Assert.IsTrue failed. Must be true
        asserterror Assert.IsFalse(1 = 1, 'Must be false');
        Message(GetLastErrorText());   // expect: Assert.IsFalse failed. Must be false
        asserterror Assert.Fail('Not there yet');
        Message(GetLastErrorText());   // expect: Assert.Fail failed. Not there yet

        // numbers compare as numbers: Integer, Decimal and Char
        Assert.AreEqual(1, 1.0, 'Integer and Decimal');
        C := 'A';
        Assert.AreEqual(65, C, 'Char and Integer');
        Assert.AreEqual(2.50, 2.5, 'trailing zeros');
        asserterror Assert.AreEqual(1, 2, 'Wrong quantity');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<1> (Integer). Actual:<2> (Integer). Wrong quantity.
        asserterror Assert.AreEqual(1234.5, 1, 'Wrong amount');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<1,234.5> (Decimal). Actual:<1> (Integer). Wrong amount.

        // otherwise the kind (Text and Code are both Text) and Format(x, 0, 2)
        Code := 'abc';
        Assert.AreEqual('ABC', Code, 'Code is Text');
        Assert.AreEqual(20240315D, 20240315D, 'dates');
        Assert.AreEqual(true, true, 'booleans');
        Assert.AreEqual(G, G, 'guids');
        asserterror Assert.AreEqual('abc', Code, 'Case matters');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<abc> (Text). Actual:<ABC> (Text). Case matters.
        asserterror Assert.AreEqual('1', 1, 'Text is not a number');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<1> (Text). Actual:<1> (Integer). Text is not a number.
        Big := 5;
        asserterror Assert.AreEqual(Big, 5, 'BigInteger is its own kind');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<5> (BigInteger). Actual:<5> (Integer). BigInteger is its own kind.
        asserterror Assert.AreEqual(20240315D, 20240316D, 'Posting date');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<03/15/24> (Date). Actual:<03/16/24> (Date). Posting date.
        asserterror Assert.AreEqual(true, false, '');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<Yes> (Boolean). Actual:<No> (Boolean). .
        asserterror Assert.AreEqual(120000T, 0T, 'Time');
        Message(GetLastErrorText());   // expect: Assert.AreEqual failed. Expected:<12:00:00 PM> (Time). Actual:<> (Time). Time.

        Assert.AreNotEqual(1, 2, 'not shown');
        Assert.AreNotEqual('a', 'A', 'not shown');
        asserterror Assert.AreNotEqual(3, 3.0, 'Must differ');
        Message(GetLastErrorText());   // expect: Assert.AreNotEqual failed. Expected any value except:<3> (Integer). Actual:<3> (Decimal). Must differ.

        Assert.AreNearlyEqual(10, 10.004, 0.005, 'not shown');
        Assert.AreNearlyEqual(10, 9.995, -0.005, 'a negative delta counts as positive');
        asserterror Assert.AreNearlyEqual(10, 10.01, 0.005, 'Rounding');
        Message(GetLastErrorText());   // expect: Assert.AreNearlyEqual failed. Expected a difference no greater than <0.005> between expected value <10> and actual value <10.01>. Rounding

        // a failed assertion is an ordinary error: unhandled, it ends the run
        Assert.AreEqual('x', 'y', 'The end'); // expect runtime error: Assert.AreEqual failed. Expected:<x> (Text). Actual:<y> (Text). The end.
    end;

    var
        Assert: Codeunit "Library Assert";
}
