// LogMessage checks its arguments: the enums must be the right system
// enums, the custom dimensions a Dictionary of [Text, Text].
codeunit 50711 "Log Message Wrong Types"
{
    trigger OnRun()
    var
        Dims: Dictionary of [Text, Integer];
    begin
        LogMessage('E1', 'm', DataClassification::SystemMetadata, DataClassification::SystemMetadata, TelemetryScope::All, 'D', 'V'); // expect error: LogMessage: argument 3 must be Enum "Verbosity", not Enum "DataClassification"
        LogMessage('E2', 'm', Verbosity::Normal, DataClassification::SystemMetadata, 1, 'D', 'V'); // expect error: LogMessage: argument 5 must be Enum "TelemetryScope", not Integer
        Session.LogMessage('E3', 'm', Verbosity::Normal, DataClassification::SystemMetadata, TelemetryScope::All, Dims); // expect error: Session.LogMessage: argument 6 must be Dictionary of [Text, Text], not Dictionary of [Text, Integer]
        LogMessage('E4', 'm', Verbosity::Normal, DataClassification::SystemMetadata); // expect error: 'LogMessage' does not take 4 arguments
    end;
}
