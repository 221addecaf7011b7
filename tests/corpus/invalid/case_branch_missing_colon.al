// error-line: 12
codeunit 50916 "CSO Bad Case"
{
    procedure LevelName(Level: Integer): Text
    begin
        case Level of
            1:
                exit('Bronze');
            2 .. 3:
                exit('Silver');
            4
                exit('Gold');
            else
                exit('Unknown');
        end;
    end;
}
