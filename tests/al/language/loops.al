codeunit 50233 Loops
{
    trigger OnRun()
    var
        I, J, N, Calls : Integer;
        L: List of [Integer];
        D: Dictionary of [Text, Integer];
        K: Text;
        C: Char;
        S: Text;
    begin
        while false do
            Message('never');
        N := 0;
        repeat
            N += 1;
        until true;
        Message('repeat ran %1 time', N);          // expect: repeat ran 1 time
        I := 0;
        while I < 3 do
            I += 1;
        Message('%1', I);                          // expect: 3
        // the bounds of a for loop are evaluated once
        N := 3;
        S := '';
        for I := 1 to N do begin
            N := 10;
            S += Format(I);
        end;
        Message(S);                                // expect: 123
        Calls := 0;
        for I := 1 to Bound(Calls) do;
        Message('%1', Calls);                      // expect: 1
        // break leaves the innermost loop only
        S := '';
        for I := 1 to 3 do
            for J := 1 to 3 do begin
                if J = 2 then
                    break;
                S += Format(I) + Format(J) + ' ';
            end;
        Message(S);                                // expect: 11 21 31 
        // continue in repeat goes to the until test
        I := 0;
        S := '';
        repeat
            I += 1;
            if I = 2 then
                continue;
            S += Format(I);
        until I >= 4;
        Message(S);                                // expect: 134
        L.AddRange(1, 2, 3, 4);
        S := '';
        foreach I in L do begin
            if I mod 2 = 0 then
                continue;
            S += Format(I);
        end;
        Message(S);                                // expect: 13
        S := '';
        foreach I in L do begin
            if I = 3 then
                break;
            S += Format(I);
        end;
        Message(S);                                // expect: 12
        S := '';
        for I := 5 downto 1 do begin
            if I = 4 then
                continue;
            if I = 2 then
                break;
            S += Format(I);
        end;
        Message(S);                                // expect: 53
        D.Add('x', 1);
        D.Add('y', 2);
        N := 0;
        foreach K in D.Keys() do
            N += D.Get(K);
        Message('%1', N);                          // expect: 3
        S := '';
        foreach C in 'héllo' do
            S := Format(C) + S;
        Message(S);                                // expect: olléh
        foreach C in '' do
            Message('never');
        S := '';
        for I := 1 to 1 do
            S += 'once';
        for I := 1 downto 2 do
            S += 'never';
        Message(S);                                // expect: once
    end;

    local procedure Bound(var Calls: Integer): Integer
    begin
        Calls += 1;
        exit(3);
    end;
}
