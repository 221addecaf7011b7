// A customer's rank by sales, computed in the background.  Rank and Cache
// in Task has the task store the rank itself: the task fails with BC's
// permission error, which OnPageBackgroundTaskError shows.  Rank lets the
// task only compute (it writes nothing but temporary records), and the
// completion trigger, which runs in the page's session, stores the rank.
page 50550 "Customer Ranking"
{
    Caption = 'Customer Ranking';
    PageType = Card;
    SourceTable = Customer;
    Editable = false;

    layout
    {
        area(Content)
        {
            group(General)
            {
                Caption = 'General';
                field("No."; Rec."No.") { ApplicationArea = All; }
                field(Name; Rec.Name) { ApplicationArea = All; }
            }
            group(Ranking)
            {
                Caption = 'Ranking';
                field(CustomerRank; CustomerRank) { ApplicationArea = All; Caption = 'Rank by Sales'; }
                field(CachedRank; CachedRank) { ApplicationArea = All; Caption = 'Cached Rank'; }
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(RankAndCacheInTask)
            {
                ApplicationArea = All;
                Caption = 'Rank and Cache in Task';
                trigger OnAction()
                begin
                    StartRanking(true);
                end;
            }
            action(Rank)
            {
                ApplicationArea = All;
                Caption = 'Rank';
                trigger OnAction()
                begin
                    StartRanking(false);
                end;
            }
        }
    }

    var
        RankTaskId: Integer;
        CustomerRank: Text;
        CachedRank: Text;

    trigger OnAfterGetCurrRecord()
    begin
        CustomerRank := '';
        ReadCache();
    end;

    local procedure StartRanking(CacheInTask: Boolean)
    var
        TaskParameters: Dictionary of [Text, Text];
    begin
        TaskParameters.Add('CustomerNo', Rec."No.");
        TaskParameters.Add('Cache', Format(CacheInTask, 0, 9));
        CurrPage.EnqueueBackgroundTask(RankTaskId, Codeunit::"Rank Customer Task", TaskParameters, 10000, PageBackgroundTaskErrorLevel::Error);
    end;

    local procedure ReadCache()
    var
        RankCache: Record "Customer Rank Cache";
    begin
        if RankCache.Get(Rec."No.") then
            CachedRank := StrSubstNo('%1 (at %2)', RankCache.Rank, RankCache."Computed At")
        else
            CachedRank := 'none';
    end;

    trigger OnPageBackgroundTaskCompleted(TaskId: Integer; Results: Dictionary of [Text, Text])
    var
        RankCache: Record "Customer Rank Cache";
    begin
        if TaskId <> RankTaskId then
            exit;
        CustomerRank := StrSubstNo('%1 of %2', Results.Get('Rank'), Results.Get('CustomersRanked'));
        // the page's own session may write
        if not RankCache.Get(Rec."No.") then begin
            RankCache."Customer No." := Rec."No.";
            RankCache.Insert();
        end;
        Evaluate(RankCache.Rank, Results.Get('Rank'));
        RankCache."Computed At" := Time();
        RankCache.Modify();
        ReadCache();
    end;

    trigger OnPageBackgroundTaskError(TaskId: Integer; ErrorCode: Text; ErrorText: Text; ErrorCallStack: Text; var IsHandled: Boolean)
    var
        NotCached: Notification;
    begin
        if TaskId <> RankTaskId then
            exit;
        IsHandled := true;
        CustomerRank := 'not computed';
        NotCached.Message(StrSubstNo('The rank was not computed: %1', ErrorText));
        NotCached.Send();
    end;
}
