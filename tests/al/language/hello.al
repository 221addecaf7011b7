codeunit 50100 "Hello World"
{
    trigger OnRun()
    begin
        Message('Hello, %1!', 'world'); // expect: Hello, world!
        Message('Two\lines'); // expect: Two
        // expect: lines
    end;
}
