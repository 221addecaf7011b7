page 50140 "CSO Service Order List"
{
    // version CSO2.00

    Caption = 'Service Orders';
    CardPageID = "CSO Service Order";
    Editable = false;
    PageType = List;
    PromotedActionCategories = 'New,Process,Report,Order';
    SourceTable = "CSO Service Order Header";
    SourceTableView = SORTING("Order Date")
                      ORDER(Descending)
                      WHERE(Status=FILTER(Open|Released|"In Process"));
    UsageCategory = Lists;
    ApplicationArea = Service;

    layout
    {
        area(content)
        {
            repeater(Control1000000000)
            {
                ShowCaption = false;
                field("No.";"No.")
                {
                    ApplicationArea = Service;
                }
                field("Customer No.";"Customer No.")
                {
                    ApplicationArea = Service;
                }
                field("Customer Name";"Customer Name")
                {
                    ApplicationArea = Service;
                }
                field("Order Date";"Order Date")
                {
                    ApplicationArea = Service;
                }
                field("Promised Date";"Promised Date")
                {
                    ApplicationArea = Service;
                    Style = Unfavorable;
                    StyleExpr = IsLate;
                }
                field(Status;Status)
                {
                    ApplicationArea = Service;
                }
                field(Priority;Priority)
                {
                    ApplicationArea = Service;
                }
                field("Amount Including VAT";"Amount Including VAT")
                {
                    ApplicationArea = Service;
                }
                field("Assigned User ID";"Assigned User ID")
                {
                    ApplicationArea = Service;
                    Visible = false;
                }
            }
        }
        area(factboxes)
        {
            part(Control1900316107;"Customer Details FactBox")
            {
                ApplicationArea = Service;
                SubPageLink = "No."=FIELD("Customer No.");
                Visible = true;
            }
            systempart(Control1900383207;Links)
            {
                ApplicationArea = RecordLinks;
                Visible = false;
            }
            systempart(Control1905767507;Notes)
            {
                ApplicationArea = Notes;
                Visible = true;
            }
        }
    }

    actions
    {
        area(navigation)
        {
            group("O&rder")
            {
                Caption = 'O&rder';
                Image = "Order";
                action(Card)
                {
                    ApplicationArea = Service;
                    Caption = 'Card';
                    Image = EditLines;
                    RunObject = Page "CSO Service Order";
                    RunPageLink = "No."=FIELD("No.");
                    ShortCutKey = 'Shift+F7';
                }
                action("Co&mments")
                {
                    ApplicationArea = Comments;
                    Caption = 'Co&mments';
                    Image = ViewComments;
                    RunObject = Page "Comment Sheet";
                    RunPageLink = "Table Name"=CONST("Service Order"),
                                  "No."=FIELD("No.");
                }
                separator(Separator1000000010)
                {
                }
                action(Lines)
                {
                    ApplicationArea = Service;
                    Caption = 'Lines';
                    Image = AllLines;
                    RunObject = Page "CSO Service Order Lines";
                    RunPageLink = "Document No."=FIELD("No.");
                    RunPageView = SORTING("Document No.","Line No.");
                }
            }
        }
        area(processing)
        {
            group("F&unctions")
            {
                Caption = 'F&unctions';
                Image = "Action";
                action("Re&lease")
                {
                    ApplicationArea = Service;
                    Caption = 'Re&lease';
                    Image = ReleaseDoc;
                    Promoted = true;
                    PromotedCategory = Category4;
                    PromotedIsBig = true;

                    trigger OnAction();
                    begin
                        Release;
                    end;
                }
                action("Print Work Order")
                {
                    ApplicationArea = Service;
                    Caption = 'Print Work Order';
                    Ellipsis = true;
                    Image = Print;
                    Promoted = true;
                    PromotedCategory = "Report";

                    trigger OnAction();
                    var
                        ServHeader: Record "CSO Service Order Header";
                    begin
                        ServHeader := Rec;
                        CurrPage.SETSELECTIONFILTER(ServHeader);
                        REPORT.RUNMODAL(REPORT::"CSO Service Work Order",TRUE,FALSE,ServHeader);
                    end;
                }
                action("Set Priority High")
                {
                    ApplicationArea = Service;
                    Caption = 'Set Priority High';
                    Image = Priority;

                    trigger OnAction();
                    var
                        ServHeader: Record "CSO Service Order Header";
                        Counter: Integer;
                    begin
                        CurrPage.SETSELECTIONFILTER(ServHeader);
                        IF ServHeader.FINDSET(TRUE,FALSE) THEN
                          REPEAT
                            IF ServHeader.Priority <> ServHeader.Priority::High THEN BEGIN
                              ServHeader.Priority := ServHeader.Priority::High;
                              ServHeader.MODIFY;
                              Counter := Counter + 1;
                            END;
                          UNTIL ServHeader.NEXT = 0;
                        MESSAGE(Text001,Counter);
                    end;
                }
            }
        }
        area(reporting)
        {
            action("Service Order Summary")
            {
                ApplicationArea = Service;
                Caption = 'Service Order Summary';
                Image = "Report";
                Promoted = false;
                RunObject = Report "CSO Service Order Summary";
            }
        }
    }

    trigger OnAfterGetRecord();
    begin
        IsLate := ("Promised Date" <> 0D) AND ("Promised Date" < WORKDATE) AND (Status <> Status::Finished);
    end;

    trigger OnOpenPage();
    begin
        SETFILTER(Status,'<>%1',Status::Canceled);
        IF UserSetupMgt.GetServiceFilter <> '' THEN BEGIN
          FILTERGROUP(2);
          SETRANGE("Assigned User ID",USERID);
          FILTERGROUP(0);
        END;
    end;

    var
        UserSetupMgt: Codeunit "CSO User Setup Mgt.";
        IsLate: Boolean;
        Text001: Label '%1 orders were updated.';
}
