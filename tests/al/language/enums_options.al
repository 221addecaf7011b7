enum 50130 "Traffic Light"
{
    value(0; Red) { Caption = 'Stop'; }
    value(1; Yellow) { }
    value(2; Green) { Caption = 'Go'; }
}

codeunit 50131 "Enums And Options"
{
    trigger OnRun()
    var
        Light: Enum "Traffic Light";
        Opt: Option Open,Released,"Pending Approval";
    begin
        Light := Light::Green;
        Message('%1', Light.AsInteger());                   // expect: 2
        Message('%1', Light = Enum::"Traffic Light"::Green); // expect: Yes
        Opt := Opt::"Pending Approval";
        Message('%1', Opt = Opt::Released);                 // expect: No
        Message('%1', Light.Names().Count());               // expect: 3
        Message('%1', Codeunit::"Enums And Options");        // expect: 50131
    end;
}
