// BC's texts and error codes for records: already exists, not found on
// Modify/Delete, nothing inside the filter, TestField, FieldError; the
// [Ok :=] forms return false instead.
table 50210 "Sales Doc"
{
    Caption = 'Sales Document';
    fields
    {
        field(1; "Document Type"; Option) { OptionMembers = Quote,Order,Invoice; }
        field(2; "No."; Code[20]) { }
        field(3; Amount; Decimal) { }
        field(4; "Customer Name"; Text[50]) { Caption = 'Customer Name'; }
    }
    keys
    {
        key(PK; "Document Type", "No.") { }
    }
}

codeunit 50210 Errors
{
    trigger OnRun()
    var
        Doc: Record "Sales Doc";
    begin
        Doc."Document Type" := Doc."Document Type"::Order;
        Doc."No." := 'SO1';
        Doc.Insert();
        Commit();   // asserterror rolls back to here
        asserterror Doc.Insert();
        Message(GetLastErrorText());  // expect: The record in table Sales Document already exists. Identification fields and values: Document Type='Order', No.='SO1'
        Message(GetLastErrorCode());  // expect: DB:RecordExists
        Message('%1', Doc.Insert());  // expect: No
        Doc."No." := 'SO2';
        asserterror Doc.Modify();
        Message(GetLastErrorText());  // expect: The Sales Document does not exist. Identification fields and values: Document Type='Order', No.='SO2'
        Message(GetLastErrorCode());  // expect: DB:RecordNotFound
        Message('%1 %2', Doc.Modify(), Doc.Delete());  // expect: No No
        Doc.SetRange("No.", 'X1', 'X9');
        asserterror Doc.FindFirst();
        Message(GetLastErrorText());  // expect: There is no Sales Document within the filter.  Filters: No.: X1..X9
        Message(GetLastErrorCode());  // expect: DB:NothingInsideFilter
        Message('%1', Doc.FindLast());  // expect: No
        Doc.Reset();
        Doc.FindFirst();
        asserterror Doc.TestField("Customer Name");
        Message(GetLastErrorText());  // expect: Customer Name must have a value in Sales Document: Document Type=Order, No.=SO1. It cannot be zero or empty.
        Doc.Amount := 5;
        asserterror Doc.TestField(Amount, 0);
        Message(GetLastErrorText());  // expect: Amount must be equal to '0'  in Sales Document: Document Type=Order, No.=SO1. Current value is '5'.
        Doc.TestField(Amount, 5);
        Doc.TestField(Amount);
        asserterror Doc.FieldError(Amount, 'must be positive');
        Message(GetLastErrorText());  // expect: Amount must be positive in Sales Document Document Type='Order', No.='SO1'.
        Message('%1 %2 %3', Doc.FieldNo(Amount), Doc.FieldCaption("Customer Name"), Doc.TableCaption());  // expect: 3 Customer Name Sales Document
        Message(Doc.TableName());  // expect: Sales Doc
        Doc.Get(Doc."Document Type"::Quote, 'SO1');  // expect runtime error: The Sales Document does not exist. Identification fields and values: Document Type='Quote', No.='SO1'
    end;
}
