codeunit 50192 "Publisher With Code"
{
    // Code in an event publisher's body never runs: alrun warns and runs
    // the subscribers only.
    trigger OnRun()
    var
        N: Integer;
    begin
        OnCount(N);
        Message('N = %1', N);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnCount(var N: Integer)
    begin
        N := 100;
    end;
}

codeunit 50193 "Publisher With Code Sub"
{
    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Publisher With Code", 'OnCount', '', false, false)]
    local procedure AddOne(var N: Integer)
    begin
        N += 1;
    end;
}
