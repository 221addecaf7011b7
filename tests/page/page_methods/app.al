// CurrPage's methods (Caption, Editable, SaveRecord, SetRecord/GetRecord,
// SetSelectionFilter, a part's page and its procedures, Update, Close) and
// Notification's (Message, SetData/GetData/HasData, Scope, Id, AddAction,
// Send, Recall).
table 50460 Thing
{
    fields
    {
        field(1; No; Integer) { }
        field(2; Name; Text[20]) { }
    }
    keys { key(PK; No) { } }
}

page 50461 "Thing Part"
{
    PageType = CardPart;
    SourceTable = Thing;
    layout { area(Content) { field(Name; Rec.Name) { } field(Marker; Marker) { } } }
    var
        Marker: Text;

    procedure SetMarker(NewMarker: Text)
    begin
        Marker := NewMarker;
    end;
}

page 50460 "Thing Card"
{
    PageType = Card;
    SourceTable = Thing;
    Caption = 'A Thing';
    layout
    {
        area(Content)
        {
            field(No; Rec.No) { }
            field(Name; Rec.Name) { }
            part(Side; "Thing Part") { }
        }
    }
    actions
    {
        area(Processing)
        {
            action(Exercise) { trigger OnAction() begin DoExercise(); end; }
            action(Notify) { trigger OnAction() begin DoNotify(); end; }
            action(Shut) { trigger OnAction() begin CurrPage.Close(); end; }
        }
    }

    local procedure DoExercise()
    var
        Other: Record Thing;
        Sel: Record Thing;
    begin
        Message('%1 / %2', CurrPage.Caption(), CurrPage.Editable());
        Rec.Name := 'renamed';
        CurrPage.SaveRecord();
        Other.Get(Rec.No);
        Message('saved: %1', Other.Name);
        CurrPage.GetRecord(Other);
        Message('GetRecord: %1 %2', Other.No, Other.Name);
        Other.Get(2);
        CurrPage.SetRecord(Other);
        Message('SetRecord: %1', Rec.No);
        CurrPage.SetSelectionFilter(Sel);
        Message('selection: %1 (%2 row)', Sel.GetFilters(), Sel.Count());
        CurrPage.Side.Page.SetMarker('set through the part');
        CurrPage.Update(false);
    end;

    local procedure DoNotify()
    var
        N: Notification;
    begin
        N.Message('Check this');
        N.SetData('no', Format(Rec.No));
        N.Scope := NotificationScope::LocalScope;
        N.AddAction('Open', Codeunit::"Thing Actions", 'OpenIt');
        Message('%1 %2 %3 %4', N.Message(), N.HasData('no'), N.GetData('no'), N.HasData('x'));
        Message('has id: %1', not IsNullGuid(N.Id()));
        N.Send();
        Message('recalled: %1', N.Recall());
    end;
}

codeunit 50460 "Thing Actions"
{
    procedure OpenIt(N: Notification)
    begin
    end;
}
