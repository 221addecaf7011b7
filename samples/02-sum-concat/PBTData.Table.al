// A small table whose rows the background task reads: three numbers to sum
// and two texts to join.
table 50150 PBTData
{
    DataClassification = CustomerContent;
    Caption = 'PBT Data';

    fields
    {
        field(1; Id; Code[10]) { Caption = 'Id'; NotBlank = true; }
        field(2; IntA; Integer) { Caption = 'A'; }
        field(3; IntB; Integer) { Caption = 'B'; }
        field(4; IntC; Integer) { Caption = 'C'; }
        field(5; TextA; Text[30]) { Caption = 'Text A'; }
        field(6; TextB; Text[30]) { Caption = 'Text B'; }
    }

    keys
    {
        key(PK; Id) { Clustered = true; }
    }
}
