codeunit 50130 Many
{
    trigger OnRun()
    begin
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
        x := ;
    end;
}
