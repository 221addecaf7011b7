codeunit 50102 "Control Flow"
{
    trigger OnRun()
    var
        I, Sum : Integer;
        S: Text;
    begin
        for I := 1 to 5 do
            Sum += I;
        Message('%1', Sum);                          // expect: 15
        S := '';
        for I := 3 downto 1 do
            S += Format(I);
        Message(S);                                  // expect: 321
        I := 0;
        while I < 10 do begin
            I += 1;
            if I mod 2 = 0 then
                continue;
            if I > 7 then
                break;
            S += Format(I);
        end;
        Message(S);                                  // expect: 3211357
        I := 0;
        repeat
            I += 2;
        until I >= 7;
        Message('%1', I);                            // expect: 8
        for I := 1 to 4 do
            case I of
                1:
                    Message('one');                  // expect: one
                2, 3:
                    Message('two or three %1', I);   // expect: two or three 2
                                                     // expect: two or three 3
                else
                    Message('other');                // expect: other
            end;
        case true of
            I > 100:
                Message('big');
            I in [1 .. 5]:
                Message('small');                    // expect: small
        end;
        if (I > 1) and (I < 10) then Message('and'); // expect: and
        Message(Classify(-5));                       // expect: negative
        Message(Classify(0));                        // expect: zero
        Message('%1', I > 3 ? 'yes' : 'no');         // expect: yes
    end;

    local procedure Classify(N: Integer): Text
    begin
        if N < 0 then
            exit('negative')
        else
            if N = 0 then
                exit('zero');
        exit('positive');
    end;
}
