namespace Contoso.Club.ControlAddins;

controladdin "CSO Timeline Addin"
{
    RequestedHeight = 320;
    MinimumHeight = 200;
    MaximumHeight = 600;
    RequestedWidth = 700;
    MinimumWidth = 300;
    VerticalStretch = true;
    VerticalShrink = true;
    HorizontalStretch = true;
    HorizontalShrink = true;

    Scripts = 'ControlAddins/Timeline/js/vendor/timeline.min.js',
              'ControlAddins/Timeline/js/timeline-bridge.js';
    StartupScript = 'ControlAddins/Timeline/js/startup.js';
    RecreateScript = 'ControlAddins/Timeline/js/recreate.js';
    RefreshScript = 'ControlAddins/Timeline/js/refresh.js';
    StyleSheets = 'ControlAddins/Timeline/css/timeline.css';
    Images = 'ControlAddins/Timeline/img/marker.png',
             'ControlAddins/Timeline/img/marker-late.png';

    /// <summary>Raised when the control has loaded and can receive data.</summary>
    event OnReady();

    /// <summary>Raised when the user clicks an item on the timeline.</summary>
    event OnItemClicked(ItemId: Text; ItemType: Text);

    event OnRangeChanged(FromDate: Date; ToDate: Date);

    /// <summary>Replaces all items. Items is a JSON array.</summary>
    procedure SetItems(Items: Text);

    procedure SetVisibleRange(FromDate: Date; ToDate: Date);

    procedure HighlightItem(ItemId: Text; Highlight: Boolean);

    procedure ClearItems();
}

controladdin "CSO Member Growth Chart Addin"
{
    RequestedHeight = 260;
    RequestedWidth = 400;
    VerticalStretch = false;
    HorizontalStretch = true;

    Scripts = 'https://cdn.contoso.example/libs/charts/4.4.1/chart.umd.min.js',
              'ControlAddins/GrowthChart/js/chart-bridge.js';
    StartupScript = 'ControlAddins/GrowthChart/js/startup.js';
    StyleSheets = 'ControlAddins/GrowthChart/css/chart.css';

    event OnReady();
    event OnPointClicked(SeriesName: Text; PointLabel: Text; Value: Decimal);
    event OnError(ErrorMessage: Text);

    procedure SetData(Data: Text);
    procedure SetTitle(Title: Text);
    procedure SetChartType(ChartType: Text);
    procedure Resize(WidthPx: Integer; HeightPx: Integer);
}

page 50142 "CSO Member Growth Chart"
{
    Caption = 'Member Growth';
    PageType = CardPart;

    layout
    {
        area(Content)
        {
            usercontrol(GrowthChart; "CSO Member Growth Chart Addin")
            {
                ApplicationArea = Basic, Suite;

                trigger OnReady()
                begin
                    ChartReady := true;
                    CurrPage.GrowthChart.SetTitle(ChartTitleTxt);
                    CurrPage.GrowthChart.SetChartType('bar');
                    UpdateChart();
                end;

                trigger OnPointClicked(SeriesName: Text; PointLabel: Text; Value: Decimal)
                var
                    ClubMember: Record "CSO Club Member";
                    Level: Enum "CSO Membership Level";
                    Ordinal: Integer;
                begin
                    if not Evaluate(Ordinal, PointLabel) then
                        exit;
                    Level := Enum::"CSO Membership Level".FromInteger(Ordinal);
                    ClubMember.SetRange("Membership Level", Level);
                    Page.Run(Page::"CSO Club Member List", ClubMember);
                end;

                trigger OnError(ErrorMessage: Text)
                begin
                    Session.LogMessage('CSO0010', ErrorMessage, Verbosity::Warning, DataClassification::SystemMetadata, TelemetryScope::ExtensionPublisher, 'Category', 'Chart');
                end;
            }
        }
    }

    actions
    {
        area(Processing)
        {
            action(Refresh)
            {
                ApplicationArea = Basic, Suite;
                Caption = 'Refresh';
                Image = Refresh;
                ToolTip = 'Refresh the chart.';

                trigger OnAction()
                begin
                    UpdateChart();
                end;
            }
        }
    }

    var
        ChartReady: Boolean;
        ChartTitleTxt: Label 'Members by level';

    local procedure UpdateChart()
    var
        ClubMember: Record "CSO Club Member";
        Data: JsonArray;
        Point: JsonObject;
        Ordinal: Integer;
        DataText: Text;
    begin
        if not ChartReady then
            exit;
        foreach Ordinal in Enum::"CSO Membership Level".Ordinals() do begin
            ClubMember.SetRange("Membership Level", Enum::"CSO Membership Level".FromInteger(Ordinal));
            Clear(Point);
            Point.Add('label', Format(Ordinal));
            Point.Add('caption', Format(Enum::"CSO Membership Level".FromInteger(Ordinal)));
            Point.Add('value', ClubMember.Count());
            Data.Add(Point);
        end;
        Data.WriteTo(DataText);
        CurrPage.GrowthChart.SetData(DataText);
    end;
}
