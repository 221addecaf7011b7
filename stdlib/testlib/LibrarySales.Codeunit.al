// alrun's own "Library - Sales" (docs/test-libraries.md), the part that
// alrun's base application can carry: customers.  BC's procedure names and
// parameters; written for alrun (not Microsoft's code).  A project's own
// codeunit 130509 or "Library - Sales" replaces this one; a project whose
// own table 18 or "Customer" lacks what it uses leaves it out.
//
// Sales documents (CreateSalesHeader, CreateSalesLine, PostSalesDocument
// ...) are not here: the base application has no Sales Header.
codeunit 130509 "Library - Sales"
{
    var
        LibraryUtility: Codeunit "Library - Utility";

    // Inserts a customer with a new "No." (Library - Utility's
    // GenerateRandomCode20: GU00000001 ...) and that number as its Name,
    // running the table's OnInsert and Name's OnValidate.
    procedure CreateCustomer(var Customer: Record Customer)
    begin
        Customer.Init();
        Customer.Validate("No.", LibraryUtility.GenerateRandomCode20(Customer.FieldNo("No."), Database::Customer));
        Customer.Insert(true);
        Customer.Validate(Name, Customer."No.");
        Customer.Modify(true);
    end;

    // CreateCustomer's new customer's "No.".
    procedure CreateCustomerNo(): Code[20]
    var
        Customer: Record Customer;
    begin
        CreateCustomer(Customer);
        exit(Customer."No.");
    end;
}
