// args: --codeunit 50701
// Library Assert (stdlib/testlib): ExpectedError, ExpectedErrorCode,
// ExpectedMessage, ExpectedConfirm, the DB error code checks, KnownFailure.
table 50701 "Assert Row"
{
    Caption = 'Assert Row';
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Qty; Integer) { }
    }
    keys { key(PK; "No.") { } }
}

codeunit 50701 "Assert Errors Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        Row: Record "Assert Row";
    begin
        // ExpectedError: the last error's text contains the expected text
        asserterror Error('Quantity must be positive in line %1.', 10000);
        Assert.ExpectedError('Quantity must be positive in line 10000.');
        Assert.ExpectedError('must be positive');
        Assert.ExpectedError('');     // any error will do
        asserterror Assert.ExpectedError('must be negative');
        Message(GetLastErrorText());  // expect: Assert.ExpectedError failed. Expected: must be negative. Actual: Quantity must be positive in line 10000..
        ClearLastError();
        asserterror Assert.ExpectedError('');
        Message(GetLastErrorText());  // expect: The error has not been thrown.
        asserterror Error('');        // a silent error has no text, but a call stack
        Assert.ExpectedError('');

        // ExpectedErrorCode: the last error's code contains the expected code
        asserterror Error('plain');
        Assert.ExpectedErrorCode('Dialog');
        asserterror Assert.ExpectedErrorCode('DB:RecordNotFound');
        Message(GetLastErrorText());  // expect: Assert.ExpectedErrorCode failed. Expected: DB:RecordNotFound. Actual: Dialog. Actual error message: plain.

        asserterror Row.Get('NONE');
        Assert.AssertRecordNotFound();
        Assert.ExpectedError('The Assert Row does not exist.');
        Row."No." := 'R1';
        Row.Insert();
        asserterror Row.Insert();
        Assert.AssertRecordAlreadyExists();
        Row.SetRange(Qty, 5);
        asserterror Row.FindFirst();
        Assert.AssertNothingInsideFilter();
        asserterror Assert.AssertRecordNotFound();
        Message(GetLastErrorText());  // expect: Assert.ExpectedErrorCode failed. Expected: DB:RecordNotFound. Actual: DB:NothingInsideFilter. Actual error message: There is no Assert Row within the filter.  Filters: Qty: 5.

        // ExpectedMessage and ExpectedConfirm (what a handler was shown): equal or contained
        Assert.ExpectedMessage('Posted', 'Posted');
        Assert.ExpectedMessage('Posted', 'Document Posted.');
        asserterror Assert.ExpectedMessage('Posted', 'posted');
        Message(GetLastErrorText());  // expect: Assert.ExpectedMessage failed. Expected: Posted. Actual: posted.
        Assert.ExpectedConfirm('Do you want to post?', 'Order 1001: Do you want to post?');
        asserterror Assert.ExpectedConfirm('Delete?', 'Post?');
        Message(GetLastErrorText());  // expect: Assert.ExpectedConfirm failed. Expected: Delete?. Actual: Post?.

        // KnownFailure: the expected error happened, and the test fails all the same
        asserterror Error('Old bug');
        asserterror Assert.KnownFailure('Old bug', 4711);
        Message(GetLastErrorText());  // expect: Known failure: see VSTF Bug #4711.
    end;

    var
        Assert: Codeunit "Library Assert";
}
