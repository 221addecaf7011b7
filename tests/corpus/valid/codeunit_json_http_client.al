namespace Contoso.Club.Integration;

using System.RestClient;
using Contoso.Club.Setup;
using Contoso.Club.Members;

codeunit 50217 "CSO Booking Service Client"
{
    Access = Internal;

    var
        Client: HttpClient;
        Initialized: Boolean;
        BaseUrl: Text;
        RequestFailedErr: Label 'The booking service returned %1 %2.', Comment = '%1 = status code, %2 = reason';
        InvalidResponseErr: Label 'The booking service returned a response that could not be read.';
        BookingsPathTok: Label '/api/v1/members/%1/bookings', Locked = true;
        MembersPathTok: Label '/api/v1/members', Locked = true;
        ContentTypeTok: Label 'application/json', Locked = true;

    local procedure Initialize()
    var
        ClubSetup: Record "CSO Club Setup";
    begin
        if Initialized then
            exit;
        ClubSetup.Get();
        ClubSetup.TestField("Service Base URL");
        BaseUrl := ClubSetup."Service Base URL".TrimEnd('/');
        Client.Timeout := 30000;
        Client.DefaultRequestHeaders.Add('Accept', ContentTypeTok);
        Client.DefaultRequestHeaders.Add('User-Agent', 'Contoso-Club-BC/2.0');
        AddAuthorization(ClubSetup);
        Initialized := true;
    end;

    [NonDebuggable]
    local procedure AddAuthorization(ClubSetup: Record "CSO Club Setup")
    var
        ApiKey: SecretText;
    begin
        ApiKey := ClubSetup.GetApiKey();
        Client.DefaultRequestHeaders.Add('X-Api-Key', ApiKey);
    end;

    procedure PushMember(ClubMember: Record "CSO Club Member") RemoteId: Text
    var
        Content: HttpContent;
        ContentHeaders: HttpHeaders;
        Response: HttpResponseMessage;
        Payload: JsonObject;
        Address: JsonObject;
        ResponseJson: JsonObject;
        Token: JsonToken;
        PayloadText: Text;
        ResponseText: Text;
    begin
        Initialize();

        Payload.Add('number', ClubMember."No.");
        Payload.Add('name', ClubMember.Name);
        Payload.Add('email', ClubMember."E-Mail");
        Payload.Add('level', Format(ClubMember."Membership Level"));
        Payload.Add('blocked', ClubMember.Blocked);
        Payload.Add('creditLimit', ClubMember."Credit Limit");
        Payload.Add('memberSince', ClubMember."Member Since");
        Address.Add('street', ClubMember.Address);
        Address.Add('city', ClubMember.City);
        Address.Add('postCode', ClubMember."Post Code");
        Address.Add('country', ClubMember."Country/Region Code");
        Payload.Add('address', Address);
        Payload.WriteTo(PayloadText);

        Content.WriteFrom(PayloadText);
        Content.GetHeaders(ContentHeaders);
        if ContentHeaders.Contains('Content-Type') then
            ContentHeaders.Remove('Content-Type');
        ContentHeaders.Add('Content-Type', ContentTypeTok);

        if not Client.Post(BaseUrl + MembersPathTok, Content, Response) then
            Error(GetLastErrorText());
        CheckResponse(Response);

        Response.Content.ReadAs(ResponseText);
        if not ResponseJson.ReadFrom(ResponseText) then
            Error(InvalidResponseErr);
        if ResponseJson.Get('id', Token) then
            RemoteId := Token.AsValue().AsText();
    end;

    procedure GetBookings(MemberNo: Code[20]; var TempBooking: Record "CSO Booking Buffer" temporary): Integer
    var
        Response: HttpResponseMessage;
        Root: JsonToken;
        Items: JsonArray;
        Item: JsonToken;
        ResponseText: Text;
    begin
        Initialize();
        if not Client.Get(BaseUrl + StrSubstNo(BookingsPathTok, MemberNo), Response) then
            Error(GetLastErrorText());
        CheckResponse(Response);
        Response.Content().ReadAs(ResponseText);

        if not Root.ReadFrom(ResponseText) then
            Error(InvalidResponseErr);
        if not Root.IsObject() then
            Error(InvalidResponseErr);
        if not Root.SelectToken('$.data.items', Root) then
            exit(0);
        Items := Root.AsArray();

        TempBooking.Reset();
        TempBooking.DeleteAll();
        foreach Item in Items do
            AddBooking(TempBooking, MemberNo, Item.AsObject());
        exit(TempBooking.Count());
    end;

    local procedure AddBooking(var TempBooking: Record "CSO Booking Buffer" temporary; MemberNo: Code[20]; Booking: JsonObject)
    var
        Token: JsonToken;
    begin
        TempBooking.Init();
        TempBooking."Entry No." := TempBooking.Count() + 1;
        TempBooking."Member No." := MemberNo;
        if Booking.Get('id', Token) then
            TempBooking."Booking Id" := CopyStr(Token.AsValue().AsText(), 1, MaxStrLen(TempBooking."Booking Id"));
        if Booking.Get('start', Token) then
            TempBooking."Start Time" := Token.AsValue().AsDateTime();
        if Booking.Get('durationMinutes', Token) then
            TempBooking."Duration (min)" := Token.AsValue().AsInteger();
        if Booking.Get('guests', Token) and not Token.AsValue().IsNull() then
            TempBooking.Guests := Token.AsValue().AsInteger();
        if Booking.Get('price', Token) then
            TempBooking.Price := Token.AsValue().AsDecimal();
        if Booking.Get('confirmed', Token) then
            TempBooking.Confirmed := Token.AsValue().AsBoolean();
        TempBooking.Insert();
    end;

    local procedure CheckResponse(var Response: HttpResponseMessage)
    begin
        if Response.IsSuccessStatusCode() then
            exit;
        case Response.HttpStatusCode() of
            401, 403:
                Error(ErrorInfo.Create('The booking service rejected the API key. Check the club setup.'));
            404:
                Error(RequestFailedErr, 404, 'Not Found');
            429, 500 .. 599:
                Error(RequestFailedErr, Response.HttpStatusCode(), Response.ReasonPhrase() + ' (try again later)');
            else
                Error(RequestFailedErr, Response.HttpStatusCode(), Response.ReasonPhrase());
        end;
    end;

    procedure BuildQueryString(Parameters: Dictionary of [Text, Text]) QueryString: Text
    var
        Uri: Codeunit Uri;
        ParamName: Text;
    begin
        foreach ParamName in Parameters.Keys do begin
            if QueryString = '' then
                QueryString := '?'
            else
                QueryString += '&';
            QueryString += Uri.EscapeDataString(ParamName) + '=' + Uri.EscapeDataString(Parameters.Get(ParamName));
        end;
    end;

    procedure MembersToJson(var ClubMember: Record "CSO Club Member") Result: JsonArray
    var
        Entry: JsonObject;
    begin
        if ClubMember.FindSet() then
            repeat
                Clear(Entry);
                Entry.Add('no', ClubMember."No.");
                Entry.Add('name', ClubMember.Name);
                Entry.Add('balance', ClubMember.Balance);
                Result.Add(Entry);
            until ClubMember.Next() = 0;
    end;
}
