// A task that does what a background task must not: it stores the grade
// on the vendor's row.  Its temporary copy of the row is writable; the
// Modify of the real row fails with BC's permission error.
codeunit 50601 "Delivery Grade Store Task"
{
    trigger OnRun()
    var
        Score: Record "Vendor Delivery Score";
        TempScore: Record "Vendor Delivery Score" temporary;
        GradeTask: Codeunit "Delivery Grade Task";
    begin
        Score.Get(Page.GetBackgroundParameters().Get('VendorNo'));
        TempScore := Score;
        TempScore."Last Grade" := CopyStr(GradeTask.Grade(Score."On Time" * 100 div Score.Deliveries), 1, 1);
        TempScore.Insert();

        Score."Last Grade" := TempScore."Last Grade";
        Score.Modify();
    end;
}
