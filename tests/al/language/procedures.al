codeunit 50101 Procedures
{
    trigger OnRun()
    var
        X: Integer;
        T: Text;
    begin
        Message('%1', Fib(20));            // expect: 6765
        X := 1;
        Bump(X);
        Bump(X);
        Message('%1', X);                  // expect: 3
        Message(Greeting('AL'));           // expect: Hi AL
        T := 'a';
        Append(T, 'b');
        Message(T);                        // expect: ab
        Message('%1', Count);              // expect: 0
        Message('%1', NoExitValue());      // expect: 0
    end;

    local procedure Fib(N: Integer): Integer
    begin
        if N < 2 then
            exit(N);
        exit(Fib(N - 1) + Fib(N - 2));
    end;

    local procedure Bump(var N: Integer)
    begin
        N += 1;
    end;

    procedure Greeting(Name: Text) Result: Text
    begin
        Result := 'Hi ' + Name;
    end;

    local procedure Append(var S: Text; Suffix: Text)
    begin
        S := S + Suffix;
    end;

    local procedure NoExitValue(): Integer
    begin
        exit;
    end;

    var
        Count: Integer;
}
