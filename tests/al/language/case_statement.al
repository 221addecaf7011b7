enum 50232 Size
{
    value(0; Small) { }
    value(1; Medium) { }
    value(2; Large) { }
}

codeunit 50232 "Case Statement"
{
    trigger OnRun()
    var
        I: Integer;
        S: Text;
        C: Code[10];
        Sz: Enum Size;
        D: Decimal;
        Dt: Date;
        Calls: Integer;
    begin
        for I := -1 to 12 do
            case I of
                0:
                    S += 'zero ';
                1, 2:
                    S += 'small ';
                3 .. 5, 7:
                    S += 'mid ';
                8 .. 10:
                    S += 'high ';
                else
                    S += '? ';
            end;
        Message(S);        // expect: ? zero small small mid mid mid ? mid high high high ? ? 
        case 4 of
            1 .. 3:
                Message('not here');
        end;
        case 2 of
            2:
                Message('first match wins');   // expect: first match wins
            1 .. 5:
                Message('not the second');
        end;
        S := 'b';
        case S of
            'a':
                Message('a');
            'B':
                Message('case-sensitive?');
            'b':
                Message('text b');              // expect: text b
        end;
        C := 'abc';
        case C of
            'abc':
                Message('lower-case value');
            'ABC':
                Message('upper-case value');    // expect: upper-case value
        end;
        Sz := Sz::Large;
        case Sz of
            Sz::Small, Sz::Medium:
                Message('not large');
            Sz::Large:
                Message('large');               // expect: large
        end;
        D := 2.5;
        case D of
            0 .. 2.4:
                Message('low');
            2.5 .. 3:
                Message('decimal range');       // expect: decimal range
        end;
        Dt := 20240615D;
        case Dt of
            20240101D .. 20240630D:
                Message('first half');          // expect: first half
            else
                Message('second half');
        end;
        case true of
            false:
                Message('no');
            else begin
                Message('else with');           // expect: else with
                Message('two statements');      // expect: two statements
            end;
        end;
        case Next(Calls) of
            1:
                Message('subject evaluated %1 time', Calls); // expect: subject evaluated 1 time
            2:
                Message('twice');
        end;
    end;

    local procedure Next(var Calls: Integer): Integer
    begin
        Calls += 1;
        exit(Calls);
    end;
}
