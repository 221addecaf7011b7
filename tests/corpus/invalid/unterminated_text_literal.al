// error-line: 6
codeunit 50907 "CSO Bad Literal"
{
    procedure Greet(Name: Text)
    begin
        Message('Hello %1, welcome back!, Name);
    end;
}
