namespace Contoso.Club.Journal;

using Microsoft.Finance.Dimension;
using Contoso.Club.Members;

page 50134 "CSO Member Journal"
{
    ApplicationArea = Basic, Suite;
    AutoSplitKey = true;
    Caption = 'Member Journal';
    DataCaptionFields = "Journal Batch Name";
    DelayedInsert = true;
    PageType = Worksheet;
    SaveValues = true;
    SourceTable = "CSO Member Journal Line";
    UsageCategory = Tasks;

    layout
    {
        area(Content)
        {
            field(CurrentJnlBatchName; CurrentJnlBatchName)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Batch Name';
                Lookup = true;
                ToolTip = 'Specifies the name of the journal batch.';

                trigger OnLookup(var Text: Text): Boolean
                var
                    JournalBatch: Record "CSO Member Journal Batch";
                begin
                    CurrPage.SaveRecord();
                    JournalBatch.SetRange("Journal Template Name", Rec."Journal Template Name");
                    JournalBatch.Name := CurrentJnlBatchName;
                    if Page.RunModal(0, JournalBatch) <> Action::LookupOK then
                        exit(false);
                    Text := JournalBatch.Name;
                    exit(true);
                end;

                trigger OnValidate()
                begin
                    JournalMgt.CheckName(CurrentJnlBatchName, Rec);
                    CurrentJnlBatchNameOnAfterValidate();
                end;
            }
            repeater(Control1)
            {
                ShowCaption = false;

                field("Posting Date"; Rec."Posting Date")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the posting date.';
                }
                field("Document No."; Rec."Document No.")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the document number.';
                }
                field("Entry Type"; Rec."Entry Type")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the entry type.';
                }
                field("Member No."; Rec."Member No.")
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the member number.';

                    trigger OnValidate()
                    begin
                        JournalMgt.GetMemberName(Rec."Member No.", MemberName);
                        ShowShortcutDimCode(ShortcutDimCode);
                    end;
                }
                field(Description; Rec.Description)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies a description.';
                }
                field(Amount; Rec.Amount)
                {
                    ApplicationArea = Basic, Suite;
                    ToolTip = 'Specifies the amount.';
                    StyleExpr = AmountStyle;
                }
                field("Currency Code"; Rec."Currency Code")
                {
                    ApplicationArea = Suite;
                    AssistEdit = true;
                    ToolTip = 'Specifies the currency code.';
                    Visible = false;

                    trigger OnAssistEdit()
                    var
                        ChangeExchangeRate: Page "Change Exchange Rate";
                    begin
                        ChangeExchangeRate.SetParameter(Rec."Currency Code", Rec."Currency Factor", Rec."Posting Date");
                        if ChangeExchangeRate.RunModal() = Action::OK then
                            Rec.Validate("Currency Factor", ChangeExchangeRate.GetParameter());
                        Clear(ChangeExchangeRate);
                    end;
                }
                field("Location Code"; Rec."Location Code")
                {
                    ApplicationArea = Location;
                    ToolTip = 'Specifies the location.';
                }
                field("Shortcut Dimension 1 Code"; Rec."Shortcut Dimension 1 Code")
                {
                    ApplicationArea = Dimensions;
                    ToolTip = 'Specifies the code for Shortcut Dimension 1.';
                    Visible = DimVisible1;
                }
                field(ShortcutDimCode3; ShortcutDimCode[3])
                {
                    ApplicationArea = Dimensions;
                    CaptionClass = '1,2,3';
                    TableRelation = "Dimension Value".Code where("Global Dimension No." = const(3),
                                                                  "Dimension Value Type" = const(Standard),
                                                                  Blocked = const(false));
                    Visible = DimVisible3;

                    trigger OnValidate()
                    begin
                        Rec.ValidateShortcutDimCode(3, ShortcutDimCode[3]);
                    end;
                }
            }
            group(Footer)
            {
                ShowCaption = false;
                fixed(FixedTotals)
                {
                    ShowCaption = false;
                    group(MemberNameGroup)
                    {
                        Caption = 'Member Name';
                        field(MemberName; MemberName)
                        {
                            ApplicationArea = Basic, Suite;
                            Editable = false;
                            ShowCaption = false;
                            ToolTip = 'Specifies the name of the member on the line.';
                        }
                    }
                    group(BalanceGroup)
                    {
                        Caption = 'Balance';
                        field(Balance; Balance + Rec.Amount - xRec.Amount)
                        {
                            ApplicationArea = Basic, Suite;
                            AutoFormatType = 1;
                            Caption = 'Balance';
                            Editable = false;
                            ToolTip = 'Specifies the balance of the journal.';
                            Visible = BalanceVisible;
                        }
                    }
                    group(TotalBalanceGroup)
                    {
                        Caption = 'Total Balance';
                        field(TotalBalance; TotalBalance + Rec.Amount - xRec.Amount)
                        {
                            ApplicationArea = Basic, Suite;
                            AutoFormatType = 1;
                            Caption = 'Total Balance';
                            Editable = false;
                            ToolTip = 'Specifies the total balance of the journal.';
                        }
                    }
                }
            }
        }
        area(FactBoxes)
        {
            part(MemberInfo; "CSO Member Statistics FactBox")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = "No." = field("Member No.");
            }
        }
    }

    actions
    {
        area(Processing)
        {
            group("P&osting")
            {
                Caption = 'P&osting';
                Image = Post;

                action(TestReport)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'Test Report';
                    Ellipsis = true;
                    Image = TestReport;
                    ToolTip = 'View a test report so that you can find and correct any errors before you post.';

                    trigger OnAction()
                    begin
                        JournalMgt.PrintTestReport(Rec);
                    end;
                }
                action(Post)
                {
                    ApplicationArea = Basic, Suite;
                    Caption = 'P&ost';
                    Image = PostOrder;
                    ShortcutKey = 'F9';
                    ToolTip = 'Finalize the journal by posting the amounts to the member ledger.';

                    trigger OnAction()
                    begin
                        Codeunit.Run(Codeunit::"CSO Member Jnl.-Post", Rec);
                        CurrentJnlBatchName := Rec.GetRangeMax("Journal Batch Name");
                        CurrPage.Update(false);
                    end;
                }
            }
        }
        area(Promoted)
        {
            group(Category_Process)
            {
                Caption = 'Process';
            }
            group(Category_Post)
            {
                Caption = 'Post';
                actionref(Post_Promoted; Post)
                {
                }
                actionref(TestReport_Promoted; TestReport)
                {
                }
            }
        }
    }

    trigger OnAfterGetCurrRecord()
    begin
        JournalMgt.GetMemberName(Rec."Member No.", MemberName);
        JournalMgt.CalcBalance(Rec, xRec, Balance, TotalBalance, ShowBalance, ShowTotalBalance);
        BalanceVisible := ShowBalance;
    end;

    trigger OnAfterGetRecord()
    begin
        ShowShortcutDimCode(ShortcutDimCode);
        if Rec.Amount < 0 then
            AmountStyle := 'Unfavorable'
        else
            AmountStyle := 'Standard';
    end;

    trigger OnNewRecord(BelowxRec: Boolean)
    begin
        Rec.SetUpNewLine(xRec, Balance, BelowxRec);
        Clear(ShortcutDimCode);
    end;

    trigger OnOpenPage()
    var
        JnlSelected: Boolean;
    begin
        SetDimensionsVisibility();
        if Rec.IsOpenedFromBatch() then begin
            CurrentJnlBatchName := Rec."Journal Batch Name";
            JournalMgt.OpenJnl(CurrentJnlBatchName, Rec);
            exit;
        end;
        JournalMgt.TemplateSelection(Page::"CSO Member Journal", Rec, JnlSelected);
        if not JnlSelected then
            Error('');
        JournalMgt.OpenJnl(CurrentJnlBatchName, Rec);
    end;

    var
        JournalMgt: Codeunit "CSO Member Jnl. Management";
        CurrentJnlBatchName: Code[10];
        MemberName: Text[100];
        AmountStyle: Text;
        Balance: Decimal;
        TotalBalance: Decimal;
        ShowBalance: Boolean;
        ShowTotalBalance: Boolean;
        BalanceVisible: Boolean;
        DimVisible1: Boolean;
        DimVisible3: Boolean;

    protected var
        ShortcutDimCode: array[8] of Code[20];

    local procedure CurrentJnlBatchNameOnAfterValidate()
    begin
        CurrPage.SaveRecord();
        JournalMgt.SetName(CurrentJnlBatchName, Rec);
        CurrPage.Update(false);
    end;

    local procedure SetDimensionsVisibility()
    var
        DimMgt: Codeunit DimensionManagement;
        DimVisible2: Boolean;
        DimVisible4: Boolean;
        DimVisible5: Boolean;
        DimVisible6: Boolean;
        DimVisible7: Boolean;
        DimVisible8: Boolean;
    begin
        DimMgt.UseShortcutDims(DimVisible1, DimVisible2, DimVisible3, DimVisible4, DimVisible5, DimVisible6, DimVisible7, DimVisible8);
        Clear(DimMgt);
    end;

    local procedure ShowShortcutDimCode(var DimCodes: array[8] of Code[20])
    var
        DimMgt: Codeunit DimensionManagement;
    begin
        DimMgt.GetShortcutDimensions(Rec."Dimension Set ID", DimCodes);
    end;
}
