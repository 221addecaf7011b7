enum 50213 Priority
{
    value(0; Low) { Caption = 'Low Priority'; }
    value(5; Medium) { }
    value(10; High) { Caption = 'High!'; }
}

codeunit 50213 "Enum Methods"
{
    trigger OnRun()
    var
        P: Enum Priority;
        Names: List of [Text];
        Ordinals: List of [Integer];
        N: Text;
        O: Integer;
        S: Text;
    begin
        Message('%1 %2', P.AsInteger(), P);                  // expect: 0 Low Priority
        P := P::High;
        Message('%1', P.AsInteger());                        // expect: 10
        Names := P.Names();
        foreach N in Names do
            S += N + ',';
        Message(S);                                          // expect: Low,Medium,High,
        Ordinals := P.Ordinals();
        S := '';
        foreach O in Ordinals do
            S += Format(O) + ',';
        Message(S);                                          // expect: 0,5,10,
        P := Enum::Priority.FromInteger(5);
        Message('%1 %2', P, P = P::Medium);                  // expect: Medium Yes
        Message('%1', Enum::Priority.FromInteger(10).AsInteger()); // expect: 10
        P := Enum::Priority.FromInteger(3); // expect runtime error: The value 3 is not a valid ordinal of Enum "Priority".
    end;
}
