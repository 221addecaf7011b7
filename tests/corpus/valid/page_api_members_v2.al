namespace Contoso.Club.API;

using Contoso.Club.Members;
using System.Reflection;

page 50137 "CSO API Member"
{
    APIGroup = 'club';
    APIPublisher = 'contoso';
    APIVersion = 'v2.0', 'beta';
    Caption = 'member', Locked = true;
    ChangeTrackingAllowed = true;
    DelayedInsert = true;
    EntityCaption = 'Member';
    EntitySetCaption = 'Members';
    EntityName = 'member';
    EntitySetName = 'members';
    Extensible = false;
    ODataKeyFields = SystemId;
    PageType = API;
    SourceTable = "CSO Club Member";

    layout
    {
        area(Content)
        {
            repeater(Group)
            {
                field(id; Rec.SystemId)
                {
                    Caption = 'Id';
                    Editable = false;
                }
                field(number; Rec."No.")
                {
                    Caption = 'No.';
                }
                field(displayName; Rec.Name)
                {
                    Caption = 'Display Name';

                    trigger OnValidate()
                    begin
                        if Rec.Name = '' then
                            Error(BlankNameErr);
                        RegisterFieldSet(Rec.FieldNo(Name));
                    end;
                }
                field(memberType; Rec."Member Type")
                {
                    Caption = 'Member Type';

                    trigger OnValidate()
                    begin
                        RegisterFieldSet(Rec.FieldNo("Member Type"));
                    end;
                }
                field(level; Rec."Membership Level")
                {
                    Caption = 'Level';

                    trigger OnValidate()
                    begin
                        RegisterFieldSet(Rec.FieldNo("Membership Level"));
                    end;
                }
                field(email; Rec."E-Mail")
                {
                    Caption = 'Email';

                    trigger OnValidate()
                    begin
                        RegisterFieldSet(Rec.FieldNo("E-Mail"));
                    end;
                }
                field(phoneNumber; Rec."Phone No.")
                {
                    Caption = 'Phone No.';

                    trigger OnValidate()
                    begin
                        RegisterFieldSet(Rec.FieldNo("Phone No."));
                    end;
                }
                field(city; Rec.City)
                {
                    Caption = 'City';
                }
                field(countryRegionCode; Rec."Country/Region Code")
                {
                    Caption = 'Country/Region Code';
                }
                field(blocked; Rec.Blocked)
                {
                    Caption = 'Blocked';
                }
                field(balance; Rec.Balance)
                {
                    Caption = 'Balance';
                    Editable = false;
                }
                field(memberSince; Rec."Member Since")
                {
                    Caption = 'Member Since';
                }
                field(lastModifiedDateTime; Rec.SystemModifiedAt)
                {
                    Caption = 'Last Modified Date';
                    Editable = false;
                }
                part(ledgerEntries; "CSO API Member Ledger Entries")
                {
                    Caption = 'Ledger Entries';
                    EntityName = 'memberLedgerEntry';
                    EntitySetName = 'memberLedgerEntries';
                    SubPageLink = "Member No." = field("No.");
                }
                part(picture; "CSO API Member Picture")
                {
                    Caption = 'Picture';
                    EntityName = 'picture';
                    EntitySetName = 'pictures';
                    Multiplicity = ZeroOrOne;
                    SubPageLink = "No." = field("No.");
                }
            }
        }
    }

    actions
    {
    }

    trigger OnAfterGetRecord()
    begin
        Clear(TempFieldSet);
    end;

    trigger OnInsertRecord(BelowxRec: Boolean): Boolean
    var
        ClubMember: Record "CSO Club Member";
        RecRef: RecordRef;
    begin
        if Rec.Name = '' then
            Error(BlankNameErr);

        ClubMember.SetRange("No.", Rec."No.");
        if (Rec."No." <> '') and (not ClubMember.IsEmpty()) then
            Error(DuplicateNumberErr, Rec."No.");

        Rec.Insert(true);

        RecRef.GetTable(Rec);
        ProcessNewRecordFromAPI(RecRef, TempFieldSet, CurrentDateTime());
        RecRef.SetTable(Rec);
        Rec.Modify(true);
        exit(false);
    end;

    trigger OnModifyRecord(): Boolean
    var
        ClubMember: Record "CSO Club Member";
    begin
        ClubMember.GetBySystemId(Rec.SystemId);
        if Rec."No." <> ClubMember."No." then
            Rec.TestField("No.", ClubMember."No.");
    end;

    trigger OnDeleteRecord(): Boolean
    begin
        Rec.CheckBlocked();
    end;

    var
        TempFieldSet: Record "Field" temporary;
        BlankNameErr: Label 'The displayName cannot be blank.';
        DuplicateNumberErr: Label 'A member with number %1 already exists.', Comment = '%1 = member number';

    local procedure RegisterFieldSet(FieldNo: Integer)
    begin
        if TempFieldSet.Get(Database::"CSO Club Member", FieldNo) then
            exit;
        TempFieldSet.Init();
        TempFieldSet.TableNo := Database::"CSO Club Member";
        TempFieldSet.Validate("No.", FieldNo);
        TempFieldSet.Insert(true);
    end;

    local procedure ProcessNewRecordFromAPI(var InsertedRecordRef: RecordRef; var TempFieldSetToProcess: Record "Field" temporary; ModifiedDateTime: DateTime)
    var
        FieldRef: FieldRef;
    begin
        if TempFieldSetToProcess.FindSet() then
            repeat
                FieldRef := InsertedRecordRef.Field(TempFieldSetToProcess."No.");
                FieldRef.Validate();
            until TempFieldSetToProcess.Next() = 0;
        if ModifiedDateTime = 0DT then
            exit;
    end;

    [ServiceEnabled]
    [Scope('Cloud')]
    procedure Block(var ActionContext: WebServiceActionContext)
    begin
        Rec.Validate(Blocked, true);
        Rec.Modify(true);
        SetActionResponse(ActionContext, Rec.SystemId);
    end;

    [ServiceEnabled]
    [Scope('Cloud')]
    procedure RecalculateLevel(var ActionContext: WebServiceActionContext)
    var
        LevelMgt: Codeunit "CSO Membership Level Mgt.";
    begin
        LevelMgt.RecalculateLevel(Rec);
        SetActionResponse(ActionContext, Rec.SystemId);
    end;

    local procedure SetActionResponse(var ActionContext: WebServiceActionContext; MemberId: Guid)
    begin
        ActionContext.SetObjectType(ObjectType::Page);
        ActionContext.SetObjectId(Page::"CSO API Member");
        ActionContext.AddEntityKey(Rec.FieldNo(SystemId), MemberId);
        ActionContext.SetResultCode(WebServiceActionResultCode::Updated);
    end;
}
