codeunit 50236 "With And Blocks"
{
    trigger OnRun()
    var
        Helper: Codeunit "Block Helper";
        I: Integer;
    begin
        begin
        end;
        begin
            begin
                I := 1;
            end;
            I += 1;
        end;
        Message('%1', I);                 // expect: 2
        ;
        if I = 2 then begin
        end else
            Message('never');
        if I = 2 then
            ;
        with Helper do
            Message('inside with');       // expect: inside with
        with Helper do begin
            I += 1;
            Message('%1', I);             // expect: 3
        end;
    end;
}

codeunit 50237 "Block Helper"
{
    procedure Ping(): Text
    begin
        exit('pong');
    end;
}
