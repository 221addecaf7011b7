page 50139 "CSO Service Order"
{
    Caption = 'Service Order';
    PageType = Document;
    PromotedActionCategories = 'New,Process,Report,Release,Navigate,Order';
    RefreshOnActivate = true;
    SourceTable = "CSO Service Order Header";
    SourceTableView = where(Status = filter(<> Canceled));

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';

                field("No."; Rec."No.")
                {
                    ApplicationArea = Service;
                    Importance = Standard;
                    ToolTip = 'Specifies the number of the service order.';
                    Visible = DocNoVisible;

                    trigger OnAssistEdit()
                    begin
                        if Rec.AssistEdit(xRec) then
                            CurrPage.Update();
                    end;
                }
                field("Customer No."; Rec."Customer No.")
                {
                    ApplicationArea = Service;
                    Importance = Promoted;
                    ShowMandatory = true;
                    ToolTip = 'Specifies the customer.';

                    trigger OnValidate()
                    begin
                        CurrPage.Update();
                    end;
                }
                field("Customer Name"; Rec."Customer Name")
                {
                    ApplicationArea = Service;
                    QuickEntry = false;
                    ToolTip = 'Specifies the customer name.';
                }
                field("Order Date"; Rec."Order Date")
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the order date.';
                }
                field("Promised Date"; Rec."Promised Date")
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the date promised to the customer.';
                    StyleExpr = PromisedDateStyle;
                }
                field(Priority; Rec.Priority)
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the priority.';
                }
                field(Status; Rec.Status)
                {
                    ApplicationArea = Service;
                    Importance = Promoted;
                    ToolTip = 'Specifies the status of the order.';
                }
                field("Assigned User ID"; Rec."Assigned User ID")
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the user responsible for the order.';
                }
            }
            part(ServiceLines; "CSO Service Order Subform")
            {
                ApplicationArea = Service;
                Editable = IsOpen;
                Enabled = Rec."Customer No." <> '';
                SubPageLink = "Document No." = field("No.");
                UpdatePropagation = Both;
            }
            group(Invoicing)
            {
                Caption = 'Invoicing';

                field("Payment Terms Code"; Rec."Payment Terms Code")
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the payment terms.';
                }
                field("Due Date"; Rec."Due Date")
                {
                    ApplicationArea = Service;
                    ToolTip = 'Specifies the due date.';
                }
                field("Currency Code"; Rec."Currency Code")
                {
                    ApplicationArea = Suite;
                    ToolTip = 'Specifies the currency.';

                    trigger OnValidate()
                    begin
                        CurrPage.ServiceLines.Page.UpdateForm(true);
                    end;
                }
            }
            group(Timeline)
            {
                Caption = 'Timeline';
                Visible = ShowTimeline;

                usercontrol(TimelineControl; "CSO Timeline Addin")
                {
                    ApplicationArea = Service;

                    trigger OnReady()
                    begin
                        TimelineReady := true;
                        RefreshTimeline();
                    end;

                    trigger OnItemClicked(ItemId: Text; ItemType: Text)
                    var
                        LineNo: Integer;
                    begin
                        if ItemType <> 'line' then
                            exit;
                        if Evaluate(LineNo, ItemId) then
                            OpenLine(LineNo);
                    end;

                    trigger OnRangeChanged(FromDate: Date; ToDate: Date)
                    begin
                        TimelineFrom := FromDate;
                        TimelineTo := ToDate;
                    end;
                }
            }
        }
        area(FactBoxes)
        {
            part(CustomerStats; "Customer Statistics FactBox")
            {
                ApplicationArea = Service;
                SubPageLink = "No." = field("Customer No.");
            }
            systempart(Links; Links)
            {
                ApplicationArea = RecordLinks;
                Visible = false;
            }
            systempart(Notes; Notes)
            {
                ApplicationArea = Notes;
            }
        }
    }

    actions
    {
        area(Processing)
        {
            group(Release)
            {
                Caption = 'Release';
                Image = ReleaseDoc;

                action(ReleaseOrder)
                {
                    ApplicationArea = Service;
                    Caption = 'Re&lease';
                    Image = ReleaseDoc;
                    Promoted = true;
                    PromotedCategory = Category4;
                    PromotedIsBig = true;
                    PromotedOnly = true;
                    ShortcutKey = 'Ctrl+F9';
                    ToolTip = 'Release the order to the next stage.';

                    trigger OnAction()
                    begin
                        Rec.Release();
                        CurrPage.ServiceLines.Page.Update(false);
                    end;
                }
                action(Reopen)
                {
                    ApplicationArea = Service;
                    Caption = 'Re&open';
                    Enabled = Rec.Status <> Rec.Status::Open;
                    Image = ReOpen;
                    Promoted = true;
                    PromotedCategory = Category4;
                    ToolTip = 'Reopen the order so it can be changed.';

                    trigger OnAction()
                    begin
                        Rec.Status := Rec.Status::Open;
                        Rec.Modify(true);
                    end;
                }
            }
            action(CopyFromPrevious)
            {
                ApplicationArea = Service;
                Caption = 'Copy from Previous Order';
                Ellipsis = true;
                Image = CopyDocument;
                Promoted = true;
                PromotedCategory = Process;
                ToolTip = 'Copy the lines from the previous order for this customer.';

                trigger OnAction()
                var
                    ServiceMgt: Codeunit "CSO Service Order Mgt.";
                begin
                    ServiceMgt.CopyLinesFromPrevious(Rec);
                    CurrPage.ServiceLines.Page.Update(false);
                end;
            }
        }
        area(Navigation)
        {
            action(Customer)
            {
                ApplicationArea = Service;
                Caption = 'Customer';
                Image = Customer;
                Promoted = true;
                PromotedCategory = Category5;
                RunObject = page "Customer Card";
                RunPageLink = "No." = field("Customer No.");
                ToolTip = 'Open the customer card.';
            }
            action(Comments)
            {
                ApplicationArea = Comments;
                Caption = 'Co&mments';
                Image = ViewComments;
                Promoted = true;
                PromotedCategory = Category6;
                RunObject = page "Comment Sheet";
                RunPageLink = "Table Name" = const("Service Order"), "No." = field("No.");
                ToolTip = 'View or add comments.';
            }
        }
    }

    trigger OnOpenPage()
    begin
        DocNoVisible := true;
        ShowTimeline := GuiAllowed();
        TimelineFrom := CalcDate('<-1M>', WorkDate());
        TimelineTo := CalcDate('<+1M>', WorkDate());
    end;

    trigger OnAfterGetCurrRecord()
    begin
        IsOpen := Rec.Status = Rec.Status::Open;
        if (Rec."Promised Date" <> 0D) and (Rec."Promised Date" < WorkDate()) and (Rec.Status <> Rec.Status::Finished) then
            PromisedDateStyle := 'Unfavorable'
        else
            PromisedDateStyle := 'None';
        if TimelineReady then
            RefreshTimeline();
    end;

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec."Order Date" := WorkDate();
    end;

    var
        TimelineFrom: Date;
        TimelineTo: Date;
        PromisedDateStyle: Text;
        DocNoVisible: Boolean;
        IsOpen: Boolean;
        ShowTimeline: Boolean;
        TimelineReady: Boolean;

    local procedure RefreshTimeline()
    var
        ServiceLine: Record "CSO Service Order Line";
        Items: JsonArray;
        Item: JsonObject;
        Payload: Text;
    begin
        ServiceLine.SetRange("Document No.", Rec."No.");
        if ServiceLine.FindSet() then
            repeat
                Clear(Item);
                Item.Add('id', Format(ServiceLine."Line No."));
                Item.Add('type', 'line');
                Item.Add('label', ServiceLine.Description);
                Item.Add('start', Format(Rec."Order Date", 0, 9));
                Item.Add('end', Format(Rec."Promised Date", 0, 9));
                Items.Add(Item);
            until ServiceLine.Next() = 0;
        Items.WriteTo(Payload);
        CurrPage.TimelineControl.SetItems(Payload);
        CurrPage.TimelineControl.SetVisibleRange(TimelineFrom, TimelineTo);
    end;

    local procedure OpenLine(LineNo: Integer)
    var
        ServiceLine: Record "CSO Service Order Line";
    begin
        if ServiceLine.Get(Rec."No.", LineNo) then
            Page.Run(Page::"CSO Service Order Lines", ServiceLine);
    end;
}
