report 50282 "CSO Service Work Order"
{
    // version CSO2.00

    DefaultLayout = RDLC;
    RDLCLayout = './Layouts/CSO Service Work Order.rdlc';
    Caption = 'Service Work Order';
    PreviewMode = PrintLayout;

    dataset
    {
        dataitem("CSO Service Order Header";"CSO Service Order Header")
        {
            DataItemTableView = SORTING("No.");
            RequestFilterFields = "No.","Customer No.",Status;
            column(CompanyInfo_Name;CompanyInfo.Name)
            {
            }
            column(CompanyInfo_Picture;CompanyInfo.Picture)
            {
            }
            column(No_ServiceOrderHeader;"No.")
            {
                IncludeCaption = true;
            }
            column(CustomerNo_ServiceOrderHeader;"Customer No.")
            {
                IncludeCaption = true;
            }
            column(CustomerName_ServiceOrderHeader;"Customer Name")
            {
            }
            column(OrderDate_ServiceOrderHeader;FORMAT("Order Date",0,4))
            {
            }
            column(PromisedDate_ServiceOrderHeader;FORMAT("Promised Date",0,4))
            {
            }
            column(Priority_ServiceOrderHeader;Priority)
            {
            }
            column(PriorityText;ServiceOrderMgt.GetPriorityText(Priority))
            {
            }
            column(ReminderText;ReminderText)
            {
            }
            dataitem(CopyLoop;"Integer")
            {
                DataItemTableView = SORTING(Number);
                column(CopyText;CopyText)
                {
                }
                column(OutputNo;OutputNo)
                {
                }
                dataitem("CSO Service Order Line";"CSO Service Order Line")
                {
                    DataItemLink = "Document No."=FIELD("No.");
                    DataItemLinkReference = "CSO Service Order Header";
                    DataItemTableView = SORTING("Document No.","Line No.")
                                        WHERE(Quantity=FILTER(<>0));
                    column(LineNo_ServiceOrderLine;"Line No.")
                    {
                    }
                    column(Type_ServiceOrderLine;Type)
                    {
                        IncludeCaption = true;
                    }
                    column(No_ServiceOrderLine;"No.")
                    {
                        IncludeCaption = true;
                    }
                    column(Description_ServiceOrderLine;Description)
                    {
                        IncludeCaption = true;
                    }
                    column(Quantity_ServiceOrderLine;Quantity)
                    {
                        DecimalPlaces = 0:5;
                        IncludeCaption = true;
                    }
                    column(UnitOfMeasure_ServiceOrderLine;"Unit of Measure Code")
                    {
                    }
                    column(SerialNo_ServiceOrderLine;"Serial No.")
                    {
                    }
                    column(CheckBoxText;CheckBoxText)
                    {
                    }

                    trigger OnAfterGetRecord();
                    begin
                        IF (Type = Type::Item) AND ("Serial No." = '') THEN
                          CheckBoxText := '[ ] S/N: ____________'
                        ELSE
                          CheckBoxText := '[ ]';
                    end;
                }

                trigger OnAfterGetRecord();
                begin
                    IF Number > 1 THEN BEGIN
                      CopyText := Text001;
                      OutputNo += 1;
                    END;
                end;

                trigger OnPreDataItem();
                begin
                    NoOfLoops := ABS(NoOfCopies) + 1;
                    CopyText := '';
                    SETRANGE(Number,1,NoOfLoops);
                    OutputNo := 1;
                end;
            }

            trigger OnAfterGetRecord();
            begin
                IF Status = Status::Canceled THEN
                  CurrReport.SKIP;
                ReminderText := ServiceOrderMgt.BuildReminderText("CSO Service Order Header");
                IF NOT CurrReport.PREVIEW THEN
                  MarkAsPrinted("CSO Service Order Header");
            end;

            trigger OnPreDataItem();
            begin
                IF COUNT = 0 THEN
                  ERROR(Text002);
            end;
        }
    }

    requestpage
    {
        SaveValues = true;

        layout
        {
            area(content)
            {
                group(Options)
                {
                    Caption = 'Options';
                    field(NoOfCopies;NoOfCopies)
                    {
                        ApplicationArea = Service;
                        Caption = 'No. of Copies';
                        MinValue = 0;
                        MaxValue = 9;
                    }
                }
            }
        }

        actions
        {
        }
    }

    labels
    {
        WorkOrderCaption = 'Service Work Order';
        TechnicianSignatureCaption = 'Technician signature';
        CustomerSignatureCaption = 'Customer signature';
        PageCaption = 'Page';
    }

    trigger OnInitReport();
    begin
        CompanyInfo.GET;
        CompanyInfo.CALCFIELDS(Picture);
    end;

    trigger OnPostReport();
    begin
        IF PrintedCount > 0 THEN
          MESSAGE(Text003,PrintedCount);
    end;

    var
        CompanyInfo: Record "Company Information";
        ServiceOrderMgt: Codeunit "CSO Service Order Mgt.";
        NoOfCopies: Integer;
        NoOfLoops: Integer;
        OutputNo: Integer;
        PrintedCount: Integer;
        CopyText: Text[30];
        CheckBoxText: Text[50];
        ReminderText: Text;
        Text001: Label 'COPY';
        Text002: Label 'There is nothing to print.';
        Text003: Label '%1 work orders were printed.';

    local procedure MarkAsPrinted(var ServHeader: Record "CSO Service Order Header");
    begin
        IF ServHeader.Status = ServHeader.Status::Released THEN BEGIN
          ServHeader.Status := ServHeader.Status::"In Process";
          ServHeader.MODIFY;
        END;
        PrintedCount += 1;
    end;
}
