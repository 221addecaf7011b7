codeunit 50201 "CSO Service Order Mgt."
{
    // version CSO2.00

    // CSO1.00 2016-03-14 JDOE  Copy lines, close finished orders
    // CSO1.05 2018-01-09 MKAY  Reminder e-mails
    // CSO2.00 2019-06-20 converted with txt2al, only syntax touched

    Permissions = TableData "CSO Service Order Header"=rm,
                  TableData "CSO Service Order Line"=rimd;

    trigger OnRun();
    begin
        CloseFinishedOrders(WORKDATE);
    end;

    var
        Text001: Label 'No previous order was found for customer %1.';
        Text002: Label '%1 lines were copied from order %2.';
        Text003: Label 'Closing orders  #1##########\Progress @2@@@@@@@@@@';
        Text004: Label 'There are no lines to renumber.';
        Window: Dialog;

    procedure CopyLinesFromPrevious(var ServHeader: Record "CSO Service Order Header");
    var
        PrevHeader: Record "CSO Service Order Header";
        FromLine: Record "CSO Service Order Line";
        ToLine: Record "CSO Service Order Line";
        NextLineNo: Integer;
        Copied: Integer;
    begin
        ServHeader.TESTFIELD(Status,ServHeader.Status::Open);
        WITH PrevHeader DO BEGIN
          SETCURRENTKEY("Customer No.","Order Date");
          SETRANGE("Customer No.",ServHeader."Customer No.");
          SETFILTER("No.",'<>%1',ServHeader."No.");
          IF NOT FINDLAST THEN
            ERROR(Text001,ServHeader."Customer No.");
        END;

        ToLine.SETRANGE("Document No.",ServHeader."No.");
        IF ToLine.FINDLAST THEN
          NextLineNo := ToLine."Line No."
        ELSE
          NextLineNo := 0;

        FromLine.SETRANGE("Document No.",PrevHeader."No.");
        IF FromLine.FINDSET THEN
          REPEAT
            NextLineNo := NextLineNo + 10000;
            ToLine.INIT;
            ToLine.TRANSFERFIELDS(FromLine);
            ToLine."Document No." := ServHeader."No.";
            ToLine."Line No." := NextLineNo;
            ToLine.INSERT(TRUE);
            Copied := Copied + 1;
          UNTIL FromLine.NEXT = 0;

        MESSAGE(Text002,Copied,PrevHeader."No.");
    end;

    procedure CloseFinishedOrders(AsOfDate: Date);
    var
        ServHeader: Record "CSO Service Order Header";
        ServLine: Record "CSO Service Order Line";
        Total: Integer;
        Counter: Integer;
        AllLinesDone: Boolean;
    begin
        ServHeader.SETRANGE(Status,ServHeader.Status::"In Process");
        ServHeader.SETFILTER("Promised Date",'..%1',AsOfDate);
        Total := ServHeader.COUNT;
        IF Total = 0 THEN
          EXIT;

        IF GUIALLOWED THEN
          Window.OPEN(Text003);

        IF ServHeader.FINDSET(TRUE) THEN
          REPEAT
            Counter := Counter + 1;
            IF GUIALLOWED THEN BEGIN
              Window.UPDATE(1,ServHeader."No.");
              Window.UPDATE(2,ROUND(Counter / Total * 10000,1));
            END;

            AllLinesDone := TRUE;
            ServLine.SETRANGE("Document No.",ServHeader."No.");
            IF ServLine.FINDSET THEN
              REPEAT
                IF (ServLine.Type = ServLine.Type::Item) AND (ServLine.Quantity = 0) THEN
                  AllLinesDone := FALSE;
              UNTIL (ServLine.NEXT = 0) OR NOT AllLinesDone;

            IF AllLinesDone THEN BEGIN
              ServHeader.Status := ServHeader.Status::Finished;
              ServHeader.MODIFY;
            END;
          UNTIL ServHeader.NEXT = 0;

        IF GUIALLOWED THEN
          Window.CLOSE;
    end;

    procedure RenumberLines(DocumentNo: Code[20]);
    var
        ServLine: Record "CSO Service Order Line";
        TempServLine: Record "CSO Service Order Line" temporary;
        i: Integer;
    begin
        ServLine.SETRANGE("Document No.",DocumentNo);
        IF NOT ServLine.FINDSET THEN
          ERROR(Text004);

        REPEAT
          TempServLine := ServLine;
          TempServLine.INSERT;
        UNTIL ServLine.NEXT = 0;

        ServLine.DELETEALL;

        i := 0;
        TempServLine.FINDSET;
        REPEAT
          i := i + 1;
          ServLine := TempServLine;
          ServLine."Line No." := i * 10000;
          ServLine.INSERT;
        UNTIL TempServLine.NEXT = 0;
    end;

    procedure GetPriorityText(Priority: Option Low,Medium,High) : Text[30];
    begin
        CASE Priority OF
          Priority::Low:
            EXIT('Low - within 10 days');
          Priority::Medium:
            EXIT('Medium - within 3 days');
          Priority::High:
            EXIT('High - same day');
        END;
    end;

    procedure CountWorkingDays(FromDate: Date;ToDate: Date) Days : Integer;
    var
        CurrDate: Date;
    begin
        IF (FromDate = 0D) OR (ToDate = 0D) OR (FromDate > ToDate) THEN
          EXIT(0);

        CurrDate := FromDate;
        WHILE CurrDate <= ToDate DO BEGIN
          IF DATE2DWY(CurrDate,1) IN [1..5] THEN
            Days := Days + 1;
          CurrDate := CALCDATE('<1D>',CurrDate);
        END;
    end;

    procedure BuildReminderText(ServHeader: Record "CSO Service Order Header") : Text;
    var
        Lines: array [5] of Text[80];
        Result: Text;
        i: Integer;
    begin
        Lines[1] := STRSUBSTNO('Order %1 for %2',ServHeader."No.",ServHeader."Customer Name");
        Lines[2] := STRSUBSTNO('Promised: %1',FORMAT(ServHeader."Promised Date",0,4));
        Lines[3] := STRSUBSTNO('Priority: %1',GetPriorityText(ServHeader.Priority));
        IF ServHeader."Assigned User ID" <> '' THEN
          Lines[4] := STRSUBSTNO('Technician: %1',ServHeader."Assigned User ID");

        FOR i := ARRAYLEN(Lines) DOWNTO 1 DO
          IF Lines[i] <> '' THEN BEGIN
            IF Result <> '' THEN
              Result := '\' + Result;
            Result := Lines[i] + Result;
          END;
        EXIT(Result);
    end;

    [EventSubscriber(ObjectType::Table, Database::"CSO Service Order Header", 'OnAfterValidateEvent', 'Customer No.', false, false)]
    local procedure OnAfterValidateCustomerNo(var Rec: Record "CSO Service Order Header";var xRec: Record "CSO Service Order Header";CurrFieldNo: Integer);
    begin
        IF Rec."Customer No." <> xRec."Customer No." THEN
          Rec.Priority := Rec.Priority::Medium;
    end;
}
