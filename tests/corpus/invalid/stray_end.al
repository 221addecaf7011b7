// error-line: 13
codeunit 50918 "CSO Stray End"
{
    procedure Ping()
    begin
        Message('pong');
    end;

    procedure Pong()
    begin
        Message('ping');
    end;
    end;
}
