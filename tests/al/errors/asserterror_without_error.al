codeunit 50146 "AssertError Without Error"
{
    trigger OnRun()
    begin
        asserterror Message('no error here'); // expect: no error here
        // expect runtime error: An error was expected inside an AssertError statement.
    end;
}
