profileextension "CSO Business Manager Ext." extends "BUSINESS MANAGER"
{
    Customizations = "CSO Simple Customer Card";
}

profileextension "CSO Order Processor Ext." extends "ORDER PROCESSOR"
{
    Customizations = "CSO Simple Customer Card", "CSO Counter Item Card";
}
