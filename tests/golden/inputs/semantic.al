codeunit 50140 "Semantic Check"
{
    trigger OnRun()
    var
        Customer: Record Customer;
        SalesPost: Codeunit "Sales-Post";
        Count: Integer;
    begin
        if Customer.FindFirst() then
            SalesPost.Run(Customer);
        Count := 'three';
        Undeclared := 1;
        Count := Count + true;
    end;
}
