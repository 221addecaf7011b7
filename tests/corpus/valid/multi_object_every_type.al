page 21 "Customer Card"
{
    Caption = 'Customer Card';
    PageType = Card;
    RefreshOnActivate = true;
    SourceTable = Customer;
    AdditionalSearchTerms = 'client card, buyer';
    AboutTitle = 'About customer details';

    layout
    {
        area(content)
        {
            group(General)
            {
                Caption = 'General';
                field("No."; Rec."No.")
                {
                    ApplicationArea = All;
                    Importance = Standard;
                    Visible = NoFieldVisible;

                    trigger OnAssistEdit()
                    begin
                        if Rec.AssistEdit(xRec) then
                            CurrPage.Update();
                    end;
                }
                field(Name; Rec.Name)
                {
                    ApplicationArea = All;
                    ShowMandatory = true;
                }
                field(BalanceAsVendor; BalanceAsVendor)
                {
                    ApplicationArea = Basic, Suite;
                    Editable = false;
                    Enabled = BalanceAsVendorEnabled;
                    trigger OnDrillDown()
                    var
                        DtldVendLedgEntry: Record "Detailed Vendor Ledg. Entry";
                        VendLedgEntry: Record "Vendor Ledger Entry";
                    begin
                        DtldVendLedgEntry.SetRange("Vendor No.", Vendor."No.");
                        Vendor.CopyFilter("Global Dimension 1 Filter", DtldVendLedgEntry."Initial Entry Global Dim. 1");
                        VendLedgEntry.DrillDownOnEntries(DtldVendLedgEntry);
                    end;
                }
                field("Credit Limit (LCY)"; Rec."Credit Limit (LCY)")
                {
                    ApplicationArea = Basic, Suite;
                    StyleExpr = StyleTxt;
                    trigger OnValidate()
                    begin
                        StyleTxt := Rec.SetStyle();
                    end;
                }
                field(Blocked; Rec.Blocked) { }
                group(Control1)
                {
                    ShowCaption = false;
                    Visible = IsOfficeAddin;
                    field(PrivacyBlocked; Rec."Privacy Blocked") { }
                }
            }
            part(Control39; "Cust. Invoice Discounts")
            {
                ApplicationArea = Basic, Suite;
                SubPageLink = Code = field("Invoice Disc. Code");
                UpdatePropagation = Both;
            }
        }
        area(factboxes)
        {
            part(CustomerStatisticsFactBox; "Customer Statistics FactBox")
            {
                SubPageLink = "No." = field("No."),
                              "Currency Filter" = field("Currency Filter"),
                              "Date Filter" = field("Date Filter");
            }
            systempart(Control1900383207; Links)
            {
                Visible = false;
            }
            systempart(Control1905767507; Notes) { }
        }
    }

    actions
    {
        area(navigation)
        {
            group("&Customer")
            {
                Caption = '&Customer';
                Image = Customer;
                action("Co&mments")
                {
                    Caption = 'Co&mments';
                    Image = ViewComments;
                    RunObject = Page "Comment Sheet";
                    RunPageLink = "Table Name" = const(Customer),
                                  "No." = field("No.");
                    RunPageView = sorting("Table Name", "No.") order(Ascending);
                    ToolTip = 'View or add comments for the record.';
                }
                separator(Action1)
                {
                }
                action(Dimensions)
                {
                    ShortCutKey = 'Alt+D';
                    trigger OnAction()
                    var
                        DefaultDimension: Record "Default Dimension";
                    begin
                        Page.RunModal(Page::"Default Dimensions", DefaultDimension);
                    end;
                }
            }
        }
        area(Promoted)
        {
            group(Category_Process)
            {
                Caption = 'Process', Comment = 'Generated from the PromotedActionCategories property index 1.';
                actionref("Co&mments_Promoted"; "Co&mments") { }
            }
        }
    }

    views
    {
        view(Blocked)
        {
            Caption = 'Blocked';
            Filters = where(Blocked = filter(<> " "));
            OrderBy = descending("Balance (LCY)");
            SharedLayout = false;
            layout
            {
                movefirst(General; Blocked)
                modify(Name) { Visible = false; }
            }
        }
    }

    trigger OnAfterGetCurrRecord()
    begin
        if GuiAllowed() then
            SetWorkFlowEnabled();
        CurrPage.CustomerStatisticsFactBox.Page.SetCustomerNo(Rec."No.");
    end;

    trigger OnQueryClosePage(CloseAction: Action): Boolean
    begin
        if CloseAction in [ACTION::OK, ACTION::LookupOK] then
            exit(true);
    end;

    trigger OnOpenPage()
    begin
        CRMIntegrationEnabled := CRMIntegrationManagement.IsCRMIntegrationEnabled();
        OnBeforeOnOpenPage(Rec);
    end;

    var
        CRMIntegrationManagement: Codeunit "CRM Integration Management";
        BalanceAsVendor: Decimal;
        StyleTxt: Text;
        [InDataSet]
        NoFieldVisible: Boolean;
        BalanceAsVendorEnabled, IsOfficeAddin, CRMIntegrationEnabled : Boolean;

    [IntegrationEvent(true, false)]
    local procedure OnBeforeOnOpenPage(var Customer: Record Customer)
    begin
    end;
}

report 101 "Customer - List"
{
    DefaultLayout = RDLC;
    RDLCLayout = './Sales/Reports/CustomerList.rdlc';
    ApplicationArea = Basic, Suite;
    Caption = 'Customer - List';
    UsageCategory = ReportsAndAnalysis;

    dataset
    {
        dataitem(Customer; Customer)
        {
            DataItemTableView = SORTING("No.") WHERE(Blocked = CONST(" "));
            RequestFilterFields = "No.", "Search Name", "Customer Posting Group";
            column(COMPANYNAME; COMPANYPROPERTY.DisplayName()) { }
            column(Customer_TABLECAPTION__________CustFilter; TableCaption + ': ' + CustFilter) { }
            column(Customer__Balance__LCY__; "Balance (LCY)") { IncludeCaption = true; }
            dataitem("Cust. Ledger Entry"; "Cust. Ledger Entry")
            {
                DataItemLink = "Customer No." = FIELD("No.");
                DataItemTableView = SORTING("Customer No.", "Posting Date");
                column(Amount; Amount) { }
                trigger OnPreDataItem()
                begin
                    SetRange("Posting Date", 0D, WorkDate());
                end;
            }
            trigger OnAfterGetRecord()
            begin
                CalcFields("Balance (LCY)");
                if ("Balance (LCY)" = 0) and OnlyWithBalance then
                    CurrReport.Skip();
            end;
        }
    }

    requestpage
    {
        SaveValues = true;
        layout
        {
            area(Content)
            {
                group(Options)
                {
                    Caption = 'Options';
                    field(OnlyWithBalance; OnlyWithBalance)
                    {
                        ApplicationArea = All;
                        Caption = 'Only with balance';
                    }
                }
            }
        }
    }

    labels
    {
        ReportTitle = 'Customer List';
        PageNo = 'Page', Comment = 'Page number';
    }

    rendering
    {
        layout(RDLC)
        {
            Type = RDLC;
            LayoutFile = './Sales/Reports/CustomerList.rdlc';
        }
    }

    trigger OnPreReport()
    begin
        CustFilter := Customer.GetFilters();
    end;

    var
        CustFilter: Text;
        OnlyWithBalance: Boolean;
}

query 100 "Top Customer Overview"
{
    Caption = 'Top Customer Overview';
    QueryType = Normal;
    OrderBy = descending(Sales_LCY);
    TopNumberOfRows = 10;

    elements
    {
        dataitem(Customer; Customer)
        {
            column(Name; Name) { }
            column(No; "No.") { }
            column(Sales_LCY; "Sales (LCY)") { }
            filter(Date_Filter; "Date Filter") { }
            dataitem(Country_Region; "Country/Region")
            {
                DataItemLink = Code = Customer."Country/Region Code";
                SqlJoinType = LeftOuterJoin;
                column(CountryRegionName; Name) { }
                column(Count_; Code) { Method = Count; ColumnFilter = Count_ = filter(> 1); }
            }
        }
    }

    trigger OnBeforeOpen()
    begin
        SetFilter(Date_Filter, '%1..%2', CalcDate('<-CY>', WorkDate()), WorkDate());
    end;
}

xmlport 50100 "Export Customers"
{
    Direction = Export;
    Format = VariableText;
    FieldSeparator = ';';
    TextEncoding = UTF8;

    schema
    {
        textelement(Root)
        {
            tableelement(Customer; Customer)
            {
                XmlName = 'Customer';
                SourceTableView = sorting("No.");
                fieldattribute(No; Customer."No.") { }
                fieldelement(Name; Customer.Name) { }
                textelement(Balance)
                {
                    trigger OnBeforePassVariable()
                    begin
                        Customer.CalcFields("Balance (LCY)");
                        Balance := Format(Customer."Balance (LCY)", 0, 9);
                    end;
                }
            }
        }
    }
}

permissionset 50100 "My App - Read"
{
    Assignable = true;
    Caption = 'My App Read';
    IncludedPermissionSets = "D365 BASIC";
    Permissions = tabledata Customer = R,
        table "Sales Line" = X,
        codeunit "Sales-Post" = X,
        page "Customer Card" = X,
        report "Customer - List" = X,
        xmlport "Export Customers" = X,
        query "Top Customer Overview" = X;
}

permissionsetextension 50101 "D365 Ext" extends "D365 BASIC"
{
    Permissions = tabledata "Sales Line" = RIMD;
}

profile "MY ROLE"
{
    Caption = 'My Role';
    RoleCenter = "Business Manager Role Center";
    Customizations = "My Customer Card";
    ProfileDescription = 'x';
    Enabled = true;
}

pagecustomization "My Customer Card" customizes "Customer Card"
{
    layout
    {
        modify(Blocked) { Visible = false; }
        movelast(General; Name)
    }
    actions
    {
        modify("Co&mments") { Visible = false; }
    }
}

controladdin "My Chart"
{
    Scripts = 'scripts/chart.js', 'https://cdn.example.com/lib.js';
    StartupScript = 'scripts/start.js';
    StyleSheets = 'css/chart.css';
    RequestedHeight = 300;
    MinimumHeight = 180;
    VerticalStretch = true;
    HorizontalStretch = true;

    event ControlReady();
    event DataPointClicked(Point: JsonObject);
    procedure SetData(Data: JsonArray);
    procedure Clear();
}

interface "Price Calculation"
{
    procedure GetLine(var Line: Variant);
    procedure ApplyDiscount(): Boolean;
}

interface "Price Calculation V2" extends "Price Calculation"
{
    procedure Init(Header: Variant; Line: Variant) Ok: Boolean;
}

enum 7000 "Price Calculation Handler" implements "Price Calculation"
{
    Extensible = true;
    DefaultImplementation = "Price Calculation" = "Price Calculation - V16";
    value(0; "Business Central (Version 15.0)")
    {
        Caption = 'Business Central (Version 15.0)';
        Implementation = "Price Calculation" = "Price Calculation - V15";
    }
}

enumextension 50100 "My Handler" extends "Price Calculation Handler"
{
    value(50100; "My Handler") { Caption = 'My handler'; }
}

entitlement "My App Entitlement"
{
    Type = PerUserServicePlan;
    Id = '00000000-0000-0000-0000-000000000000';
    ObjectEntitlements = "My App - Read";
}

reportextension 50100 "Customer List Ext" extends "Customer - List"
{
    dataset
    {
        add(Customer)
        {
            column(Email; "E-Mail") { }
        }
        modify(Customer)
        {
            trigger OnAfterAfterGetRecord()
            begin
            end;
        }
    }
}

profileextension "My Role Ext" extends "MY ROLE"
{
    Customizations = "Other Customization";
}

dotnet
{
    assembly(mscorlib)
    {
        Version = '4.0.0.0';
        Culture = 'neutral';
        PublicKeyToken = 'b77a5c561934e089';

        type("System.DateTime"; "DateTime")
        {
        }
    }
}
