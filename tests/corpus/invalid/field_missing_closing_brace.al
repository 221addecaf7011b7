// error-line: 15
table 50926 "CSO Missing Brace"
{
    Caption = 'Missing Brace';

    fields
    {
        field(1; "No."; Code[20])
        {
            Caption = 'No.';
        }
        field(2; Description; Text[100])
        {
            Caption = 'Description';
        field(3; "Search Description"; Code[100])
        {
            Caption = 'Search Description';
        }
    }

    keys
    {
        key(PK; "No.")
        {
            Clustered = true;
        }
    }
}
