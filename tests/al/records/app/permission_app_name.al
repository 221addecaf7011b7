// args: --read-only
// The permission error names the app the table belongs to: the "name" of
// the project's app.json (not a dependency's name).
table 50280 Row
{
    fields { field(1; Id; Integer) { } }
    keys { key(PK; Id) { } }
}

codeunit 50280 AppName
{
    trigger OnRun()
    var
        R: Record Row;
    begin
        R.Id := 1;
        R.Insert();  // expect runtime error: Sorry, the current permissions prevented the action. (TableData 50280 Row Insert: Fixture "Rows" App)
    end;
}
