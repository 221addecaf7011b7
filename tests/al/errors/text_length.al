codeunit 50144 "Text Length"
{
    trigger OnRun()
    var
        Short: Text[5];
        C: Code[10];
    begin
        C := '  mixed Case ';
        Message('[%1]', C);                 // expect: [MIXED CASE]
        Short := 'abcde';
        Message(Short);                     // expect: abcde
        Short := 'abcdef'; // expect runtime error: The length of the string is 6, but it must be less than or equal to 5 characters. Value: abcdef
    end;
}
