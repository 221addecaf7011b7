// args: --codeunit T
// A test codeunit is checked leniently by run: reaching what alrun cannot
// run yet is an AL error with a call stack, not a crash.
codeunit 50100 T
{
    Subtype = Test;
    trigger OnRun()
    var
        X: HttpClient;
    begin
        Message('before');                 // expect: before
        X.Get('http://x', Resp);           // expect runtime error: This statement uses something alrun cannot run yet (the line is in the call stack below).
        Message('after');
    end;
    var
        Resp: HttpResponseMessage;
}
