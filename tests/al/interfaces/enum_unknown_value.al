// An enum field can hold an ordinal that is no value of the enum (here set
// through a FieldRef; in BC, a value of an uninstalled extension):
// UnknownValueImplementation names the codeunit for it.  Without one,
// assigning such a value to the interface is an error.
interface IPrice
{
    procedure Price(): Integer;
}

enum 50100 Tier implements IPrice
{
    DefaultImplementation = IPrice = Basic;
    UnknownValueImplementation = IPrice = Fallback;
    value(0; Free) { Implementation = IPrice = Zero; }
    value(1; Paid) { }
}

enum 50101 "Strict Tier" implements IPrice
{
    DefaultImplementation = IPrice = Basic;
    value(0; One) { }
}

codeunit 50100 Zero implements IPrice
{
    procedure Price(): Integer
    begin
        exit(0);
    end;
}

codeunit 50101 Basic implements IPrice
{
    procedure Price(): Integer
    begin
        exit(10);
    end;
}

codeunit 50102 Fallback implements IPrice
{
    procedure Price(): Integer
    begin
        exit(-1);
    end;
}

table 50100 Plan
{
    fields
    {
        field(1; Id; Integer) { }
        field(2; Tier; Enum Tier) { }
        field(3; "Strict Tier"; Enum "Strict Tier") { }
    }
    keys
    {
        key(PK; Id) { }
    }
}

codeunit 50103 Main
{
    trigger OnRun()
    var
        P: Record Plan;
        RR: RecordRef;
        FR: FieldRef;
        I: Interface IPrice;
    begin
        P.Id := 1;
        P.Tier := P.Tier::Paid;
        P.Insert();
        I := P.Tier;
        Message('%1', I.Price());                 // expect: 10
        RR.Open(Database::Plan);
        RR.FindFirst();
        FR := RR.Field(2);
        FR.Value := 7;
        FR := RR.Field(3);
        FR.Value := 7;
        RR.Modify();
        P.Get(1);
        Message('%1', P.Tier.AsInteger());        // expect: 7
        I := P.Tier;
        Message('%1', I.Price());                 // expect: -1
        I := P."Strict Tier";                     // expect runtime error: The value 7 of Enum "Strict Tier" has no implementation of Interface "IPrice".
    end;
}
