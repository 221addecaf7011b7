// error-line: 4
codeunit 50925 "CSO Bad Parameters"
{
    procedure Transfer(FromNo: Code[20]; ToNo: Code[20];)
    begin
        Message('%1 -> %2', FromNo, ToNo);
    end;
}
