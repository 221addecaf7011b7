// error-line: 5
table 50912 "CSO Bad Property"
{
    Caption = 'Bad Property'
    DataClassification = CustomerContent;

    fields
    {
        field(1; "No."; Code[20])
        {
            Caption = 'No.';
        }
    }
}
