// args: --codeunit 50910
// EventSubscriberInstance = Manual: only instances bound with
// BindSubscription receive events, each with its own globals; a binding
// ends with UnbindSubscription or with the variable that holds it.
// StaticAutomatic subscribers get a fresh instance for every event.
codeunit 50910 "Bind Main"
{
    var
        Kept: Codeunit "Bind Manual";

    trigger OnRun()
    var
        Pub: Codeunit "Bind Publisher";
        M1, M2: Codeunit "Bind Manual";
        Auto: Codeunit "Bind Auto";
    begin
        Pub.Raise('nobody bound');
        // expect: auto: calls on this instance 1
        BindSubscription(M1);
        BindSubscription(M2);
        Pub.Raise('two bound');
        // expect: auto: calls on this instance 1
        // expect: manual: two bound, calls on this instance 1
        // expect: manual: two bound, calls on this instance 1
        Pub.Raise('again');
        // expect: auto: calls on this instance 1
        // expect: manual: again, calls on this instance 2
        // expect: manual: again, calls on this instance 2
        UnbindSubscription(M2);
        Pub.Raise('one bound');
        // expect: auto: calls on this instance 1
        // expect: manual: one bound, calls on this instance 3
        Message('M1 %1, M2 %2', M1.Calls(), M2.Calls());
        // expect: M1 3, M2 2

        if BindSubscription(M1) then Message('bound twice') else Message('a second bind is refused');
        // expect: a second bind is refused
        if UnbindSubscription(M2) then Message('unbound twice') else Message('a second unbind is refused');
        // expect: a second unbind is refused
        if BindSubscription(Auto) then Message('bound') else Message('StaticAutomatic cannot be bound');
        // expect: StaticAutomatic cannot be bound
        UnbindSubscription(M1);

        BindInALocal(Pub);
        // expect: auto: calls on this instance 1
        // expect: manual: inside, calls on this instance 1
        Pub.Raise('after the local is gone');
        // expect: auto: calls on this instance 1

        BindSubscription(Kept);
        KeepBound(Pub);
        // expect: auto: calls on this instance 1
        // expect: manual: a global stays bound, calls on this instance 1
        UnbindSubscription(Kept);
        BindSubscription(M1);
        BindSubscription(M1);
    end;
    // expect runtime error: This instance of codeunit Bind Manual is already bound.

    local procedure BindInALocal(Pub: Codeunit "Bind Publisher")
    var
        Local: Codeunit "Bind Manual";
    begin
        BindSubscription(Local);
        Pub.Raise('inside');
    end;

    local procedure KeepBound(Pub: Codeunit "Bind Publisher")
    begin
        Pub.Raise('a global stays bound');
    end;
}

codeunit 50911 "Bind Publisher"
{
    procedure Raise(What: Text)
    begin
        OnSomething(What);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnSomething(What: Text)
    begin
    end;
}

codeunit 50912 "Bind Auto"
{
    var
        N: Integer;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Bind Publisher", 'OnSomething', '', false, false)]
    local procedure OnSomething()
    begin
        N += 1;
        Message('auto: calls on this instance %1', N);
    end;
}

codeunit 50913 "Bind Manual"
{
    EventSubscriberInstance = Manual;

    var
        N: Integer;

    procedure Calls(): Integer
    begin
        exit(N);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Bind Publisher", 'OnSomething', '', false, false)]
    local procedure OnSomething(What: Text)
    begin
        N += 1;
        Message('manual: %1, calls on this instance %2', What, N);
    end;
}
