namespace Contoso.Club.Common;

codeunit 50205 "CSO Club Cache"
{
    SingleInstance = true;
    Access = Internal;

    var
        TempMemberCache: Record "CSO Club Member" temporary;
        LevelByMember: Dictionary of [Code[20], Integer];
        HitCounter: Dictionary of [Text, Integer];
        RecentMembers: List of [Code[20]];
        CachedSetup: Record "CSO Club Setup";
        SetupLoadedAt: DateTime;
        SetupLoaded: Boolean;
        MaxRecent: Integer;
        CacheLifetimeMs: Integer;

    trigger OnRun()
    begin
        ClearAll();
    end;

    procedure GetSetup(var ClubSetup: Record "CSO Club Setup")
    begin
        if (not SetupLoaded) or (CurrentDateTime() - SetupLoadedAt > GetLifetime()) then begin
            if not CachedSetup.Get() then
                CachedSetup.Init();
            SetupLoadedAt := CurrentDateTime();
            SetupLoaded := true;
            CountHit('setup.miss');
        end else
            CountHit('setup.hit');
        ClubSetup := CachedSetup;
    end;

    procedure GetMember(MemberNo: Code[20]; var ClubMember: Record "CSO Club Member"): Boolean
    begin
        if TempMemberCache.Get(MemberNo) then begin
            CountHit('member.hit');
            ClubMember := TempMemberCache;
            TouchRecent(MemberNo);
            exit(true);
        end;

        CountHit('member.miss');
        if not ClubMember.Get(MemberNo) then
            exit(false);

        TempMemberCache := ClubMember;
        TempMemberCache.Insert();
        TouchRecent(MemberNo);
        exit(true);
    end;

    procedure GetLevelOrdinal(MemberNo: Code[20]) Ordinal: Integer
    var
        ClubMember: Record "CSO Club Member";
    begin
        if LevelByMember.Get(MemberNo, Ordinal) then
            exit;
        if GetMember(MemberNo, ClubMember) then
            Ordinal := ClubMember."Membership Level".AsInteger()
        else
            Ordinal := -1;
        LevelByMember.Set(MemberNo, Ordinal);
    end;

    procedure Invalidate(MemberNo: Code[20])
    begin
        if TempMemberCache.Get(MemberNo) then
            TempMemberCache.Delete();
        if LevelByMember.ContainsKey(MemberNo) then
            LevelByMember.Remove(MemberNo);
        if RecentMembers.Contains(MemberNo) then
            RecentMembers.Remove(MemberNo);
    end;

    procedure ClearAll()
    begin
        TempMemberCache.Reset();
        TempMemberCache.DeleteAll();
        Clear(LevelByMember);
        Clear(HitCounter);
        Clear(RecentMembers);
        Clear(CachedSetup);
        SetupLoaded := false;
    end;

    procedure GetRecentMembers(var Result: List of [Code[20]])
    var
        MemberNo: Code[20];
    begin
        Clear(Result);
        foreach MemberNo in RecentMembers do
            Result.Add(MemberNo);
    end;

    procedure GetStatistics() Stats: Text
    var
        CounterName: Text;
        Value: Integer;
        Sep: Text[2];
    begin
        foreach CounterName in HitCounter.Keys do begin
            Value := HitCounter.Get(CounterName);
            Stats += Sep + StrSubstNo('%1=%2', CounterName, Value);
            Sep := ', ';
        end;
        if Stats = '' then
            Stats := 'empty';
    end;

    procedure SetLimits(NewMaxRecent: Integer; NewLifetimeMs: Integer)
    begin
        MaxRecent := NewMaxRecent;
        CacheLifetimeMs := NewLifetimeMs;
    end;

    local procedure TouchRecent(MemberNo: Code[20])
    begin
        if RecentMembers.Contains(MemberNo) then
            RecentMembers.Remove(MemberNo);
        RecentMembers.Insert(1, MemberNo);
        if MaxRecent = 0 then
            MaxRecent := 10;
        while RecentMembers.Count() > MaxRecent do
            RecentMembers.RemoveAt(RecentMembers.Count());
    end;

    local procedure CountHit(CounterName: Text)
    var
        Current: Integer;
    begin
        if HitCounter.Get(CounterName, Current) then
            HitCounter.Set(CounterName, Current + 1)
        else
            HitCounter.Add(CounterName, 1);
    end;

    local procedure GetLifetime(): Integer
    begin
        if CacheLifetimeMs <= 0 then
            exit(5 * 60 * 1000);
        exit(CacheLifetimeMs);
    end;

    [EventSubscriber(ObjectType::Table, Database::"CSO Club Member", OnAfterModifyEvent, '', false, false)]
    local procedure InvalidateOnModify(var Rec: Record "CSO Club Member"; var xRec: Record "CSO Club Member"; RunTrigger: Boolean)
    begin
        if Rec.IsTemporary() then
            exit;
        Invalidate(Rec."No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"CSO Club Member", OnAfterDeleteEvent, '', false, false)]
    local procedure InvalidateOnDelete(var Rec: Record "CSO Club Member"; RunTrigger: Boolean)
    begin
        if not Rec.IsTemporary() then
            Invalidate(Rec."No.");
    end;

    [EventSubscriber(ObjectType::Table, Database::"CSO Club Setup", OnAfterModifyEvent, '', false, false)]
    local procedure InvalidateSetup(var Rec: Record "CSO Club Setup"; var xRec: Record "CSO Club Setup"; RunTrigger: Boolean)
    begin
        SetupLoaded := false;
    end;
}
