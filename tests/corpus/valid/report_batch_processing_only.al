report 50281 "CSO Renew Memberships"
{
    ApplicationArea = Basic, Suite;
    Caption = 'Renew Memberships';
    ProcessingOnly = true;
    UsageCategory = Tasks;
    AllowScheduling = true;
    Permissions = tabledata "CSO Club Member" = rm,
                  tabledata "CSO Member Ledger Entry" = ri;

    dataset
    {
        dataitem(ClubMember; "CSO Club Member")
        {
            DataItemTableView = sorting("Membership Level") where(Blocked = const(false), "Member Type" = filter(Individual | Family));
            RequestFilterFields = "No.", "Membership Level", "Salesperson Code";

            dataitem(FeeLine; Integer)
            {
                DataItemTableView = sorting(Number);

                trigger OnPreDataItem()
                begin
                    if not PostFees then
                        CurrReport.Break();
                    SetRange(Number, 1, NoOfFeeLines);
                end;

                trigger OnAfterGetRecord()
                begin
                    InsertFeeLine(ClubMember, Number);
                end;
            }

            trigger OnPreDataItem()
            begin
                if RenewUntil = 0D then
                    Error(MissingDateErr);
                Total := Count();
                if GuiAllowed() then
                    Window.Open(ProgressTxt);
                LineNo := 0;
            end;

            trigger OnAfterGetRecord()
            var
                NextRenewal: Date;
            begin
                Counter += 1;
                if GuiAllowed() then begin
                    Window.Update(1, "No.");
                    Window.Update(2, Round(Counter / Total * 10000, 1));
                end;

                NextRenewal := Renewal.GetNextRenewalDate(ClubMember);
                if NextRenewal > RenewUntil then
                    CurrReport.Skip();

                if not DryRun then begin
                    "Member Since" := NextRenewal;
                    Modify(true);
                end;
                Renewed += 1;
                NoOfFeeLines := GetFeeLineCount("Membership Level");
            end;

            trigger OnPostDataItem()
            begin
                if GuiAllowed() then begin
                    Window.Close();
                    Message(DoneMsg, Renewed, Total);
                end;
            end;
        }
    }

    requestpage
    {
        SaveValues = true;
        ShowFilter = true;

        layout
        {
            area(Content)
            {
                group(Options)
                {
                    Caption = 'Options';

                    field(RenewUntilField; RenewUntil)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Renew Until';
                        ShowMandatory = true;
                        ToolTip = 'Specifies the last renewal date to process.';
                    }
                    field(DryRunField; DryRun)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Simulate Only';
                        ToolTip = 'Specifies that no changes are saved.';

                        trigger OnValidate()
                        begin
                            if DryRun then
                                PostFees := false;
                        end;
                    }
                    field(PostFeesField; PostFees)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Create Fee Lines';
                        Enabled = not DryRun;
                        ToolTip = 'Specifies whether membership fees are added to the journal.';
                    }
                    group(FeeOptions)
                    {
                        Caption = 'Fees';
                        Visible = PostFees;

                        field(JournalTemplateField; JournalTemplateName)
                        {
                            ApplicationArea = Basic, Suite;
                            Caption = 'Journal Template';
                            TableRelation = "CSO Member Journal Template";
                            ToolTip = 'Specifies the journal template for the fee lines.';
                        }
                        field(JournalBatchField; JournalBatchName)
                        {
                            ApplicationArea = Basic, Suite;
                            Caption = 'Journal Batch';
                            ToolTip = 'Specifies the journal batch for the fee lines.';

                            trigger OnLookup(var Text: Text): Boolean
                            var
                                JournalBatch: Record "CSO Member Journal Batch";
                            begin
                                JournalBatch.SetRange("Journal Template Name", JournalTemplateName);
                                if Page.RunModal(0, JournalBatch) = Action::LookupOK then begin
                                    Text := JournalBatch.Name;
                                    exit(true);
                                end;
                            end;
                        }
                        field(FeeAmountField; FeeAmount)
                        {
                            ApplicationArea = Basic, Suite;
                            Caption = 'Fee per Line';
                            MinValue = 0;
                            DecimalPlaces = 2 : 2;
                            ToolTip = 'Specifies the amount per fee line.';
                        }
                    }
                }
            }
        }

        trigger OnOpenPage()
        begin
            if RenewUntil = 0D then
                RenewUntil := CalcDate('<CM>', WorkDate());
        end;

        trigger OnQueryClosePage(CloseAction: Action): Boolean
        begin
            if (CloseAction = Action::OK) and PostFees and (JournalBatchName = '') then begin
                Message(MissingBatchMsg);
                exit(false);
            end;
            exit(true);
        end;
    }

    var
        Renewal: Codeunit "CSO Membership Renewal";
        Window: Dialog;
        RenewUntil: Date;
        JournalTemplateName: Code[10];
        JournalBatchName: Code[10];
        FeeAmount: Decimal;
        Counter: Integer;
        Total: Integer;
        Renewed: Integer;
        LineNo: Integer;
        NoOfFeeLines: Integer;
        DryRun: Boolean;
        PostFees: Boolean;
        ProgressTxt: Label 'Renewing memberships\Member #1##########\@2@@@@@@@@@@@@@@@@@@@@@';
        DoneMsg: Label '%1 of %2 memberships were renewed.', Comment = '%1 = renewed, %2 = total';
        MissingDateErr: Label 'You must specify the Renew Until date.';
        MissingBatchMsg: Label 'Select a journal batch for the fee lines.';

    local procedure GetFeeLineCount(Level: Enum "CSO Membership Level"): Integer
    begin
        case Level of
            Level::Platinum:
                exit(0);
            Level::Gold:
                exit(1);
            else
                exit(2);
        end;
    end;

    local procedure InsertFeeLine(Member: Record "CSO Club Member"; Sequence: Integer)
    var
        JournalLine: Record "CSO Member Journal Line";
    begin
        LineNo += 10000;
        JournalLine.Init();
        JournalLine."Journal Template Name" := JournalTemplateName;
        JournalLine."Journal Batch Name" := JournalBatchName;
        JournalLine."Line No." := LineNo;
        JournalLine."Posting Date" := RenewUntil;
        JournalLine."Document No." := CopyStr(StrSubstNo('REN-%1-%2', Member."No.", Sequence), 1, MaxStrLen(JournalLine."Document No."));
        JournalLine."Member No." := Member."No.";
        JournalLine."Entry Type" := JournalLine."Entry Type"::Fee;
        JournalLine.Amount := FeeAmount;
        JournalLine.Insert(true);
    end;

    procedure SetParameters(NewRenewUntil: Date; NewDryRun: Boolean)
    begin
        RenewUntil := NewRenewUntil;
        DryRun := NewDryRun;
    end;
}
