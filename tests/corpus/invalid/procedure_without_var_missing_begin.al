// error-line: 5
codeunit 50915 "CSO Missing Begin 2"
{
    procedure SayHello()
        Message('Hello');
    end;
}
