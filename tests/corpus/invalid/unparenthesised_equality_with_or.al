// error-line: 8
codeunit 50905 "CSO Bad Precedence 2"
{
    procedure IsClosed(var ServiceHeader: Record "CSO Service Order Header"): Boolean
    var
        Closed: Boolean;
    begin
        Closed := ServiceHeader.Status = ServiceHeader.Status::Finished or ServiceHeader.Status = ServiceHeader.Status::Canceled;
        exit(Closed);
    end;
}
