// args: --codeunit Main
// A codeunit with TableNo runs on the caller's record: Codeunit.Run(Id,
// Rec) and CodeunitVariable.Run(Rec) pass it as OnRun's `Rec` (by var);
// `if Codeunit.Run(...)` rolls back what the codeunit wrote when it fails,
// and is refused inside an open write transaction.
table 50290 Job
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Status; Text[20]) { }
    }
    keys { key(PK; Id) { } }
}

codeunit 50291 "Job Worker"
{
    TableNo = Job;

    trigger OnRun()
    begin
        Rec.Status := 'done';
        Rec.Modify();
        Calls += 1;
        if Rec.Id = 2 then
            Error('job %1 failed', Rec.Id);
    end;

    var
        Calls: Integer;

    procedure CallCount(): Integer
    begin
        exit(Calls);
    end;
}

codeunit 50290 Main
{
    trigger OnRun()
    var
        J: Record Job;
        W: Codeunit "Job Worker";
    begin
        J.Id := 1;
        J.Insert();
        J.Id := 2;
        J.Insert();
        J.Get(1);
        Codeunit.Run(Codeunit::"Job Worker", J);
        Message('%1', J.Status);                 // expect: done
        J.Status := '';
        W.Run(J);
        W.Run(J);
        Message('%1 %2', J.Status, W.CallCount()); // expect: done 2
        Commit();
        J.Get(2);
        Message('%1', Codeunit.Run(Codeunit::"Job Worker", J)); // expect: No
        Message(GetLastErrorText());             // expect: job 2 failed
        J.Get(2);
        Message('[%1]', J.Status);               // expect: []
        J.Status := 'x';
        J.Modify();
        Message('%1', Codeunit.Run(Codeunit::"Job Worker", J)); // expect runtime error: The following AL methods can be used only to a limited degree during write transactions (because one or more tables will be locked). Codeunit.Run is allowed in write transactions only if the return value is not used. For example, 'OK := Codeunit.Run()' is not allowed. Use the Commit method to save the changes before this call, or structure the code differently.
    end;
}
