namespace Contoso.Club.Loyalty;

using Microsoft.Sales.Customer;
using Microsoft.Sales.Document;
using Microsoft.Sales.Posting;
using Microsoft.Sales.History;
using Contoso.Club.Members;

codeunit 50206 "CSO Loyalty Sales Subscribers"
{
    Access = Internal;
    Permissions = tabledata "CSO Member Ledger Entry" = ri;

    [EventSubscriber(ObjectType::Table, Database::Customer, OnAfterInsertEvent, '', false, false)]
    local procedure CustomerOnAfterInsert(var Rec: Record Customer; RunTrigger: Boolean)
    begin
        if Rec.IsTemporary() or (not RunTrigger) then
            exit;
        if Rec."CSO Anniversary Date" = 0D then begin
            Rec."CSO Anniversary Date" := WorkDate();
            Rec.Modify();
        end;
    end;

    [EventSubscriber(ObjectType::Table, Database::"Sales Header", 'OnAfterValidateEvent', 'Sell-to Customer No.', false, false)]
    local procedure SalesHeaderOnAfterValidateSellTo(var Rec: Record "Sales Header"; var xRec: Record "Sales Header"; CurrFieldNo: Integer)
    var
        Customer: Record Customer;
    begin
        if Rec."Sell-to Customer No." = xRec."Sell-to Customer No." then
            exit;
        if not Customer.Get(Rec."Sell-to Customer No.") then
            exit;
        if Customer.CSOHasLoyaltyBenefits() then
            Rec."Your Reference" := CopyStr(StrSubstNo(LoyaltyRefTxt, Customer."CSO Loyalty Tier"), 1, MaxStrLen(Rec."Your Reference"));
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Sales-Post", 'OnAfterPostSalesDoc', '', false, false)]
    local procedure SalesPostOnAfterPostSalesDoc(var SalesHeader: Record "Sales Header"; var GenJnlPostLine: Codeunit "Gen. Jnl.-Post Line"; SalesShptHdrNo: Code[20]; RetRcpHdrNo: Code[20]; SalesInvHdrNo: Code[20]; SalesCrMemoHdrNo: Code[20]; CommitIsSuppressed: Boolean; InvtPickPutaway: Boolean; var CustLedgerEntry: Record "Cust. Ledger Entry"; WhseShip: Boolean; WhseReceiv: Boolean; PreviewMode: Boolean)
    var
        SalesInvoiceHeader: Record "Sales Invoice Header";
    begin
        if PreviewMode then
            exit;
        if SalesInvHdrNo = '' then
            exit;
        if not SalesInvoiceHeader.Get(SalesInvHdrNo) then
            exit;
        AwardPointsForInvoice(SalesInvoiceHeader);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"Release Sales Document", OnBeforeReleaseSalesDoc, '', false, false)]
    local procedure CheckMemberBeforeRelease(var SalesHeader: Record "Sales Header"; PreviewMode: Boolean; var IsHandled: Boolean; var SkipCheckReleaseRestrictions: Boolean)
    var
        Customer: Record Customer;
        ClubMember: Record "CSO Club Member";
    begin
        if IsHandled then
            exit;
        if not Customer.Get(SalesHeader."Sell-to Customer No.") then
            exit;
        if Customer."CSO Club Member No." = '' then
            exit;
        if ClubMember.Get(Customer."CSO Club Member No.") then
            ClubMember.CheckBlocked();
    end;

    [EventSubscriber(ObjectType::Page, Page::"Customer Card", 'OnAfterGetCurrRecordEvent', '', false, false)]
    local procedure CustomerCardOnAfterGetCurrRecord(var Rec: Record Customer)
    var
        MissingEmailNotification: Notification;
    begin
        if (Rec."CSO Club Member No." = '') or (Rec."E-Mail" <> '') then
            exit;
        MissingEmailNotification.Id := GetMissingEmailNotificationId();
        MissingEmailNotification.Message := StrSubstNo(MissingEmailMsg, Rec.Name);
        MissingEmailNotification.Scope := NotificationScope::LocalScope;
        MissingEmailNotification.SetData('CustomerNo', Rec."No.");
        MissingEmailNotification.AddAction(OpenCustomerActionTxt, Codeunit::"CSO Loyalty Sales Subscribers", 'OpenCustomerFromNotification');
        MissingEmailNotification.Send();
    end;

    procedure OpenCustomerFromNotification(MissingEmailNotification: Notification)
    var
        Customer: Record Customer;
    begin
        if Customer.Get(MissingEmailNotification.GetData('CustomerNo')) then
            Page.Run(Page::"Customer Card", Customer);
    end;

    local procedure AwardPointsForInvoice(SalesInvoiceHeader: Record "Sales Invoice Header")
    var
        Customer: Record Customer;
        JournalLine: Record "CSO Member Journal Line";
        PostLine: Codeunit "CSO Member Jnl.-Post Line";
    begin
        if not Customer.Get(SalesInvoiceHeader."Sell-to Customer No.") then
            exit;
        if Customer."CSO Club Member No." = '' then
            exit;

        SalesInvoiceHeader.CalcFields("Amount Including VAT");
        JournalLine.Init();
        JournalLine."Posting Date" := SalesInvoiceHeader."Posting Date";
        JournalLine."Document No." := SalesInvoiceHeader."No.";
        JournalLine."Member No." := Customer."CSO Club Member No.";
        JournalLine."Entry Type" := JournalLine."Entry Type"::Purchase;
        JournalLine.Description := CopyStr(StrSubstNo(InvoiceDescTxt, SalesInvoiceHeader."No."), 1, MaxStrLen(JournalLine.Description));
        JournalLine.Amount := SalesInvoiceHeader."Amount Including VAT";
        JournalLine."Amount (LCY)" := SalesInvoiceHeader."Amount Including VAT";
        PostLine.RunWithCheck(JournalLine);
    end;

    local procedure GetMissingEmailNotificationId(): Guid
    begin
        exit('3c0a9e1b-7f42-4c8e-9d61-5b2f0c4a7e19');
    end;

    var
        LoyaltyRefTxt: Label 'Loyalty: %1', Comment = '%1 = loyalty tier';
        InvoiceDescTxt: Label 'Invoice %1', Comment = '%1 = invoice number';
        MissingEmailMsg: Label 'Club member %1 has no email address.', Comment = '%1 = customer name';
        OpenCustomerActionTxt: Label 'Open customer';
}

codeunit 50207 "CSO Release Service Order"
{
    TableNo = "CSO Service Order Header";

    trigger OnRun()
    begin
        Code(Rec);
    end;

    local procedure Code(var ServiceHeader: Record "CSO Service Order Header")
    var
        ServiceLine: Record "CSO Service Order Line";
        IsHandled: Boolean;
    begin
        if ServiceHeader.Status = ServiceHeader.Status::Released then
            exit;

        OnBeforeRelease(ServiceHeader, IsHandled);
        if IsHandled then
            exit;

        ServiceHeader.TestField("Customer No.");
        ServiceLine.SetRange("Document No.", ServiceHeader."No.");
        ServiceLine.SetFilter(Quantity, '<>0');
        if ServiceLine.IsEmpty() then
            Error(NothingToReleaseErr, ServiceHeader."No.");

        ServiceHeader.Status := ServiceHeader.Status::Released;
        ServiceHeader.Modify(true);

        OnAfterRelease(ServiceHeader);
    end;

    [InherentPermissions(PermissionObjectType::TableData, Database::"CSO Service Order Line", 'r')]
    procedure PrintReleasedOrders(CustomerNo: Code[20]; var PrintedCount: Integer)
    var
        ServiceHeader: Record "CSO Service Order Header";
        SalesHeader: Record "Sales Header";
        WorkOrderReport: Report "CSO Service Work Order";
        Summary: array[10] of Text[50];
        Totals: array[2, 3] of Decimal;
        Slot: Integer;
        Row: Integer;
        DailyCutoff: Time;
    begin
        DailyCutoff := 120000T;
        ServiceHeader.SetRange("Customer No.", CustomerNo);
        ServiceHeader.SetRange(Status, ServiceHeader.Status::Released);
        if not ServiceHeader.FindSet() then
            exit;

        repeat
            Slot += 1;
            if Slot > ArrayLen(Summary) then
                break;
            Summary[Slot] := CopyStr(ServiceHeader."No." + ' ' + ServiceHeader."Customer Name", 1, MaxStrLen(Summary[Slot]));

            if ServiceHeader.Priority in [0, 2] then
                Row := 1
            else
                Row := 2;
            ServiceHeader.CalcFields("Amount Including VAT");
            Totals[Row, 1] += ServiceHeader."Amount Including VAT";
            Totals[Row, 2] += 1;
            if Totals[Row, 2] <> 0 then
                Totals[Row, 3] := Totals[Row, 1] / Totals[Row, 2];

            // a dangling else: it belongs to the inner if
            if ServiceHeader."Promised Date" <> 0D then
                if ServiceHeader."Promised Date" < WorkDate() then
                    Summary[Slot] := CopyStr('LATE ' + Summary[Slot], 1, MaxStrLen(Summary[Slot]))
                else
                    Summary[Slot] := CopyStr('ok   ' + Summary[Slot], 1, MaxStrLen(Summary[Slot]));
        until ServiceHeader.Next() = 0;

        if (Time() > DailyCutoff) and (Date2DWY(Today(), 1) in [1, 5 .. 7]) then
            exit;

        ServiceHeader.SetRecFilter();
        WorkOrderReport.SetTableView(ServiceHeader);
        WorkOrderReport.UseRequestPage(false);
        WorkOrderReport.RunModal();
        PrintedCount := Slot;

        SalesHeader.SetRange("Sell-to Customer No.", CustomerNo);
        SalesHeader.SetRange(Status, SalesHeader.Status::Open);
        if not SalesHeader.IsEmpty() then
            Message(OpenSalesOrdersMsg, SalesHeader.Count(), CustomerNo);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeRelease(var ServiceHeader: Record "CSO Service Order Header"; var IsHandled: Boolean)
    begin
    end;

    [BusinessEvent(false)]
    local procedure OnAfterRelease(var ServiceHeader: Record "CSO Service Order Header")
    begin
    end;

    var
        NothingToReleaseErr: Label 'There is nothing to release for service order %1.', Comment = '%1 = order number';
        OpenSalesOrdersMsg: Label 'There are also %1 open sales orders for customer %2.', Comment = '%1 = count, %2 = customer number';
}
