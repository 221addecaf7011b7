// SetRange and SetFilter through the store: ranges, or, and, not,
// comparisons, wildcards, @, empty values, placeholders taken literally,
// Code fields matching case-insensitively, GetFilter/GetFilters, Reset.
table 50260 Contact
{
    fields
    {
        field(1; "No."; Code[10]) { }
        field(2; Name; Text[30]) { }
        field(3; Score; Decimal) { }
        field(4; Active; Boolean) { }
    }
    keys { key(PK; "No.") { } }
}

codeunit 50260 Filters
{
    trigger OnRun()
    var
        C: Record Contact;
    begin
        Add('C01', 'Anna', 10.5, true);
        Add('C02', 'anton', 3, false);
        Add('C03', 'Bert', 7, true);
        Add('C04', '', 0, true);
        Add('C05', 'A|B', 12, false);
        C.SetRange("No.", 'C02', 'C04');
        Message('%1 [%2]', C.Count(), C.GetFilter("No."));      // expect: 3 [C02..C04]
        C.SetFilter("No.", 'c01|c05');
        Message('%1', C.Count());                                // expect: 2
        C.Reset();
        C.SetFilter(Score, '>=7&<12');
        Message('%1', List(C));                                  // expect: C01 C03
        C.Reset();
        C.SetFilter(Name, 'An*');
        Message('%1', List(C));                                  // expect: C01
        C.SetFilter(Name, '@an*');
        Message('%1', List(C));                                  // expect: C01 C02
        C.SetFilter(Name, '''''');
        Message('%1', List(C));                                  // expect: C04
        C.SetFilter(Name, '<>''''');
        Message('%1', C.Count());                                // expect: 4
        C.SetFilter(Name, '%1', 'A|B');
        Message('%1', List(C));                                  // expect: C05
        C.SetRange(Name);
        C.SetRange(Active, true);
        C.SetFilter(Score, '<>0');
        Message('%1 | %2', List(C), C.GetFilters());             // expect: C01 C03 | Score: <>0, Active: Yes
        C.Reset();
        Message('%1 [%2]', C.Count(), C.GetFilters());           // expect: 5 []
        C.SetFilter(Score, 'abc');                               // expect runtime error: The filter "abc" is not valid for the Score field on the Contact table. The value "abc" can't be evaluated into type Decimal.
    end;

    local procedure Add(No: Code[10]; Name: Text[30]; Score: Decimal; Active: Boolean)
    var
        C: Record Contact;
    begin
        C."No." := No;
        C.Name := Name;
        C.Score := Score;
        C.Active := Active;
        C.Insert();
    end;

    local procedure List(var C: Record Contact) Result: Text
    begin
        if C.FindSet() then
            repeat
                if Result <> '' then
                    Result += ' ';
                Result += C."No.";
            until C.Next() = 0;
    end;
}
