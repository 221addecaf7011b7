// args: --no-base-app
// Without the base application there is no Customer.
codeunit 50605 "No Base App"
{
    trigger OnRun()
    var
        Cust: Record Customer;   // expect error: Table "Customer" is not defined
        Blocked: Enum "Customer Blocked";   // expect error: Enum "Customer Blocked" is not defined
    begin
    end;
}
