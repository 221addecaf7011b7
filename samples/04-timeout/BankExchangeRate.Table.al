// Stands in for the bank's exchange-rate service: the rate it publishes
// for a currency and how long the service takes to answer for it.
table 50251 "Bank Exchange Rate"
{
    Caption = 'Bank Exchange Rate';
    DataClassification = SystemMetadata;

    fields
    {
        field(1; "Currency Code"; Code[10]) { Caption = 'Currency Code'; TableRelation = "Watched Currency"; }
        field(2; Rate; Decimal) { Caption = 'Rate'; DecimalPlaces = 0 : 5; }
        field(3; "Response Time (ms)"; Integer) { Caption = 'Response Time (ms)'; }
    }

    keys
    {
        key(PK; "Currency Code") { Clustered = true; }
    }
}
