// error-line: 9
codeunit 50908 "CSO Bad Comment"
{
    procedure Noop()
    begin
        Message('Before the comment');
    end;

    /* TODO: remove this helper once the new posting routine is live
    procedure OldHelper()
    begin
        Message('Old');
    end;
}
