// [TransactionModel(TransactionModel::AutoRollback)] (run.sh, under each
// --isolation): the test's changes are undone after it, and it may not
// commit; AutoCommit tests keep theirs when isolation is disabled.
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
}
