// args: --codeunit 50722
// Library - Sales (stdlib/testlib): CreateCustomer inserts a customer of
// the base application's table 18 with a new "No." and that number as its
// Name (Name's OnValidate sets "Search Name"); CreateCustomerNo likewise.
codeunit 50722 "Sales Test"
{
    Subtype = Test;

    trigger OnRun()
    var
        LibrarySales: Codeunit "Library - Sales";
        LibraryUtility: Codeunit "Library - Utility";
        Customer: Record Customer;
        Stored: Record Customer;
        No2: Code[20];
        No3: Code[20];
    begin
        LibrarySales.CreateCustomer(Customer);
        Message('%1 %2 %3', Customer."No.", Customer.Name, Customer."Search Name"); // expect: GU00000001 GU00000001 GU00000001
        Stored.Get(Customer."No.");
        Message('%1 %2', Stored.Name, Stored."Search Name");    // expect: GU00000001 GU00000001
        // the numbers come from Library - Utility's one sequence
        Message('%1', LibraryUtility.GenerateGUID());          // expect: GU00000002
        No2 := LibrarySales.CreateCustomerNo();
        No3 := LibrarySales.CreateCustomerNo();
        Message('%1 %2', No2, No3);                             // expect: GU00000003 GU00000004
        Stored.Get(No3);
        Message('%1 %2', Stored.Name, Stored.Count());          // expect: GU00000004 3
        // a "No." a customer already has is skipped
        Stored.Init();
        Stored."No." := 'GU00000005';
        Stored.Insert();
        Message('%1', LibrarySales.CreateCustomerNo());         // expect: GU00000006
    end;
}
