codeunit 50100 "Hello World"
{
    trigger OnRun()
    begin
        Message('Hello, %1!', 'world');
    end;
}
