// A Variant holding an Option or Enum value still formats it by name (its
// member name, an Enum's caption), as BC does; out of the Variant the value
// is a plain ordinal of the target's type again.
table 50840 "Variant Opt Row"
{
    fields
    {
        field(1; K; Code[10]) { }
        field(2; O; Option) { OptionMembers = Alpha,Beta; }
        field(3; C; Enum "Variant Colour") { }
    }
    keys { key(PK; K) { } }
}
enum 50840 "Variant Colour"
{
    value(0; Red) { Caption = 'Red colour'; }
    value(1; Green) { Caption = 'Green colour'; }
}
codeunit 50840 "Variant Option Names"
{
    trigger OnRun()
    var
        R: Record "Variant Opt Row";
        V: Variant;
        V2: Variant;
        C: Enum "Variant Colour";
        O: Option A,B,C;
        I: Integer;
        D: Dictionary of [Integer, Text];
    begin
        R.O := R.O::Beta;
        V := R.O;
        Message('%1|%2|%3', V, Format(V), Format(V, 0, 2));     // expect: Beta|Beta|1
        C := C::Green;
        V := C;
        Message('%1|%2', V, Format(V));                          // expect: Green colour|Green colour
        O := O::C;
        V := O;
        V2 := V;
        Message('%1|%2', V2, StrSubstNo('%1', V));               // expect: C|C
        O := V;
        I := O;
        D.Add(I, 'x');
        Message('%1 %2', O, D.ContainsKey(2));                   // expect: C Yes
        Show(R.O);                                               // expect: show Beta
        Show(Action::LookupOK);                                  // expect: show LookupOK
    end;

    local procedure Show(X: Variant)
    begin
        Message('show %1', X);
    end;
}
