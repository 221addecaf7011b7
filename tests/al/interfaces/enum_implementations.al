// An enum that implements an interface: assigning a value picks the
// codeunit named by the value's Implementation, or the enum's
// DefaultImplementation; each assignment makes a fresh instance.
interface IGreeter
{
    procedure Greet(Who: Text): Text;
    procedure Count(): Integer;
}

interface ICost
{
    procedure Cost(): Decimal;
}

enum 50100 Language implements IGreeter, ICost
{
    Extensible = true;
    DefaultImplementation = IGreeter = "English Greeter", ICost = "Cheap";

    value(0; English) { }
    value(1; French)
    {
        Implementation = IGreeter = "French Greeter";
    }
    value(2; German)
    {
        Implementation = IGreeter = "German Greeter", ICost = Expensive;
    }
}

enumextension 50101 "More Languages" extends Language
{
    value(10; Dutch)
    {
        Implementation = IGreeter = "Dutch Greeter";
    }
}

codeunit 50100 "English Greeter" implements IGreeter
{
    var
        Calls: Integer;

    procedure Greet(Who: Text): Text
    begin
        Calls += 1;
        exit('Hello ' + Who);
    end;

    procedure Count(): Integer
    begin
        exit(Calls);
    end;
}

codeunit 50101 "French Greeter" implements IGreeter
{
    procedure Greet(Who: Text): Text
    begin
        exit('Bonjour ' + Who);
    end;

    procedure Count(): Integer
    begin
        exit(-1);
    end;
}

codeunit 50102 "German Greeter" implements IGreeter
{
    procedure Greet(Who: Text): Text
    begin
        exit('Hallo ' + Who);
    end;

    procedure Count(): Integer
    begin
        exit(-2);
    end;
}

codeunit 50103 "Dutch Greeter" implements IGreeter
{
    procedure Greet(Who: Text): Text
    begin
        exit('Hoi ' + Who);
    end;

    procedure Count(): Integer
    begin
        exit(-3);
    end;
}

codeunit 50104 Cheap implements ICost
{
    procedure Cost(): Decimal
    begin
        exit(1.5);
    end;
}

codeunit 50105 Expensive implements ICost
{
    procedure Cost(): Decimal
    begin
        exit(99.95);
    end;
}

codeunit 50106 Main
{
    trigger OnRun()
    var
        G: Interface IGreeter;
        G2: Interface IGreeter;
        C: Interface ICost;
        L: Enum Language;
        Ordinal: Integer;
    begin
        L := L::French;
        G := L;
        Message(G.Greet('Ann'));                 // expect: Bonjour Ann
        G := Language::German;
        Message(G.Greet('Ann'));                 // expect: Hallo Ann
        G := Language::English;
        Message(G.Greet('Ann'));                 // expect: Hello Ann
        G.Greet('Bob');
        Message('%1', G.Count());                // expect: 2
        G2 := G;
        G2.Greet('Cy');
        Message('%1', G.Count());                // expect: 3
        // a fresh instance per assignment
        G := Language::English;
        Message('%1', G.Count());                // expect: 0
        Message('%1', G2.Count());               // expect: 3
        G := Language::Dutch;
        Message(G.Greet('Ann'));                 // expect: Hoi Ann
        foreach Ordinal in Enum::Language.Ordinals() do begin
            L := Enum::Language.FromInteger(Ordinal);
            C := L;
            G := L;
            Message('%1: %2 %3', L, G.Greet('X'), C.Cost());
        end;
        // expect: English: Hello X 1.5
        // expect: French: Bonjour X 1.5
        // expect: German: Hallo X 99.95
        // expect: Dutch: Hoi X 1.5
    end;
}
