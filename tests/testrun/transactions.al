// Transactions in tests (run.sh, under each --isolation):
// [TransactionModel(TransactionModel::AutoRollback)] undoes the test's
// changes after it and refuses Commit; asserterror rolls back to the last
// commit (point), as BC does, so a row inserted before it in the same
// transaction goes too, and one committed before it stays.
table 50720 Sprocket
{
    fields { field(1; Code; Code[10]) { } }
    keys { key(PK; Code) { } }
}
codeunit 50720 "Sprocket Tests"
{
    Subtype = Test;

    [Test]
    [TransactionModel(TransactionModel::AutoCommit)]
    procedure KeepsItsSprocket()
    var
        S: Record Sprocket;
    begin
        S.Code := 'KEPT';
        S.Insert();
    end;

    [Test]
    [TransactionModel(TransactionModel::AutoRollback)]
    procedure RollsItsSprocketBack()
    var
        S: Record Sprocket;
    begin
        S.Code := 'GONE';
        S.Insert();
        if S.Count() <> 2 then Error('expected 2 sprockets inside the test, found %1', S.Count());
    end;

    [Test]
    procedure SeesOnlyTheKeptSprocket()
    var
        S: Record Sprocket;
    begin
        if S.Get('GONE') then Error('the AutoRollback test''s sprocket is still there');
        if not S.Get('KEPT') then Error('the AutoCommit test''s sprocket is gone');
    end;

    [Test]
    [TransactionModel(TransactionModel::AutoRollback)]
    procedure CannotCommit()
    begin
        Commit();
    end;

    [Test]
    procedure AssertErrorRollsBackToTheLastCommit()
    var
        S: Record Sprocket;
    begin
        S.Code := 'BEFORE';
        S.Insert();
        asserterror InsertAndFail('INSIDE');
        if S.Get('INSIDE') then Error('the row inserted inside asserterror is still there');
        if S.Get('BEFORE') then Error('the row inserted before asserterror (no commit) is still there');
        S.Code := 'COMMITTED';
        S.Insert();
        Commit();
        asserterror InsertAndFail('INSIDE2');
        if not S.Get('COMMITTED') then Error('the committed row is gone');
        if GetLastErrorText() <> 'failed after inserting INSIDE2' then Error('last error: %1', GetLastErrorText());
    end;

    local procedure InsertAndFail(Code: Code[10])
    var
        S: Record Sprocket;
    begin
        S.Code := Code;
        S.Insert();
        Error('failed after inserting %1', Code);
    end;
}
