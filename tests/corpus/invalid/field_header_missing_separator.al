// error-line: 8
table 50922 "CSO Bad Field Header"
{
    Caption = 'Bad Field Header';

    fields
    {
        field(1 "No."; Code[20])
        {
            Caption = 'No.';
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
