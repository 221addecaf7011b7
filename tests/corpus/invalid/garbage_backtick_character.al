// error-line: 5
table 50911 "CSO Bad Backtick"
{
    Caption = 'Bad Backtick';
    DataClassification = `CustomerContent`;

    fields
    {
        field(1; "No."; Code[20])
        {
        }
    }
}
