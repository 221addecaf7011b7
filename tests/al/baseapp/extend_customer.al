// A tableextension of the built-in Customer adds fields and validation
// triggers: the extension's OnBeforeValidate and OnAfterValidate run
// around the built-in OnValidate (which sets "Search Name"); an
// enumextension adds a value to "Customer Blocked".
tableextension 50606 "Customer Loyalty" extends Customer
{
    fields
    {
        field(50600; "Loyalty Points"; Integer) { }
        field(50601; Tier; Enum "Customer Blocked") { }
        modify(Name)
        {
            trigger OnBeforeValidate()
            begin
                Message('before: [%1]', "Search Name");
            end;

            trigger OnAfterValidate()
            begin
                Message('after: [%1]', "Search Name");
            end;
        }
    }
}

enumextension 50607 "Blocked Extra" extends "Customer Blocked"
{
    value(50600; Legal) { Caption = 'Legal'; }
}

codeunit 50606 "Extend Customer"
{
    trigger OnRun()
    var
        Cust: Record Customer;
    begin
        Cust."No." := 'C1';
        Cust.Validate(Name, 'Fabrikam');
        // expect: before: []
        // expect: after: [FABRIKAM]
        Cust."Loyalty Points" := 12;
        Cust.Blocked := Cust.Blocked::Legal;
        Cust.Insert();
        Cust.Get('C1');
        Message('%1 %2 %3', Cust."Loyalty Points", Cust.Blocked, Cust.Blocked.AsInteger());   // expect: 12 Legal 50600
    end;
}
