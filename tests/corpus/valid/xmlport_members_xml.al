namespace Contoso.Club.Exchange;

using Contoso.Club.Members;

xmlport 50300 "CSO Member Export"
{
    Caption = 'Member Export';
    Direction = Both;
    Encoding = UTF8;
    Format = Xml;
    FormatEvaluate = Xml;
    DefaultNamespace = 'urn:contoso:club:members:v2';
    UseDefaultNamespace = true;
    PreserveWhiteSpace = false;

    schema
    {
        textelement(ClubMembers)
        {
            textattribute(ExportedAt)
            {
                trigger OnBeforePassVariable()
                begin
                    ExportedAt := Format(CurrentDateTime(), 0, 9);
                end;
            }
            textattribute(SchemaVersion)
            {
                Occurrence = Optional;

                trigger OnBeforePassVariable()
                begin
                    SchemaVersion := '2.0';
                end;
            }
            tableelement(Member; "CSO Club Member")
            {
                MinOccurs = Zero;
                XmlName = 'Member';
                SourceTableView = sorting("No.") where(Blocked = const(false));

                fieldattribute(No; Member."No.")
                {
                }
                fieldattribute(Level; Member."Membership Level")
                {
                    Occurrence = Optional;
                }
                fieldelement(Name; Member.Name)
                {
                }
                fieldelement(Name2; Member."Name 2")
                {
                    MinOccurs = Zero;
                }
                textelement(Address)
                {
                    fieldelement(Street; Member.Address)
                    {
                    }
                    fieldelement(PostCode; Member."Post Code")
                    {
                    }
                    fieldelement(City; Member.City)
                    {
                    }
                    fieldelement(Country; Member."Country/Region Code")
                    {
                        MinOccurs = Zero;
                    }
                }
                fieldelement(Email; Member."E-Mail")
                {
                    MinOccurs = Zero;

                    trigger OnAfterAssignField()
                    begin
                        Member."E-Mail" := LowerCase(Member."E-Mail");
                    end;
                }
                fieldelement(MemberSince; Member."Member Since")
                {
                }
                textelement(Balance)
                {
                    MinOccurs = Zero;

                    trigger OnBeforePassVariable()
                    begin
                        Member.CalcFields(Balance);
                        Balance := Format(Member.Balance, 0, 9);
                    end;
                }
                tableelement(LedgerEntry; "CSO Member Ledger Entry")
                {
                    LinkTable = Member;
                    LinkFields = "Member No." = field("No.");
                    MinOccurs = Zero;
                    MaxOccurs = Unbounded;
                    XmlName = 'Entry';
                    SourceTableView = sorting("Member No.", "Posting Date", "Currency Code");

                    fieldattribute(EntryNo; LedgerEntry."Entry No.")
                    {
                    }
                    fieldelement(PostingDate; LedgerEntry."Posting Date")
                    {
                    }
                    fieldelement(Type; LedgerEntry."Entry Type")
                    {
                    }
                    fieldelement(Amount; LedgerEntry.Amount)
                    {
                    }
                    fieldelement(Points; LedgerEntry.Points)
                    {
                        MinOccurs = Zero;
                    }

                    trigger OnPreXmlItem()
                    begin
                        if not IncludeEntries then
                            currXMLport.Break();
                        if FromDate <> 0D then
                            LedgerEntry.SetFilter("Posting Date", '%1..', FromDate);
                    end;

                    trigger OnBeforeInsertRecord()
                    begin
                        // entries are never imported
                        currXMLport.Skip();
                    end;
                }

                trigger OnAfterGetRecord()
                begin
                    ExportedCount += 1;
                end;

                trigger OnBeforeInsertRecord()
                var
                    ExistingMember: Record "CSO Club Member";
                begin
                    if ExistingMember.Get(Member."No.") then begin
                        SkippedCount += 1;
                        currXMLport.Skip();
                    end;
                end;

                trigger OnAfterInsertRecord()
                begin
                    ImportedCount += 1;
                end;
            }
        }
    }

    requestpage
    {
        layout
        {
            area(Content)
            {
                group(Options)
                {
                    Caption = 'Options';
                    field(IncludeEntriesField; IncludeEntries)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Include Ledger Entries';
                        ToolTip = 'Specifies whether ledger entries are exported with each member.';
                    }
                    field(FromDateField; FromDate)
                    {
                        ApplicationArea = Basic, Suite;
                        Caption = 'Entries From';
                        Enabled = IncludeEntries;
                        ToolTip = 'Specifies the first posting date of exported entries.';
                    }
                }
            }
        }
    }

    trigger OnPreXmlPort()
    begin
        ExportedCount := 0;
        ImportedCount := 0;
        SkippedCount := 0;
    end;

    trigger OnPostXmlPort()
    begin
        if not GuiAllowed() then
            exit;
        if currXMLport.ImportFile() then
            Message(ImportDoneMsg, ImportedCount, SkippedCount)
        else
            Message(ExportDoneMsg, ExportedCount);
    end;

    var
        FromDate: Date;
        IncludeEntries: Boolean;
        ExportedCount: Integer;
        ImportedCount: Integer;
        SkippedCount: Integer;
        ImportDoneMsg: Label '%1 members imported, %2 skipped because they already exist.', Comment = '%1 = imported, %2 = skipped';
        ExportDoneMsg: Label '%1 members exported.', Comment = '%1 = count';

    procedure SetOptions(NewIncludeEntries: Boolean; NewFromDate: Date)
    begin
        IncludeEntries := NewIncludeEntries;
        FromDate := NewFromDate;
    end;
}
