table 50106 "CSO Club Cue"
{
    Caption = 'Club Activities Cue';
    DataClassification = CustomerContent;
    ReplicateData = false;

    fields
    {
        field(1; "Primary Key"; Code[10])
        {
            Caption = 'Primary Key';
            DataClassification = SystemMetadata;
        }
        field(2; "Active Members"; Integer)
        {
            Caption = 'Active Members';
            FieldClass = FlowField;
            CalcFormula = count("CSO Club Member" where(Blocked = const(false)));
            Editable = false;
        }
        field(3; "Blocked Members"; Integer)
        {
            Caption = 'Blocked Members';
            FieldClass = FlowField;
            CalcFormula = count("CSO Club Member" where(Blocked = const(true)));
            Editable = false;
        }
        field(4; "Open Service Orders"; Integer)
        {
            Caption = 'Open Service Orders';
            FieldClass = FlowField;
            CalcFormula = count("CSO Service Order Header" where(Status = filter(Open | Released)));
            Editable = false;
        }
        field(5; "Overdue Service Orders"; Integer)
        {
            Caption = 'Overdue Service Orders';
            FieldClass = FlowField;
            CalcFormula = count("CSO Service Order Header" where(Status = filter(<> Finished & <> Canceled),
                                                                  "Promised Date" = field("Overdue Date Filter")));
            Editable = false;
        }
        field(6; "Visits This Month"; Integer)
        {
            Caption = 'Visits This Month';
            FieldClass = FlowField;
            CalcFormula = count("CSO Member Ledger Entry" where("Entry Type" = const(Visit),
                                                                 "Posting Date" = field("Date Filter")));
            Editable = false;
        }
        field(7; "Fees Collected"; Decimal)
        {
            Caption = 'Fees Collected';
            AutoFormatType = 1;
            AutoFormatExpression = '';
            DecimalPlaces = 0 : 0;
            FieldClass = FlowField;
            CalcFormula = - sum("CSO Member Ledger Entry"."Amount (LCY)" where("Entry Type" = const(Fee),
                                                                               "Posting Date" = field("Date Filter")));
            Editable = false;
        }
        field(8; "Average Visit Spend"; Decimal)
        {
            Caption = 'Average Visit Spend';
            AutoFormatType = 1;
            FieldClass = FlowField;
            CalcFormula = average("CSO Member Ledger Entry"."Amount (LCY)" where("Entry Type" = const(Purchase),
                                                                                 "Posting Date" = field("Date Filter")));
            Editable = false;
        }
        field(9; "Largest Single Purchase"; Decimal)
        {
            Caption = 'Largest Single Purchase';
            AutoFormatType = 1;
            FieldClass = FlowField;
            CalcFormula = max("CSO Member Ledger Entry"."Amount (LCY)" where("Entry Type" = const(Purchase)));
            Editable = false;
        }
        field(10; "My Assigned Orders"; Integer)
        {
            Caption = 'My Assigned Orders';
            FieldClass = FlowField;
            CalcFormula = count("CSO Service Order Header" where("Assigned User ID" = field("User ID Filter"),
                                                                  Status = filter(Open | Released | "In Process")));
            Editable = false;
        }
        field(11; "Members Without Email"; Integer)
        {
            Caption = 'Members Without Email';
            FieldClass = FlowField;
            CalcFormula = count("CSO Club Member" where("E-Mail" = const('')));
            Editable = false;
        }
        field(12; "High Priority Lines"; Integer)
        {
            Caption = 'High Priority Lines';
            FieldClass = FlowField;
            CalcFormula = count("CSO Service Order Line" where("Priority Level" = filter(4 .. 5)));
            Editable = false;
        }
        field(20; "Date Filter"; Date)
        {
            Caption = 'Date Filter';
            FieldClass = FlowFilter;
        }
        field(21; "Overdue Date Filter"; Date)
        {
            Caption = 'Overdue Date Filter';
            FieldClass = FlowFilter;
        }
        field(22; "User ID Filter"; Code[50])
        {
            Caption = 'User ID Filter';
            FieldClass = FlowFilter;
        }
        field(30; "Last Refreshed"; DateTime)
        {
            Caption = 'Last Refreshed';
            Editable = false;
        }
    }

    keys
    {
        key(Key1; "Primary Key")
        {
            Clustered = true;
        }
    }

    procedure SetDefaultFilters()
    begin
        SetRange("Date Filter", CalcDate('<-CM>', WorkDate()), CalcDate('<CM>', WorkDate()));
        SetFilter("Overdue Date Filter", '<%1', WorkDate());
        SetRange("User ID Filter", UserId());
    end;

    procedure RefreshIfStale(MaxAgeMs: Integer): Boolean
    begin
        if "Last Refreshed" = 0DT then
            exit(true);
        exit(CurrentDateTime() - "Last Refreshed" > MaxAgeMs);
    end;
}
