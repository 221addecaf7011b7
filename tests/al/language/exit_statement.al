codeunit 50234 "Exit Statement"
{
    trigger OnRun()
    begin
        Message('%1', FindFirst(7));          // expect: 7
        Message('%1', FindFirst(-1));         // expect: 0
        Message('[%1]', EmptyText());         // expect: []
        Message('%1', NamedResult());         // expect: 42
        Message('%1', ExitOverridesNamed());  // expect: 1
        Message('%1', DefaultDecimal());      // expect: 0
        Message('%1', DefaultBool());         // expect: No
        Message('%1', FromRepeat());          // expect: 16
        Message('%1', FromCase(2));           // expect: two
        Message('%1', FromCase(3));           // expect: other
        Message('%1', DeepExit());            // expect: 3
        Stop();
        Message('after Stop');                // expect: after Stop
        exit;
        Message('never');
    end;

    local procedure FindFirst(Wanted: Integer): Integer
    var
        I: Integer;
    begin
        for I := 1 to 10 do
            if I = Wanted then
                exit(I);
    end;

    local procedure EmptyText(): Text
    begin
        exit;
    end;

    local procedure NamedResult() Result: Integer
    begin
        Result := 42;
        exit;
    end;

    local procedure ExitOverridesNamed() Result: Integer
    begin
        Result := 42;
        exit(1);
    end;

    local procedure DefaultDecimal(): Decimal
    begin
    end;

    local procedure DefaultBool(): Boolean
    begin
    end;

    local procedure FromRepeat(): Integer
    var
        I: Integer;
    begin
        I := 1;
        repeat
            I *= 2;
            if I > 10 then
                exit(I);
        until false;
    end;

    local procedure FromCase(N: Integer): Text
    begin
        case N of
            2:
                exit('two');
        end;
        exit('other');
    end;

    local procedure DeepExit(): Integer
    var
        I, J, K : Integer;
    begin
        for I := 1 to 5 do
            while true do
                repeat
                    K += 1;
                    if K = 3 then
                        exit(K);
                until false;
    end;

    local procedure Stop()
    begin
        exit;
        Message('never');
    end;
}
