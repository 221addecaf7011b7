// LogMessage and Session.LogMessage (telemetry): both overloads are
// accepted and print nothing; the system enums Verbosity,
// DataClassification and TelemetryScope have their values, in order.
codeunit 50710 "Log Message Test"
{
    trigger OnRun()
    var
        Dims: Dictionary of [Text, Text];
        V: Verbosity;
        D: DataClassification;
        S: TelemetryScope;
    begin
        Dims.Add('Customer', '10000');
        LogMessage('ALRUN-0001', 'with a dictionary', Verbosity::Normal, DataClassification::SystemMetadata, TelemetryScope::ExtensionPublisher, Dims);
        LogMessage('ALRUN-0002', 'one dimension', Verbosity::Warning, DataClassification::CustomerContent, TelemetryScope::All, 'Dim1', 'Value1');
        LogMessage('ALRUN-0003', 'two dimensions', Verbosity::Error, DataClassification::ToBeClassified, TelemetryScope::All, 'Dim1', 'Value1', 'Dim2', 'Value2');
        Session.LogMessage('ALRUN-0004', 'Session form', Verbosity::Verbose, DataClassification::AccountData, TelemetryScope::ExtensionPublisher, Dims);
        Session.LogMessage('ALRUN-0005', 'Session form', Verbosity::Critical, DataClassification::OrganizationIdentifiableInformation, TelemetryScope::All, 'Dim1', 'Value1');
        V := Verbosity::Warning;
        D := DataClassification::EndUserPseudonymousIdentifiers;
        S := TelemetryScope::All;
        LogMessage('ALRUN-0006', 'from variables', V, D, S, 'Dim1', Format(V));
        Message('logged');                                          // expect: logged
        Message('%1 %2 %3', V, D, S);                               // expect: Warning EndUserPseudonymousIdentifiers All
        Message('%1 %2 %3 %4 %5', Verbosity::Critical, Verbosity::Error, Verbosity::Warning, Verbosity::Normal, Verbosity::Verbose);
        // expect: Critical Error Warning Normal Verbose
        Message('%1 %2 %3 %4', DataClassification::CustomerContent, DataClassification::ToBeClassified, DataClassification::EndUserIdentifiableInformation, DataClassification::AccountData);
        // expect: CustomerContent ToBeClassified EndUserIdentifiableInformation AccountData
        Message('%1 %2 %3', DataClassification::EndUserPseudonymousIdentifiers, DataClassification::OrganizationIdentifiableInformation, DataClassification::SystemMetadata);
        // expect: EndUserPseudonymousIdentifiers OrganizationIdentifiableInformation SystemMetadata
        Message('%1 %2', TelemetryScope::ExtensionPublisher, TelemetryScope::All); // expect: ExtensionPublisher All
        Message('%1', V = Verbosity::Warning);                     // expect: Yes
    end;
}
