namespace Contoso.Club.Members;

using Contoso.Club.Pricing;

enum 50260 "CSO Membership Level"
{
    Extensible = true;
    Caption = 'Membership Level';

    value(0; None)
    {
        Caption = 'None';
    }
    value(10; Bronze)
    {
        Caption = 'Bronze';
    }
    value(20; Silver)
    {
        Caption = 'Silver';
    }
    value(30; Gold)
    {
        Caption = 'Gold';
    }
    value(40; Platinum)
    {
        Caption = 'Platinum', Comment = 'Highest membership level';
    }
}

enum 50261 "CSO Member Entry Type"
{
    Extensible = true;
    AssignmentCompatibility = true;

    value(0; Visit)
    {
        Caption = 'Visit';
    }
    value(1; Purchase)
    {
        Caption = 'Purchase';
    }
    value(2; Fee)
    {
        Caption = 'Fee';
    }
    value(3; Redemption)
    {
        Caption = 'Redemption';
    }
    value(4; Adjustment)
    {
        Caption = 'Adjustment';
    }
}

enum 50262 "CSO Service Line Type"
{
    Extensible = false;

    value(0; " ")
    {
        Caption = ' ', Locked = true;
    }
    value(1; Item)
    {
        Caption = 'Item';
    }
    value(2; Resource)
    {
        Caption = 'Resource';
    }
    value(3; "G/L Account")
    {
        Caption = 'G/L Account';
    }
    value(4; Text)
    {
        Caption = 'Text';
    }
}

enum 50263 "CSO Shipping Method" implements "CSO IShipping Cost"
{
    Extensible = true;
    Caption = 'Shipping Method';
    DefaultImplementation = "CSO IShipping Cost" = "CSO Standard Shipping";
    UnknownValueImplementation = "CSO IShipping Cost" = "CSO Unknown Shipping";

    value(0; Standard)
    {
        Caption = 'Standard';
    }
    value(1; Express)
    {
        Caption = 'Express';
        Implementation = "CSO IShipping Cost" = "CSO Express Shipping";
    }
    value(2; Pickup)
    {
        Caption = 'Pickup at Club';
        Implementation = "CSO IShipping Cost" = "CSO Pickup Shipping";
    }
#if not CLEAN24
    value(3; Freight)
    {
        Caption = 'Freight';
        ObsoleteState = Pending;
        ObsoleteReason = 'Freight is handled by the Express method.';
        ObsoleteTag = '24.0';
    }
#endif
}

enum 50264 "CSO Discount Method" implements "CSO IDiscount Calculation", "CSO IDiscount Explainer"
{
    Extensible = true;
    Access = Public;
    DefaultImplementation = "CSO IDiscount Calculation" = "CSO Level Discount",
                            "CSO IDiscount Explainer" = "CSO Level Discount";

    value(0; "By Level")
    {
        Caption = 'By Membership Level';
    }
    value(1; "By Points")
    {
        Caption = 'By Points Balance';
        Implementation = "CSO IDiscount Calculation" = "CSO Points Discount",
                         "CSO IDiscount Explainer" = "CSO Points Discount";
    }
    value(2; "No Discount")
    {
        Caption = 'No Discount';
        Implementation = "CSO IDiscount Calculation" = "CSO Zero Discount",
                         "CSO IDiscount Explainer" = "CSO Zero Discount";
    }
}

enum 50265 "CSO Notification Channel" implements "CSO IMember Notifier"
{
    Extensible = true;

    value(0; Email)
    {
        Caption = 'Email';
        Implementation = "CSO IMember Notifier" = "CSO Email Notifier";
    }
    value(1; SMS)
    {
        Caption = 'Text Message (SMS)';
        Implementation = "CSO IMember Notifier" = "CSO SMS Notifier";
    }
}

enum 50266 "CSO Eco Certification"
{
    Extensible = true;
    Caption = 'Eco Certification';

    value(0; None)
    {
        Caption = 'None';
    }
    value(1; "Blue Leaf")
    {
        Caption = 'Blue Leaf';
    }
    value(2; "Fair Source")
    {
        Caption = 'Fair Source';
    }
    value(3; "Carbon Neutral")
    {
        Caption = 'Carbon Neutral', MaxLength = 30;
    }
}

enum 50267 "CSO Service Status"
{
    Extensible = false;

    value(0; Open) { Caption = 'Open'; }
    value(1; Released) { Caption = 'Released'; }
    value(2; "In Process") { Caption = 'In Process'; }
    value(3; Finished) { Caption = 'Finished'; }
    value(4; Canceled) { Caption = 'Canceled'; }
}
