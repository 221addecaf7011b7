// Filters set through FieldRefs are the RecordRef's record's filters:
// GetFilters/GetFilter/HasFilter show them, Count/Find* obey them,
// GetRangeMin/Max read them back, SetTable hands them to a Record;
// FilterGroup, SetRecFilter, keys and order, GetView/SetView.
table 50310 "RR Entry"
{
    Caption = 'Entry';
    fields
    {
        field(1; "Entry No."; Integer) { }
        field(2; Customer; Code[20]) { }
        field(3; Amount; Decimal) { }
        field(4; Kind; Option) { OptionMembers = Invoice,Payment; }
    }
    keys { key(PK; "Entry No.") { } key(ByCust; Customer, Amount) { } }
}

codeunit 50310 "RR Filters"
{
    trigger OnRun()
    var
        Entry: Record "RR Entry";
        RecRef: RecordRef;
        FldRef: FieldRef;
        Min: Variant;
        i: Integer;
    begin
        for i := 1 to 6 do begin
            Entry."Entry No." := i;
            Entry.Customer := 'C' + Format(i mod 3);
            Entry.Amount := i * 10;
            Entry.Kind := i mod 2;
            Entry.Insert();
        end;
        RecRef.Open(Database::"RR Entry");
        Message('[%1] %2 %3', RecRef.GetFilters, RecRef.HasFilter, RecRef.Count);      // expect: [] No 6
        FldRef := RecRef.Field(3);
        FldRef.SetRange(20, 50);
        RecRef.Field(2).SetFilter('<>%1', 'C0');
        Message('[%1] %2 %3', RecRef.GetFilters, RecRef.HasFilter, RecRef.Count);
        // expect: [Customer: <>C0, Amount: 20..50] Yes 3
        Message('%1 | %2', FldRef.GetFilter, RecRef.Field(2).GetFilter);              // expect: 20..50 | <>C0
        Min := FldRef.GetRangeMin();
        Message('%1 %2', Min, FldRef.GetRangeMax());                                  // expect: 20 50
        RecRef.FindFirst();
        Message('first %1', RecRef.Field(1).Value);                                   // expect: first 2
        RecRef.FindLast();
        Message('last %1', RecRef.Field(1).Value);                                    // expect: last 5
        Message('%1 %2', RecRef.Next(-1), RecRef.Field(1).Value);                     // expect: -1 4
        RecRef.Field(4).SetRange(1);                                                  // Payment: an Integer for an Option field
        Message('[%1] %2', RecRef.GetFilters, RecRef.Count);                          // expect: [Customer: <>C0, Amount: 20..50, Kind: Payment] 1

        // SetTable: the Record gets the filters
        RecRef.SetTable(Entry);
        Message('[%1] %2', Entry.GetFilters, Entry.Count);                            // expect: [Customer: <>C0, Amount: 20..50, Kind: Payment] 1
        FldRef.SetRange();                                                             // no values: the filter goes
        Message('[%1]', RecRef.GetFilters);                                            // expect: [Customer: <>C0, Kind: Payment]

        // FilterGroup: another group's filters count too, GetFilter shows the current group's
        RecRef.Reset();
        RecRef.FilterGroup(2);
        RecRef.Field(2).SetRange('C1');
        RecRef.FilterGroup(0);
        Message('%1 [%2] %3', RecRef.Count, RecRef.Field(2).GetFilter, RecRef.FilterGroup); // expect: 2 [] 0

        // SetRecFilter: the current key's fields at their values
        RecRef.Reset();
        RecRef.Field(1).SetRange(3);
        RecRef.FindFirst();
        RecRef.Reset();
        RecRef.SetRecFilter();
        Message('[%1]', RecRef.GetFilters);                                            // expect: [Entry No.: 3]

        // keys, order and the view
        RecRef.Reset();
        Message('%1 %2', RecRef.KeyCount, RecRef.CurrentKeyIndex);                     // expect: 2 1
        RecRef.CurrentKeyIndex(2);
        RecRef.Ascending(false);
        RecRef.Field(3).SetFilter('>%1', 15);
        Message(RecRef.GetView());
        // expect: SORTING(Customer,Amount) ORDER(Descending) WHERE(Amount=FILTER(>15))
        Message(RecRef.GetView(false));
        // expect: SORTING(Field2,Field3) ORDER(Descending) WHERE(Field3=FILTER(>15))
        RecRef.FindFirst();
        Message('%1 %2', RecRef.Field(2).Value, RecRef.Field(3).Value);               // expect: C2 50
        RecRef.SetView('SORTING(Entry No.) ORDER(Ascending) WHERE(Customer=FILTER(C1|C2),Kind=FILTER(Invoice))');
        Message('%1 [%2] %3', RecRef.CurrentKeyIndex, RecRef.GetFilters, RecRef.Count); // expect: 1 [Customer: C1|C2, Kind: Invoice] 2
        RecRef.FindFirst();
        Message('%1', RecRef.Field(1).Value);                                           // expect: 2
        RecRef.SetView('');
        Message('[%1] %2', RecRef.GetFilters, RecRef.Count);                           // expect: [] 6

        // nothing within the filter: the Record's error text
        RecRef.Field(3).SetRange(1000);
        if not RecRef.FindFirst() then
            Message('none');                                                           // expect: none
        RecRef.FindFirst(); // expect runtime error: There is no Entry within the filter.  Filters: Amount: 1,000
    end;
}
