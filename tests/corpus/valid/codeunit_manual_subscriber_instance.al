codeunit 50208 "CSO Suppress Welcome Mail"
{
    EventSubscriberInstance = Manual;
    Access = Internal;

    var
        SuppressedCount: Integer;
        AllowList: List of [Text];

    procedure AllowRecipient(Address: Text)
    begin
        if not AllowList.Contains(LowerCase(Address)) then
            AllowList.Add(LowerCase(Address));
    end;

    procedure GetSuppressedCount(): Integer
    begin
        exit(SuppressedCount);
    end;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"CSO Send Welcome Mail", 'OnBeforeSendWelcomeMail', '', false, false)]
    local procedure SuppressMail(var ClubMember: Record "CSO Club Member"; var IsHandled: Boolean)
    begin
        if AllowList.Contains(LowerCase(ClubMember."E-Mail")) then
            exit;
        IsHandled := true;
        SuppressedCount += 1;
    end;
}

codeunit 50209 "CSO Send Welcome Mail"
{
    TableNo = "CSO Club Member";

    trigger OnRun()
    begin
        SendWelcome(Rec);
    end;

    var
        SubjectTxt: Label 'Welcome to the club, %1', Comment = '%1 = member name';
        BodyTxt: Label '<p>Dear %1,</p><p>Your member number is <b>%2</b>.</p><p>%3</p>', Comment = '%1 = name, %2 = number, %3 = welcome text', Locked = false;

    procedure SendWelcome(var ClubMember: Record "CSO Club Member")
    var
        ClubSetup: Record "CSO Club Setup";
        EmailMessage: Codeunit "Email Message";
        Email: Codeunit Email;
        IsHandled: Boolean;
    begin
        ClubMember.TestField("E-Mail");
        OnBeforeSendWelcomeMail(ClubMember, IsHandled);
        if IsHandled then
            exit;

        ClubSetup.Get();
        EmailMessage.Create(
            ClubMember."E-Mail",
            StrSubstNo(SubjectTxt, ClubMember.Name),
            StrSubstNo(BodyTxt, ClubMember.Name, ClubMember."No.", ClubSetup.GetWelcomeMessage(ClubMember.Name)),
            true);
        Email.Send(EmailMessage, Enum::"Email Scenario"::Default);
        OnAfterSendWelcomeMail(ClubMember);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeSendWelcomeMail(var ClubMember: Record "CSO Club Member"; var IsHandled: Boolean)
    begin
    end;

    [IntegrationEvent(false, false)]
    local procedure OnAfterSendWelcomeMail(var ClubMember: Record "CSO Club Member")
    begin
    end;
}

codeunit 50210 "CSO Bulk Member Import"
{
    procedure ImportWithoutMails(var TempMember: Record "CSO Club Member" temporary) Imported: Integer
    var
        ClubMember: Record "CSO Club Member";
        SuppressWelcomeMail: Codeunit "CSO Suppress Welcome Mail";
        SendWelcomeMail: Codeunit "CSO Send Welcome Mail";
    begin
        BindSubscription(SuppressWelcomeMail);
        SuppressWelcomeMail.AllowRecipient('board@contoso.example');

        if TempMember.FindSet() then
            repeat
                ClubMember := TempMember;
                ClubMember."No." := '';
                ClubMember.Insert(true);
                if ClubMember."E-Mail" <> '' then
                    SendWelcomeMail.SendWelcome(ClubMember);
                Imported += 1;
            until TempMember.Next() = 0;

        UnbindSubscription(SuppressWelcomeMail);

        if GuiAllowed() then
            Message(ImportedMsg, Imported, SuppressWelcomeMail.GetSuppressedCount());
    end;

    [TryFunction]
    procedure TryImportSingle(var TempMember: Record "CSO Club Member" temporary)
    var
        ClubMember: Record "CSO Club Member";
    begin
        ClubMember.TransferFields(TempMember);
        ClubMember."No." := '';
        ClubMember.Insert(true);
    end;

    procedure ImportCollectingErrors(var TempMember: Record "CSO Club Member" temporary; var Errors: List of [Text]) Imported: Integer
    begin
        if not TempMember.FindSet() then
            exit(0);
        repeat
            ClearLastError();
            if TryImportSingle(TempMember) then
                Imported += 1
            else
                Errors.Add(StrSubstNo('%1: %2', TempMember.Name, GetLastErrorText()));
        until TempMember.Next() = 0;
    end;

    var
        ImportedMsg: Label '%1 members imported, %2 welcome mails suppressed.', Comment = '%1 = imported count, %2 = suppressed count';
}
