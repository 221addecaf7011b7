// args: --codeunit 50900
// Integration and business events: subscribers take the publisher's
// arguments by name (any subset), write through var parameters, get the
// sender when the event includes it, and run by codeunit ID.
codeunit 50900 "Ev Main"
{
    trigger OnRun()
    var
        Pub: Codeunit "Ev Publisher";
        Amount: Decimal;
        Handled: Boolean;
        Names: List of [Text];
    begin
        Amount := 10;
        Pub.RaiseCalc(Amount, 'first', Handled);
        Message('Amount=%1 Handled=%2', Amount, Handled);
        // expect: Sub A: 10 first
        // expect: Sub B (SingleInstance) call 1
        // expect: Amount=12 Handled=Yes

        Pub.RaiseCalc(Amount, 'second', Handled);
        // expect: Sub A: 12 second
        // expect: Sub B (SingleInstance) call 2

        Pub.SetTag('the publisher');
        Pub.RaiseWithSender(3);
        // expect: sender says the publisher, X=3

        Pub.RaiseList(Names);
        Message('%1', Names.Count());
        // expect: 1

        Pub.RaiseNobodyListens();
        Pub.RaiseBusiness('biz');
        // expect: business event: biz

        // an isolated event: a failing subscriber does not fail the event
        Pub.RaiseIsolated();
        // expect: isolated: the first subscriber fails
        // expect: isolated: the next one still runs
        Message('after the isolated event');
        // expect: after the isolated event
    end;
}

codeunit 50901 "Ev Publisher"
{
    var
        Tag: Text;

    procedure SetTag(T: Text)
    begin
        Tag := T;
    end;

    procedure GetTag(): Text
    begin
        exit(Tag);
    end;

    procedure RaiseCalc(var Amount: Decimal; What: Text; var Handled: Boolean)
    begin
        OnCalc(Amount, What, Handled);
    end;

    procedure RaiseWithSender(X: Integer)
    begin
        OnWithSender(X);
    end;

    procedure RaiseList(var Names: List of [Text])
    begin
        OnList(Names);
    end;

    procedure RaiseNobodyListens()
    begin
        OnNobody();
    end;

    procedure RaiseBusiness(T: Text)
    begin
        OnBusiness(T);
    end;

    procedure RaiseIsolated()
    begin
        OnIsolated();
    end;

    [BusinessEvent(false, true)]
    local procedure OnIsolated()
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnCalc(var Amount: Decimal; What: Text; var Handled: Boolean)
    begin
    end;

    [IntegrationEvent(true, false)]
    local procedure OnWithSender(X: Integer)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnList(var Names: List of [Text])
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnNobody()
    begin
    end;

    [BusinessEvent(false)]
    local procedure OnBusiness(T: Text)
    begin
    end;
}

// declared after B but with a lower ID: runs first
codeunit 50903 "Ev Sub A"
{
    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Ev Publisher", 'OnCalc', '', false, false)]
    local procedure OnCalcA(What: Text; var Amount: Decimal)
    begin
        Message('Sub A: %1 %2', Amount, What);
        Amount += 1;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Ev Publisher", OnWithSender, '', false, false)]
    local procedure OnWithSenderA(var Sender: Codeunit "Ev Publisher"; X: Integer)
    begin
        Message('sender says %1, X=%2', Sender.GetTag(), X);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Ev Publisher", 'OnList', '', false, false)]
    local procedure OnListA(var Names: List of [Text])
    begin
        Names.Add('from A');
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Ev Publisher", 'OnIsolated', '', false, false)]
    local procedure OnIsolatedA()
    begin
        Message('isolated: the first subscriber fails');
        Error('this error does not reach the publisher');
    end;

    [EventSubscriber(ObjectType::Codeunit, 50901, 'OnBusiness', '', false, false)]
    local procedure OnBusinessA(T: Text)
    begin
        Message('business event: %1', T);
    end;
}

codeunit 50904 "Ev Sub B"
{
    SingleInstance = true;

    var
        Calls: Integer;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Ev Publisher", 'OnCalc', '', false, false)]
    local procedure OnCalcB(var Amount: Decimal; var Handled: Boolean)
    begin
        Calls += 1;
        Message('Sub B (SingleInstance) call %1', Calls);
        if Calls = 1 then
            Amount += 1;
        Handled := true;
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Ev Publisher", 'OnIsolated', '', false, false)]
    local procedure OnIsolatedB()
    begin
        Message('isolated: the next one still runs');
    end;
}
