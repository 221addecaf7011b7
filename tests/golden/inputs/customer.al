codeunit 50150 "Uses Customer"
{
    trigger OnRun()
    var
        Cust: Record Customer;
    begin
        Cust."No." := 'C1';
        Cust.Validate(Name, 'Adatum');
        Cust.Insert();
        Cust.CalcFields("Balance (LCY)");
        Message('%1 %2 %3', Cust."Search Name", Cust."Balance (LCY)", Cust.Blocked::Ship);
    end;
}
