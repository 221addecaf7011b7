table 50101 "CSO Service Order Header"
{
    // version CSO10.00.00.21,NAVW19.00

    // CSO1.00 2016-03-14 JDOE  Created for service order handling
    // CSO1.03 2017-11-02 MKAY  Added "Promised Date" and status workflow
    // CSO2.00 2019-06-20 converted with txt2al

    CaptionML = ENU='Service Order Header',
                DAN='Serviceordrehoved';
    DataCaptionFields = "No.","Customer Name";
    DrillDownPageID = "CSO Service Order List";
    LookupPageID = "CSO Service Order List";

    fields
    {
        field(1;"No.";Code[20])
        {
            Caption = 'No.';

            trigger OnValidate();
            begin
                IF "No." <> xRec."No." THEN BEGIN
                  ServiceSetup.GET;
                  NoSeriesMgt.TestManual(ServiceSetup."Order Nos.");
                  "No. Series" := '';
                END;
            end;
        }
        field(2;"Customer No.";Code[20])
        {
            Caption = 'Customer No.';
            TableRelation = Customer;

            trigger OnValidate();
            begin
                TestStatusOpen;
                IF "Customer No." = '' THEN BEGIN
                  "Customer Name" := '';
                  EXIT;
                END;
                Cust.GET("Customer No.");
                Cust.TESTFIELD(Blocked,Cust.Blocked::" ");
                "Customer Name" := Cust.Name;
                "Currency Code" := Cust."Currency Code";
                VALIDATE("Payment Terms Code",Cust."Payment Terms Code");
            end;
        }
        field(3;"Customer Name";Text[100])
        {
            Caption = 'Customer Name';
        }
        field(4;"Order Date";Date)
        {
            Caption = 'Order Date';
        }
        field(5;"Promised Date";Date)
        {
            Caption = 'Promised Date';

            trigger OnValidate();
            begin
                IF ("Promised Date" <> 0D) AND ("Promised Date" < "Order Date") THEN
                  ERROR(Text002,FIELDCAPTION("Promised Date"),FIELDCAPTION("Order Date"));
            end;
        }
        field(6;Status;Option)
        {
            Caption = 'Status';
            Editable = false;
            OptionCaption = 'Open,Released,In Process,Finished,Canceled';
            OptionMembers = Open,Released,"In Process",Finished,Canceled;
        }
        field(7;"Payment Terms Code";Code[10])
        {
            Caption = 'Payment Terms Code';
            TableRelation = "Payment Terms";

            trigger OnValidate();
            begin
                IF ("Payment Terms Code" <> '') AND ("Order Date" <> 0D) THEN BEGIN
                  PaymentTerms.GET("Payment Terms Code");
                  "Due Date" := CALCDATE(PaymentTerms."Due Date Calculation","Order Date");
                END ELSE
                  "Due Date" := "Order Date";
            end;
        }
        field(8;"Due Date";Date)
        {
            Caption = 'Due Date';
        }
        field(9;"Currency Code";Code[10])
        {
            Caption = 'Currency Code';
            TableRelation = Currency;
        }
        field(10;"No. Series";Code[20])
        {
            Caption = 'No. Series';
            Editable = false;
            TableRelation = "No. Series";
        }
        field(11;"Assigned User ID";Code[50])
        {
            Caption = 'Assigned User ID';
            DataClassification = EndUserIdentifiableInformation;
            TableRelation = "User Setup";
        }
        field(12;Priority;Option)
        {
            Caption = 'Priority';
            OptionCaption = 'Low,Medium,High';
            OptionMembers = Low,Medium,High;
            InitValue = Medium;
        }
        field(13;"Amount Including VAT";Decimal)
        {
            CalcFormula = Sum("CSO Service Order Line"."Amount Including VAT" WHERE ("Document No."=FIELD("No.")));
            Caption = 'Amount Including VAT';
            Editable = false;
            FieldClass = FlowField;
        }
        field(14;"No. of Lines";Integer)
        {
            CalcFormula = Count("CSO Service Order Line" WHERE ("Document No."=FIELD("No."),
                                                               Type=FILTER(Item|Resource|"G/L Account")));
            Caption = 'No. of Lines';
            Editable = false;
            FieldClass = FlowField;
        }
        field(15;Comment;Boolean)
        {
            CalcFormula = Exist("Comment Line" WHERE ("Table Name"=CONST("Service Order"),
                                                      "No."=FIELD("No.")));
            Caption = 'Comment';
            Editable = false;
            FieldClass = FlowField;
        }
    }

    keys
    {
        key(Key1;"No.")
        {
        }
        key(Key2;"Customer No.","Order Date")
        {
        }
        key(Key3;Status,Priority,"Promised Date")
        {
        }
    }

    fieldgroups
    {
    }

    trigger OnDelete();
    var
        ServiceOrderLine: Record "CSO Service Order Line";
    begin
        TESTFIELD(Status,Status::Open);
        ServiceOrderLine.SETRANGE("Document No.","No.");
        ServiceOrderLine.DELETEALL(TRUE);
    end;

    trigger OnInsert();
    begin
        IF "No." = '' THEN BEGIN
          ServiceSetup.GET;
          ServiceSetup.TESTFIELD("Order Nos.");
          NoSeriesMgt.InitSeries(ServiceSetup."Order Nos.",xRec."No. Series","Order Date","No.","No. Series");
        END;
        IF "Order Date" = 0D THEN
          "Order Date" := WORKDATE;
        "Assigned User ID" := USERID;
    end;

    var
        ServiceSetup: Record "CSO Service Setup";
        Cust: Record Customer;
        PaymentTerms: Record "Payment Terms";
        NoSeriesMgt: Codeunit NoSeriesManagement;
        Text001: Label 'Do you want to release service order %1?';
        Text002: Label '%1 cannot be before %2.';
        Text003: Label 'Status must be Open. Current status is %1.';

    procedure AssistEdit(OldServHeader: Record "CSO Service Order Header"): Boolean;
    var
        ServHeader: Record "CSO Service Order Header";
    begin
        WITH ServHeader DO BEGIN
          ServHeader := Rec;
          ServiceSetup.GET;
          ServiceSetup.TESTFIELD("Order Nos.");
          IF NoSeriesMgt.SelectSeries(ServiceSetup."Order Nos.",OldServHeader."No. Series","No. Series") THEN BEGIN
            NoSeriesMgt.SetSeries("No.");
            Rec := ServHeader;
            EXIT(TRUE);
          END;
        END;
    end;

    procedure TestStatusOpen();
    begin
        IF Status <> Status::Open THEN
          ERROR(Text003,Status);
    end;

    procedure Release();
    var
        ServiceOrderLine: Record "CSO Service Order Line";
    begin
        IF Status = Status::Released THEN
          EXIT;
        IF NOT CONFIRM(Text001,TRUE,"No.") THEN
          EXIT;

        ServiceOrderLine.SETRANGE("Document No.","No.");
        ServiceOrderLine.SETFILTER(Type,'<>%1',ServiceOrderLine.Type::" ");
        IF NOT ServiceOrderLine.FINDFIRST THEN
          ERROR('There is nothing to release for service order %1.',"No.");

        Status := Status::Released;
        MODIFY(TRUE);
    end;

    procedure CalcPriorityScore() Score : Integer;
    var
        DaysLeft: Integer;
    begin
        CASE Priority OF
          Priority::Low:
            Score := 1;
          Priority::Medium:
            Score := 5;
          Priority::High:
            Score := 10;
        END;

        IF "Promised Date" <> 0D THEN BEGIN
          DaysLeft := "Promised Date" - WORKDATE;
          CASE TRUE OF
            DaysLeft < 0:
              Score := Score * 3;
            DaysLeft IN [0..2]:
              Score := Score * 2;
            ELSE
              Score := Score + 1;
          END;
        END;
    end;
}

