// The built-in base application needs no declaration: Customer and
// Cust. Ledger Entry are there.  Validate(Name) keeps "Search Name" in
// step as BC does; "Balance (LCY)" and "Balance Due (LCY)" add up the
// ledger entries; Blocked is the "Customer Blocked" enum.
codeunit 50600 "Base App Customer"
{
    trigger OnRun()
    var
        Cust: Record Customer;
        Other: Record Customer;
    begin
        Cust.Init();
        Cust."No." := 'C10000';
        Cust.Validate(Name, 'Adatum Corporation');
        Cust.Address := 'Station Road, 21';
        Cust.City := 'Cambridge';
        Cust."Post Code" := 'cb1 2fb';
        Cust."Country/Region Code" := 'gb';
        Cust."Phone No." := '0123-456789';
        Cust."E-Mail" := 'info@adatum.example';
        Cust."Credit Limit (LCY)" := 5000;
        Cust.Insert(true);
        Message('%1|%2|%3', Cust."No.", Cust.Name, Cust."Search Name");   // expect: C10000|Adatum Corporation|ADATUM CORPORATION
        Message('%1|%2|%3', Cust."Post Code", Cust."Country/Region Code", Cust."Credit Limit (LCY)"); // expect: CB1 2FB|GB|5,000

        // the search name follows the name while it was the old name ...
        Cust.Validate(Name, 'Adatum Corp.');
        Message(Cust."Search Name");                                  // expect: ADATUM CORP.
        // ... and stays once someone chose another
        Cust."Search Name" := 'ADATUM';
        Cust.Validate(Name, 'Adatum Corporation Ltd.');
        Message(Cust."Search Name");                                  // expect: ADATUM
        // plain assignment runs no trigger
        Cust."Search Name" := '';
        Cust.Name := 'Adatum';
        Message('[%1]', Cust."Search Name");                          // expect: []
        Cust.Validate(Name);
        Message(Cust."Search Name");                                  // expect: ADATUM
        Cust.Modify(true);

        // the Search Name key
        Other."No." := 'C20000';
        Other.Validate(Name, 'Trey Research');
        Other.Insert();
        Other."No." := 'C30000';
        Other.Validate(Name, 'Alpine Ski House');
        Other.Insert();
        Other.Reset();
        Other.SetCurrentKey("Search Name");
        Other.FindSet();
        repeat
            Message(Other."No.");
        until Other.Next() = 0;
        // expect: C10000
        // expect: C30000
        // expect: C20000

        // Blocked: BC's four values
        Message('[%1] %2', Cust.Blocked, Cust.Blocked = Cust.Blocked::" ");   // expect: [ ] Yes
        Cust.Validate(Blocked, Cust.Blocked::Invoice);
        Cust.Modify();
        Cust.Get('C10000');
        Message('%1 %2', Cust.Blocked, Cust.Blocked.AsInteger());             // expect: Invoice 2
        Cust.Blocked := "Customer Blocked"::All;
        Message('%1 %2', Cust.Blocked, Cust.Blocked.AsInteger());             // expect: All 3
        Other.Reset();
        Other.SetRange(Blocked, Other.Blocked::Invoice);
        Message('%1', Other.Count());                                         // expect: 1
        asserterror Cust.TestField(Blocked, Cust.Blocked::" ");
        Message(GetLastErrorText());  // expect: Blocked must be equal to ' '  in Customer: No.=C10000. Current value is 'All'.

        asserterror Other.Get('C99999');
        Message(GetLastErrorText());  // expect: The Customer does not exist. Identification fields and values: No.='C99999'
    end;
}
